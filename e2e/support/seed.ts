// Loaded at runtime with tsx (see e2e/fixtures.ts): Playwright's own transform cannot load the generated Prisma client.
import { randomUUID } from "node:crypto";
import { markPublicChange } from "@/lib/cache";
import { db, type Role } from "@/lib/db";
import { freezeDataRelease } from "@/lib/open-data/releases";
import { addToRollups } from "@/lib/rollups/apply";
import type { SessionUser } from "@/lib/auth/permissions";
import { createUpdate, reviewUpdate } from "@/lib/updates/actions";
import { provisionUser } from "@/lib/users/actions";

export async function seedUser(role: Role) {
  const tag = randomUUID().slice(0, 8);
  const email = `${role.toLowerCase()}-${tag}@e2e.test`;
  const name = `${role === "ADMIN" ? "Admin" : "Editor"} ${tag}`;
  const { id, temporaryPassword } = await provisionUser({ email, role, name });
  const { sessionVersion } = await db.user.update({ where: { id }, data: { mustChangePassword: false } });
  return { id, email, password: temporaryPassword, name, role, sessionVersion, mustChangePassword: false };
}

export async function disableUser(id: number) {
  await db.user.update({ where: { id }, data: { disabled: true } });
}

/** A progress update on a seeded pledge, through the data layer, optionally submitted and returned/published by an admin. */
export async function seedUpdate({ author, pledgeSlug = "training", submit = false, review, reviewer }: {
  author: SessionUser;
  pledgeSlug?: string;
  submit?: boolean;
  review?: { decision: "publish" | "return"; comment?: string };
  reviewer?: SessionUser;
}) {
  const pledge = await db.pledge.findUniqueOrThrow({ where: { slug: pledgeSlug }, include: { fields: true } });
  const title = `Seeded update ${randomUUID().slice(0, 8)}`;
  const created = await createUpdate(
    author,
    {
      pledgeId: pledge.id,
      fieldId: pledge.fields[0]?.id ?? "",
      eventDate: "2019-04-01",
      quantity: "12",
      countryIds: [],
      title,
      description: "Seeded by an end-to-end test.",
      evidence: [{ source: "GOVERNMENT", publisher: "Seed ministry", date: "2019-01-01", url: "https://example.org/seed-2019" }],
    },
    { submit: submit || !!review },
  );
  let version = created.version;
  if (review && reviewer) version = (await reviewUpdate(reviewer, { id: created.id, version, ...review })).version;
  return { id: created.id, version, title };
}

/** A test-only pledge shaped like joint operations: two fields, a recurring plan of one per field per year. */
export async function createPledge(options: { target?: number } = {}) {
  const slug = `e2e-pledge-${randomUUID().slice(0, 8)}`;
  const pledge = await db.pledge.create({
    data: {
      slug,
      title: `E2E pledge ${slug}`,
      summary: "A pledge created by an end-to-end test.",
      sourceSentence: "A sentence from a test.",
      sourceCitation: "End-to-end test",
      unit: "test operations",
      target: options.target ?? 10,
      periodStart: new Date("2017-09-26T00:00:00Z"),
      periodEnd: new Date("2022-09-25T00:00:00Z"),
      measure: "SUM",
      cadence: "ANNUAL",
      displayOrder: 100,
      fields: { create: [{ slug: "alpha", name: "Alpha", displayOrder: 1 }, { slug: "beta", name: "Beta", displayOrder: 2 }] },
    },
    include: { fields: { orderBy: { displayOrder: "asc" } } },
  });
  await db.annualTarget.createMany({
    data: [1, 2, 3, 4, 5].flatMap((year) => pledge.fields.map((f) => ({ pledgeId: pledge.id, fieldId: f.id, year, target: 1 }))),
  });
  await markPublicChange(db); // what the pledge actions do in their transaction
  return { id: pledge.id, slug: pledge.slug, fields: pledge.fields.map((f) => ({ id: f.id, slug: f.slug })) };
}

/** An update written straight to the database in any state (no workflow), for public-page tests. */
export async function addUpdate(data: {
  pledgeId?: number;
  pledgeSlug?: string;
  fieldId?: number;
  fieldIndex?: number;
  quantity?: number;
  eventDate: string;
  state?: "DRAFT" | "SUBMITTED" | "PUBLISHED";
  iso3?: string[];
  title?: string;
  evidenceUrl?: string;
  /** When it was published (ISO date-time; default now), to build a past for the as-of view. */
  publishedAt?: string;
}) {
  const pledge = await db.pledge.findFirstOrThrow({
    where: data.pledgeId ? { id: data.pledgeId } : { slug: data.pledgeSlug },
    include: { fields: { orderBy: { displayOrder: "asc" } } },
  });
  const state = data.state ?? "PUBLISHED";
  const countries = data.iso3?.length ? await db.country.findMany({ where: { iso3: { in: data.iso3 } }, select: { id: true } }) : [];
  const update = await db.$transaction(async (tx) => {
    const created = await tx.progressUpdate.create({
      data: {
        pledgeId: pledge.id,
        fieldId: data.fieldId ?? (data.fieldIndex === undefined ? undefined : pledge.fields[data.fieldIndex].id),
        quantity: data.quantity ?? 1,
        eventDate: new Date(`${data.eventDate}T00:00:00Z`),
        title: data.title ?? `e2e-update-${randomUUID().slice(0, 8)}`,
        state,
        publishedAt: state === "PUBLISHED" ? (data.publishedAt ? new Date(data.publishedAt) : new Date()) : null,
        countries: { create: countries.map((c) => ({ countryId: c.id })) },
        evidence: data.evidenceUrl ? { create: [{ kind: "LINK", url: data.evidenceUrl, citation: "Test evidence" }] } : undefined,
      },
    });
    await addToRollups(tx, [created.id]);
    return created;
  });
  if (state === "PUBLISHED") await markPublicChange(db); // what publishing does in its transaction
  return { id: update.id };
}

/** An editor's pledge-wide "checked, nothing new" at a moment (ISO date-time; default now), for freshness tests. */
export async function addCheck(data: { pledgeId: number; checkedAt?: string }) {
  const check = await db.pledgeCheck.create({
    data: { pledgeId: data.pledgeId, note: "Checked by an end-to-end test", createdAt: data.checkedAt ? new Date(data.checkedAt) : undefined },
  });
  await markPublicChange(db); // what recording a check does in its transaction
  return { id: check.id };
}

// Command line: node --import tsx e2e/support/seed.ts <command> '<json args>' → prints the JSON result.
export const commands = {
  seedUser: ({ role }: { role: Role }) => seedUser(role),
  disableUser: ({ id }: { id: number }) => disableUser(id),
  seedUpdate: (args: Parameters<typeof seedUpdate>[0]) => seedUpdate(args),
  createPledge: (options: { target?: number }) => createPledge(options),
  addUpdate: (args: Parameters<typeof addUpdate>[0]) => addUpdate(args),
  addCheck: (args: Parameters<typeof addCheck>[0]) => addCheck(args),
  freezeRelease: ({ admin }: { admin: SessionUser }) => freezeDataRelease(admin),
  setSelfPublication: ({ allow }: { allow: boolean }) =>
    db.setting.upsert({ where: { id: 1 }, create: { id: 1, allowSelfPublication: allow }, update: { allowSelfPublication: allow } }).then(() => null),
};

const [command, json] = process.argv.slice(2);
if (command) {
  (commands[command as keyof typeof commands] as (args: unknown) => Promise<unknown>)(JSON.parse(json ?? "{}"))
    .then((result) => process.stdout.write(JSON.stringify(result ?? null)))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
