import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { getAuthSecret, shouldUseSecureCookies } from "./cookies";
import { redirectAfterAuth } from "./callback-url";
import { authorizeCredentials } from "./sign-in";

const SESSION_MAX_AGE = 8 * 60 * 60; // a working day; the user row is re-checked on every request anyway

/** An organisation's own identity provider (Keycloak, Entra ID, …), enabled only when all three variables are set. */
function oidcProvider(env = getEnv()): Provider | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: "oidc",
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    profile: (profile: { sub: string; email?: string; name?: string }) => ({
      id: profile.sub,
      email: profile.email ?? null,
      name: profile.name ?? profile.email ?? null,
    }),
  };
}

export const isOidcEnabled = () => oidcProvider() !== null;

export const authOptions: NextAuthOptions = {
  secret: getAuthSecret(),
  useSecureCookies: shouldUseSecureCookies(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, req),
    }),
    ...[oidcProvider()].filter((p): p is Provider => p !== null),
  ],
  callbacks: {
    redirect: redirectAfterAuth,
    // Single sign-on admits only accounts an admin created here (matched by email), never self-registration.
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      const email = user.email?.trim().toLowerCase();
      if (!email) return false;
      const row = await db.user.findUnique({ where: { email } });
      return !!row && !row.disabled;
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        const row = await db.user.findUnique({
          where: account.provider === "oidc" ? { email: user.email!.trim().toLowerCase() } : { id: Number(user.id) },
        });
        if (row) {
          token.uid = row.id;
          token.role = row.role;
        }
      }
      return token;
    },
    // Re-read here too, so the header never shows a disabled account as signed in. Authorization does not rely on
    // this: every page and action re-reads the user itself (lib/auth/session.ts, lib/auth/authorize.ts).
    async session({ session, token }) {
      const row = typeof token.uid === "number" ? await db.user.findUnique({ where: { id: token.uid }, select: { name: true, email: true, role: true, disabled: true } }) : null;
      if (!row || row.disabled) return { expires: session.expires };
      session.user = { id: token.uid, name: row.name, email: row.email, role: row.role };
      return session;
    },
  },
};
