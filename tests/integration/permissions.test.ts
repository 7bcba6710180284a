import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { correctFinalAssessment, recordFinalAssessment } from "@/lib/assessments/actions";
import { setCountryDeveloping } from "@/lib/countries/actions";
import { settleRefusals } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { HttpError } from "@/lib/http/errors";
import { addField, changePledgeStatus, planSignature, renameField, saveAnnualPlan, updatePledge } from "@/lib/pledges/actions";
import { completeMilestone, setCountryDelivery } from "@/lib/pledges/progress-actions";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate, editUpdate, reviewUpdate } from "@/lib/updates/actions";
import { correctUpdate, deleteUpdate } from "@/lib/updates/corrections";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/users/actions";
import { getCountryIds, unique } from "../factories";
import { createActor, createWorkflowPledge, updateInput } from "./helpers";

type ActorKind = "anonymous" | "editor" | "admin" | "disabled" | "temporary-password" | "ended-session";
type Prepared = { run: (actor: SessionUser | null) => Promise<unknown>; read: () => Promise<unknown>; cleanup?: () => Promise<unknown> };
type Case = { name: string; allowed: ActorKind[]; setup: (owner: SessionUser) => Promise<Prepared> };

let reviewer: SessionUser;

beforeAll(async () => {
  await seedReference(db);
  reviewer = await createActor("ADMIN");
});

async function draftOf(owner: SessionUser) {
  const pledge = await createWorkflowPledge();
  const u = await createUpdate(owner, updateInput(pledge));
  return { pledge, ...u };
}

async function publishedUpdate() {
  const author = await createActor("EDITOR");
  const pledge = await createWorkflowPledge();
  const u = await createUpdate(author, updateInput(pledge), { submit: true });
  const { version } = await reviewUpdate(reviewer, { id: u.id, version: u.version, decision: "publish" });
  return { pledge, id: u.id, version };
}

async function submittedUpdate() {
  const author = await createActor("EDITOR");
  const pledge = await createWorkflowPledge();
  return { pledge, ...(await createUpdate(author, updateInput(pledge), { submit: true })) };
}

const readUpdate = (id: number) => () => db.progressUpdate.findUnique({ where: { id }, include: { evidence: true, countries: true, revisions: true } });

