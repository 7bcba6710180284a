import { getCurrentUser } from "@/lib/auth/session";
import { serveHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** GET /api/health — up or down for everyone; details for admins and `Authorization: Bearer <HEALTH_TOKEN>`. */
export function GET(request: Request) {
  return serveHealth({ request, getUser: getCurrentUser });
}
