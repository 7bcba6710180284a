import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { getAuthSecret, shouldUseSecureCookies } from "./cookies";
import { redirectAfterAuth } from "./callback-url";
import { createSessionClaims, loadSessionUser, revokeSession, SESSION_ACCOUNT_SELECT, SESSION_IDLE_SECONDS } from "./session-token";
import { authorizeCredentials } from "./sign-in";
import { admitSingleSignOn, readOidcIdentity, type OidcClaims } from "./sso";

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
  // The idle timeout; the absolute lifetime (SESSION_ABSOLUTE_HOURS) is checked on every read (lib/auth/session-token.ts).
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, req),
    }),
    ...[oidcProvider()].filter((p): p is Provider => p !== null),
  ],
  events: {
    // Signing out ends the session on the server too: a copy of its cookie is refused from now on. next-auth clears
    // the cookie even if this fails, and logs the error (SIGNOUT_ERROR).
    signOut: ({ token }) => revokeSession(db, token),
  },
  callbacks: {
    redirect: redirectAfterAuth,
    // Single sign-on admits only accounts an admin created here, bound to the provider's subject (lib/auth/sso.ts).
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      return (await admitSingleSignOn(db, profile as OidcClaims)).ok;
    },
    // At sign-in only: the account's id, role, session version, the sign-in time and a new session id. A refresh keeps
    // them as issued.
    async jwt({ token, user, account, profile }) {
      if (!user || !account) return token;
      const identity = account.provider === "oidc" ? readOidcIdentity(profile as OidcClaims) : null;
      const row = await db.user.findUnique({
        where: identity ? { oidcIssuer_oidcSubject: { oidcIssuer: identity.issuer, oidcSubject: identity.subject } } : { id: Number(user.id) },
        select: SESSION_ACCOUNT_SELECT,
      });
      return row ? { ...token, ...createSessionClaims(row) } : token;
    },
    // Re-checked here too, so the header never shows an ended session as signed in. Authorization does not rely on
    // this: every page and action re-reads the user itself (lib/auth/session.ts, lib/auth/authorize.ts).
    async session({ session, token }) {
      const user = await loadSessionUser(db, token);
      if (!user) return { expires: session.expires };
      session.user = { id: user.id, name: user.name, email: user.email, role: user.role };
      return session;
    },
  },
};
