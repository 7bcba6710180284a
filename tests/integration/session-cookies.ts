import { decode, encode, type JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { loadSessionUser } from "@/lib/auth/session-token";
import { db } from "@/lib/db";

// The session cookie as next-auth makes it: the jwt callback at sign-in, encrypted with the secret. The tests replay
// such cookies the way an attacker holding a copied one would.

export async function issueSessionCookie(userId: number, secret: string): Promise<string> {
  const user = { id: String(userId), email: null, name: null };
  const token = await authOptions.callbacks!.jwt!({ token: { sub: String(userId) }, user, account: { provider: "credentials", type: "credentials", providerAccountId: String(userId) } });
  return encode({ token, secret });
}

/** What the app sees for a cookie: getCurrentUser()'s answer and the session callback's (the header). */
export async function replaySessionCookie(cookie: string, secret: string, options: { now?: number } = {}) {
  const token = (await decode({ token: cookie, secret })) as JWT;
  const user = await loadSessionUser(db, token, options);
  const session = await authOptions.callbacks!.session!({ session: { expires: "" }, token } as never);
  return { token, user, header: (session as { user?: unknown }).user ?? null };
}

/** A refresh as next-auth does it when any page loads (/api/auth/session): the jwt callback without a user, re-encrypted. */
export async function refreshSessionCookie(cookie: string, secret: string): Promise<string> {
  const token = (await decode({ token: cookie, secret })) as JWT;
  return encode({ token: await authOptions.callbacks!.jwt!({ token } as never), secret });
}
