// Runs under tsx in its own process (the generated Prisma client is ESM, Playwright specs are CommonJS):
// reads one JSON command on stdin, writes through the Prisma client to the e2e database, prints JSON.
import { randomUUID } from "node:crypto";
import { createDb } from "../../lib/db";

type Command =
  | { op: "createPledge" }
  | { op: "addUpdate"; pledgeId: number; fieldId?: number; quantity: number; eventDate: string; state?: "DRAFT" | "SUBMITTED" | "PUBLISHED"; iso3?: string[]; title?: string; evidenceUrl?: string }
  | { op: "publishedSum"; slug: string };

const { db } = createDb(process.env.DATABASE_URL);

async function run(command: Command): Promise<unknown> {
  switch (command.op) {
    case "createPledge": {
      const slug = `e2e-pledge-${randomUUID().slice(0, 8)}`;
      const pledge = await db.pledge.create({
        data: {
          slug,
          title: `E2E pledge ${slug}`,
          summary: "A pledge created by an end-to-end test.",
          sourceSentence: "A sentence from a test.",
          sourceCitation: "End-to-end test",
          unit: "test operations",
          target: 10,
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
      return { id: pledge.id, slug: pledge.slug, fields: pledge.fields.map((f) => ({ id: f.id, slug: f.slug })) };
    }
    case "addUpdate": {
      const state = command.state ?? "PUBLISHED";
      const countries = command.iso3?.length ? await db.country.findMany({ where: { iso3: { in: command.iso3 } }, select: { id: true } }) : [];
      const update = await db.progressUpdate.create({
        data: {
          pledgeId: command.pledgeId,
          fieldId: command.fieldId,
          quantity: command.quantity,
          eventDate: new Date(`${command.eventDate}T00:00:00Z`),
          title: command.title ?? `e2e-update-${randomUUID().slice(0, 8)}`,
          state,
          publishedAt: state === "PUBLISHED" ? new Date() : null,
          countries: { create: countries.map((c) => ({ countryId: c.id })) },
          evidence: command.evidenceUrl ? { create: [{ kind: "LINK", url: command.evidenceUrl, citation: "Test evidence" }] } : undefined,
        },
      });
      return { id: update.id };
    }
    case "publishedSum": {
      const { _sum } = await db.progressUpdate.aggregate({
        where: { pledge: { slug: command.slug }, state: "PUBLISHED", deletedAt: null },
        _sum: { quantity: true },
      });
      return { sum: _sum.quantity ?? 0 };
    }
  }
}

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  try {
    process.stdout.write(JSON.stringify(await run(JSON.parse(input))));
  } finally {
    await db.$disconnect();
  }
});
