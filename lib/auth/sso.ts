import { recordAudit } from "@/lib/audit/record";
import { Prisma, type Db } from "@/lib/db";

/** The ID token claims single sign-on reads (already verified by next-auth against the provider's keys and issuer). */
export type OidcClaims = { iss?: unknown; sub?: unknown; email?: unknown; email_verified?: unknown };

export type SsoRefusal = "claims-missing" | "email-unverified" | "no-account" | "disabled" | "subject-mismatch";
export type SsoDecision = { ok: true; userId: number } | { ok: false; reason: SsoRefusal };

const MAX_AUDIT_TEXT = 320;
const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The provider account (issuer and subject) named by verified ID token claims, or null if a claim is missing. */
export function readOidcIdentity(claims: OidcClaims | undefined): { issuer: string; subject: string } | null {
  const issuer = text(claims?.iss);
  const subject = text(claims?.sub);
  return issuer && subject ? { issuer, subject } : null;
}

/**
 * Decides a single sign-on. Only accounts an admin created here are admitted, never self-registration. The provider
 * must assert a verified email. The first sign-on to an account binds it to the provider's subject (sub); afterwards
 * only that subject signs in to it, whatever email the provider reports, and any other subject presenting the same
 * email is refused. Every refusal with a provider identity is audited.
 */
export async function admitSingleSignOn(db: Db, claims: OidcClaims | undefined): Promise<SsoDecision> {
  const identity = readOidcIdentity(claims);
  const email = text(claims?.email).toLowerCase();
  if (!identity || !email) return { ok: false, reason: "claims-missing" };
  const key = { oidcIssuer: identity.issuer, oidcSubject: identity.subject };
  const bound = await db.user.findUnique({ where: { oidcIssuer_oidcSubject: key } });
  const account = bound ?? (await db.user.findUnique({ where: { email } }));
  const refuse = async (reason: SsoRefusal): Promise<SsoDecision> => {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: null,
        action: "signin.sso-refused",
        // Like password sign-ins: the account if there is one, else the email that was tried.
        entityType: account ? "user" : "signin",
        entityId: account ? account.id : email.slice(0, MAX_AUDIT_TEXT),
        after: { reason, issuer: identity.issuer.slice(0, MAX_AUDIT_TEXT), subject: identity.subject.slice(0, MAX_AUDIT_TEXT), email: email.slice(0, MAX_AUDIT_TEXT) },
      }),
    );
    return { ok: false, reason };
  };

  if (claims?.email_verified !== true) return refuse("email-unverified");
  if (!account) return refuse("no-account");
  if (account.disabled) return refuse("disabled");
  if (bound) return { ok: true, userId: bound.id };
  if (account.oidcSubject !== null) return refuse("subject-mismatch");

  try {
    const linked = await db.$transaction(async (tx) => {
      // Binds only an unbound account, so two first sign-ons racing cannot both win.
      const { count } = await tx.user.updateMany({ where: { id: account.id, oidcSubject: null, disabled: false }, data: key });
      if (count === 1) {
        await recordAudit(tx, { actorId: account.id, action: "user.sso-link", entityType: "user", entityId: account.id, after: { ...identity } });
      }
      return count === 1;
    });
    return linked ? { ok: true, userId: account.id } : refuse("subject-mismatch");
  } catch (error) {
    // P2002: this subject was bound to another account meanwhile.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return refuse("subject-mismatch");
    throw error;
  }
}
