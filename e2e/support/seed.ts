// Loaded at runtime with tsx (see e2e/fixtures.ts): Playwright's own transform cannot load the generated Prisma client.
import { randomUUID } from "node:crypto";
import { db, type Role } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { createUpdate, reviewUpdate } from "@/lib/updates/actions";
import { provisionUser } from "@/lib/users/actions";

export async function seedUser(role: Role) {
  const tag = randomUUID().slice(0, 8);
  const email = `${role.toLowerCase()}-${tag}@e2e.test`;
  const name = `${role === "ADMIN" ? "Admin" : "Editor"} ${tag}`;
  const { id, temporaryPassword } = await provisionUser({ email, role, name });
  await db.user.update({ where: { id }, data: { mustChangePassword: false } });
  return { id, email, password: temporaryPassword, name, role };
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
      evidence: [{ kind: "CITATION", value: "Seed citation, 2019" }],
    },
    { submit: submit || !!review },
  );
  let version = created.version;
  if (review && reviewer) version = (await reviewUpdate(reviewer, { id: created.id, version, ...review })).version;
  return { id: created.id, version, title };
}

// Command line: node --import tsx e2e/support/seed.ts <command> '<json args>' → prints the JSON result.
const commands: Record<string, (args: never) => Promise<unknown>> = {
  seedUser: ({ role }: { role: Role }) => seedUser(role),
  disableUser: ({ id }: { id: number }) => disableUser(id),
  seedUpdate: (args: Parameters<typeof seedUpdate>[0]) => seedUpdate(args),
};

const [command, json] = process.argv.slice(2);
if (command) {
  commands[command](JSON.parse(json ?? "{}") as never)
    .then((result) => process.stdout.write(JSON.stringify(result ?? null)))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