const CASES: Case[] = [
  {
    name: "create an update",
    allowed: ["editor", "admin"],
    setup: async () => {
      const pledge = await createWorkflowPledge();
      return { run: (a) => createUpdate(a, updateInput(pledge)), read: () => db.progressUpdate.count({ where: { pledgeId: pledge.id } }) };
    },
  },
  {
    name: "edit and submit one's own draft",
    allowed: ["editor", "admin"],
    setup: async (owner) => {
      const d = await draftOf(owner);
      return { run: (a) => editUpdate(a, { ...updateInput(d.pledge, { title: "Edited" }), id: d.id, version: d.version }, { submit: true }), read: readUpdate(d.id) };
    },
  },
  {
    name: "delete one's own draft",
    allowed: ["editor", "admin"],
    setup: async (owner) => {
      const d = await draftOf(owner);
      return { run: (a) => deleteUpdate(a, { id: d.id, version: d.version, reason: "Logged twice." }), read: readUpdate(d.id) };
    },
  },
  ...(["publish", "return"] as const).map(
    (decision): Case => ({
      name: `${decision} a submitted update`,
      allowed: ["admin"],
      setup: async () => {
        const u = await submittedUpdate();
        return { run: (a) => reviewUpdate(a, { id: u.id, version: u.version, decision, comment: "Needs a source." }), read: readUpdate(u.id) };
      },
    }),
  ),
  {
    name: "correct a published update",
    allowed: ["admin"],
    setup: async () => {
      const u = await publishedUpdate();
      return { run: (a) => correctUpdate(a, { ...updateInput(u.pledge, { quantity: "2" }), id: u.id, version: u.version, reason: "Miscounted." }), read: readUpdate(u.id) };
    },
  },
  {
    name: "delete a published update",
    allowed: ["admin"],
    setup: async () => {
      const u = await publishedUpdate();
      return { run: (a) => deleteUpdate(a, { id: u.id, version: u.version, reason: "Duplicate entry." }), read: readUpdate(u.id) };
    },
  },
  {
    name: "record and correct a final assessment",
    allowed: ["admin"],
    setup: async () => {
      const pledge = await createWorkflowPledge();
      const values = { pledgeId: pledge.id, verdict: "ACHIEVED", finalValue: "10", methodNote: "Checked against the annual reports.", sources: "https://example.org/report", assessedOn: "2026-11-20" };
      return {
        run: async (a) => {
          await recordFinalAssessment(a, values);
          await correctFinalAssessment(a, { ...values, verdict: "NOT_ACHIEVED", expectedVersion: 1, reason: "Recounted the operations." });
        },
        read: () => db.finalAssessment.findMany({ where: { pledgeId: pledge.id }, orderBy: { version: "asc" } }),
      };
    },
  },
  {
    name: "change a pledge's status",
    allowed: ["admin"],
    setup: async () => {
      const pledge = await createWorkflowPledge();
      return {
        run: (a) => changePledgeStatus(a, { pledgeId: pledge.id, fromStatus: "NOT_STARTED", toStatus: "ON_TRACK", reason: "First operations done." }),
        read: () => db.pledge.findUnique({ where: { id: pledge.id }, include: { statusChanges: true } }),
      };
    },
  },
  {
    name: "edit a pledge",
    allowed: ["admin"],
    setup: async () => {
      const p = await createWorkflowPledge();
      const input = { id: p.id, updatedAt: p.updatedAt.toISOString(), title: "A renamed pledge", summary: p.summary, unit: p.unit, target: 20, targetNote: "", periodStart: "2017-09-26", periodEnd: "2022-09-25", fieldLabel: "field" };
      return { run: (a) => updatePledge(a, input), read: () => db.pledge.findUnique({ where: { id: p.id } }) };
    },
  },
  {
    name: "add and rename fields",
    allowed: ["admin"],
    setup: async () => {
      const p = await createWorkflowPledge();
      return {
        run: async (a) => {
          await renameField(a, { fieldId: p.fields[0].id, name: "Renamed" });
          await addField(a, { pledgeId: p.id, name: unique("Field") });
        },
        read: () => db.field.findMany({ where: { pledgeId: p.id }, orderBy: { id: "asc" } }),
      };
    },
  },
  {
    name: "save an annual plan",
    allowed: ["admin"],
    setup: async () => {
      const p = await createWorkflowPledge();
      return {
        run: (a) => saveAnnualPlan(a, { pledgeId: p.id, basePlan: planSignature([]), targets: [{ year: 1, target: 3 }, { year: 2, target: 3 }] }),
        read: () => db.annualTarget.findMany({ where: { pledgeId: p.id } }),
      };
    },
  },
  {
    name: "complete a milestone",
    allowed: ["admin"],
    setup: async () => {
      const p = await createWorkflowPledge();
      const m = await db.milestone.create({ data: { pledgeId: p.id, slug: unique("m"), title: "College opens" } });
      return {
        run: (a) => completeMilestone(a, { milestoneId: m.id, updatedAt: m.updatedAt.toISOString(), completedAt: "2019-09-01", evidenceNote: "Opening ceremony, press release 2019-09-01" }),
        read: () => db.milestone.findUnique({ where: { id: m.id } }),
      };
    },
  },
  {
    name: "set a country's delivery status",
    allowed: ["admin"],
    setup: async () => {
      const p = await createWorkflowPledge();
      const [country] = await getCountryIds(db, ["GHA"]);
      return {
        run: (a) => setCountryDelivery(a, { pledgeId: p.id, fieldId: p.fields[0].id, countryId: country, status: "IN_PROGRESS", expectedStatus: "" }),
        read: () => db.countryDelivery.findMany({ where: { pledgeId: p.id } }),
        // tests/integration/sample.test.ts expects no non-sample deliveries in the shared database.
        cleanup: () => db.countryDelivery.deleteMany({ where: { pledgeId: p.id } }),
      };
    },
  },
  {
    name: "set a country's developing flag",
    allowed: ["admin"],
    setup: async () => {
      // A seeded country, restored afterwards: other test files count developing countries.
      const country = await db.country.findUniqueOrThrow({ where: { iso3: "TUV" } });
      return {
        run: (a) => setCountryDeveloping(a, { countryId: country.id, developing: !country.developing, expected: country.developing }),
        read: () => db.country.findUnique({ where: { id: country.id } }),
        cleanup: () => db.country.update({ where: { id: country.id }, data: { developing: country.developing } }),
      };
    },
  },
  {
    name: "create a user",
    allowed: ["admin"],
    setup: async () => {
      const email = `${unique("new")}@it.test`;
      return { run: (a) => createUser(a, { email, name: "New person", role: "EDITOR" }), read: () => db.user.findUnique({ where: { email } }) };
    },
  },
  {
    name: "change a role, disable and reset a user",
    allowed: ["admin"],
    setup: async () => {
      const target = await createActor("EDITOR");
      return {
        run: async (a) => {
          await changeUserRole(a, { userId: target.id, role: "ADMIN" });
          await setUserDisabled(a, { userId: target.id, disabled: true });
          await resetUserPassword(a, { userId: target.id });
        },
        read: () => db.user.findUnique({ where: { id: target.id } }),
      };
    },
  },
];

