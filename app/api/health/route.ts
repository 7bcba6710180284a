import { NextResponse } from "next/server";
import { getDatabaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await getDatabaseHealth();
  const ok = health.database === "up" && health.migrations?.upToDate === true;
  return NextResponse.json(
    { status: ok ? "ok" : "unavailable", ...health, checkedAt: new Date().toISOString() },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
