import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { serveReport } from "@/lib/reports/catalog";
import { unique } from "../factories";

const download = (query: string, user: SessionUser | null) =>
  serveReport({ request: new Request(`http://localhost/reports/audit-log.csv?${query}`), file: "audit-log.csv", getUser: async () => user });

let admin: SessionUser;
let editor: SessionUser;
const entity = unique("entity");

beforeAll(async () => {
  const make = async (role: "ADMIN" | "EDITOR") => {
    const u = await db.user.create({ data: { email: `${unique(role)}@test.example`, name: `${role} "Q", Ñandú`, role } });
    return { id: u.id, email: u.email, name: u.name, role: u.role, sessionVersion: u.sessionVersion, mustChangePassword: u.mustChangePassword };
  };
  admin = await make("ADMIN");
  editor = await make("EDITOR");
  await db.$transaction(async (tx) => {
    await recordAudit(tx, { actorId: admin.id, action: "pledge.status", entityType: "Pledge", entityId: entity, before: { status: "ON_TRACK" }, after: { status: "AT_RISK", reason: "=cmd, \"quoted\"\nnext line" } });
    await recordAudit(tx, { actorId: null, action: "update.import", entityType: "Pledge", entityId: entity, after: { ok: true } });
  });
});

describe("audit log export", () => {
  it("gives admins every entry with actor, action and before/after JSON", async () => {
    const response = await download("", admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = (parse(await response.text(), { columns: true }) as Record<string, string>[]).filter((r) => r.entity_id === entity);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ actor_id: String(admin.id), actor_email: admin.email, actor_name: admin.name, action: "pledge.status", entity_type: "Pledge" });
    expect(JSON.parse(rows[0].after)).toEqual({ status: "AT_RISK", reason: "=cmd, \"quoted\"\nnext line" });
    expect(JSON.parse(rows[0].before)).toEqual({ status: "ON_TRACK" });
    expect(rows[1]).toMatchObject({ actor_id: "", actor_email: "", action: "update.import" });
    expect(new Date(rows[0].created_at).toISOString()).toBe(rows[0].created_at);
  });

  it("filters by action and by day", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const byAction = parse(await (await download("action=update.import", admin)).text(), { columns: true }) as Record<string, string>[];
    expect(byAction.length).toBeGreaterThan(0);
    expect(byAction.every((r) => r.action === "update.import")).toBe(true);
    const byDay = parse(await (await download(`from=${today}&to=${today}`, admin)).text(), { columns: true }) as Record<string, string>[];
    expect(byDay.filter((r) => r.entity_id === entity)).toHaveLength(2);
    const before = parse(await (await download("to=2001-01-01", admin)).text(), { columns: true });
    expect(before).toHaveLength(0);
    expect((await download("from=yesterday", admin)).status).toBe(400);
  });

  it("refuses editors (403) and anonymous visitors (401)", async () => {
    expect((await download("", editor)).status).toBe(403);
    expect((await download("", null)).status).toBe(401);
  });
});
