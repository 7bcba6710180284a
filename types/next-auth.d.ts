import type { Role } from "@/lib/db";

declare module "next-auth" {
  interface Session {
    user?: { id?: number; role?: Role; name?: string | null; email?: string | null; image?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    /** The account's session version at sign-in (lib/auth/session-token.ts). */
    sv?: number;
    /** Sign-in time in seconds since the epoch, kept through refreshes: the absolute lifetime counts from it. */
    authTime?: number;
    /** This session's id, random, kept through refreshes: signing out revokes it (lib/auth/session-token.ts). */
    sid?: string;
  }
}
