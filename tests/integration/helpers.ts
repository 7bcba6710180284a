import type { SessionUser } from "@/lib/auth/permissions";
import { db, type Role } from "@/lib/db";
import { createTestPledge, unique } from "./../factories";

/** A real user row (the data layer re-reads the actor), returned as the SessionUser an action receives. */
export async function createActor(role: Role, options: { disabled?: boolean; mustChangePassword?: boolean } = {}): Promise<SessionUser> {
  const email = `${unique(role.toLowerCase())}@it.test`;
  const user = await db.user.create({
    data: { email, name: `Test ${role.toLowerCase()} ${email.slice(0, 12)}`, role, disabled: options.disabled ?? false, mustChangePassword: options.mustChangePassword ?? false },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword };
}

export async function createWorkflowPledge() {
  return createTestPledge(db, { fields: ["alpha", "beta"] });
}

export function updateInput(pledge: { id: number; fields: { id: number }[] }, overrides: Record<string, unknown> = {}) {
  return {
    pledgeId: pledge.id,
    fieldId: pledge.fields[0]?.id ?? "",
    eventDate: "2019-06-01",
    quantity: "4",
    countryIds: [],
    title: unique("Operation"),
    description: "Joint operation across the region.",
    evidence: [{ source: "INTERPOL", publisher: "INTERPOL", date: "2019-01-15", url: "https://www.interpol.int/en/News-and-Events" }],
    ...overrides,
  };
}