const ACTORS: ActorKind[] = ["anonymous", "editor", "admin", "disabled", "temporary-password", "ended-session"];
const EXPECTED_STATUS: Partial<Record<ActorKind, number>> = { editor: 403, "temporary-password": 403 };

async function actorFor(kind: ActorKind): Promise<SessionUser | null> {
  if (kind === "anonymous") return null;
  if (kind === "disabled") return createActor("ADMIN", { disabled: true }); // even a disabled admin may not write
  return createActor(kind === "editor" ? "EDITOR" : "ADMIN");
}

/**
 * After the case's setup (which may need the actor's own drafts): an admin who must now change a temporary password,
 * or an admin whose session ended (a password change elsewhere moved the session version on). The SessionUser object
 * stays as it was, like one read at the start of a request: authorize() must notice from the database.
 */
async function degrade(kind: ActorKind, actor: SessionUser | null) {
  if (!actor) return;
  if (kind === "temporary-password") await db.user.update({ where: { id: actor.id }, data: { mustChangePassword: true } });
  if (kind === "ended-session") await db.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
}

const tableCounts = async () => ({
  updates: await db.progressUpdate.count(),
  revisions: await db.updateRevision.count(),
  statusChanges: await db.statusChange.count(),
  // A refusal's own audit row (access.refused) is the one write a denied call makes; access-refusals.test.ts checks it.
  audit: await db.auditLog.count({ where: { action: { not: "access.refused" } } }),
  users: await db.user.count(),
  fields: await db.field.count(),
  annualTargets: await db.annualTarget.count(),
  deliveries: await db.countryDelivery.count(),
  evidence: await db.evidence.count(),
});

describe("permission matrix: every mutation × {anonymous, editor, admin, disabled user, temporary password, ended session}", () => {
  for (const c of CASES) {
    for (const kind of ACTORS) {
      const allowed = c.allowed.includes(kind);
      it(`${kind} ${allowed ? "may" : "may not"} ${c.name}`, async () => {
        const actor = await actorFor(kind);
        const owner = actor && kind !== "disabled" ? actor : await createActor("EDITOR");
        const prepared = await c.setup(owner);
        await degrade(kind, actor);
        const [countsBefore, stateBefore] = [await tableCounts(), JSON.stringify(await prepared.read())];
        const error = await prepared.run(actor).then(() => null, (e: unknown) => e);
        await settleRefusals();
        const after = JSON.stringify(await prepared.read());
        await prepared.cleanup?.();
        if (allowed) {
          expect(error).toBeNull();
          expect(after).not.toBe(stateBefore);
          expect((await tableCounts()).audit).toBeGreaterThan(countsBefore.audit);
        } else {
          expect(error).toBeInstanceOf(HttpError);
          expect((error as HttpError).status).toBe(EXPECTED_STATUS[kind] ?? 401);
          expect(await tableCounts()).toEqual(countsBefore);
          expect(after).toBe(stateBefore);
        }
      });
    }
  }
});
