import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { readClientAddress } from "@/lib/http/client-address";
import { getAuthSecret, shouldUseSecureCookies } from "./cookies";
import { authenticateWithPassword } from "./credentials";
import { DEVICE_COOKIE_MAX_AGE_S, deviceCookieName } from "./device-cookie";

type Credentials = Record<string, string> | undefined;
type AuthorizeRequest = { headers?: Record<string, string | string[] | undefined> } | undefined;

/**
 * next-auth's credentials `authorize()`: runs inside the /api/auth route handler, so cookies() reads this browser's
 * device cookie and the new one set here goes out with next-auth's own response.
 */
export async function authorizeCredentials(credentials: Credentials, req: AuthorizeRequest) {
  const secure = shouldUseSecureCookies();
  const name = deviceCookieName(secure);
  const jar = await cookies();
  const result = await authenticateWithPassword(db, {
    email: String(credentials?.email ?? ""),
    password: String(credentials?.password ?? ""),
    client: readClientAddress(req?.headers),
    deviceCookie: jar.get(name)?.value,
    secret: getAuthSecret(),
  });
  if (!result) return null;
  if (result.deviceToken) {
    jar.set(name, result.deviceToken, { httpOnly: true, secure, sameSite: "lax", path: "/", maxAge: DEVICE_COOKIE_MAX_AGE_S });
  }
  return { id: String(result.user.id), email: result.user.email, name: result.user.name };
}
