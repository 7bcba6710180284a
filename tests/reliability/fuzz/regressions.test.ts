import { beforeAll, describe, expect, it } from "vitest";
import { GET as getPledgeUpdates } from "@/app/api/v1/pledges/[slug]/updates/route";
import type { SessionUser } from "@/lib/auth/permissions";
import { setCountryDeveloping } from "@/lib/countries/actions";
import { db } from "@/lib/db";
import { changePledgeStatus, updatePledge } from "@/lib/pledges/actions";
import { completeMilestone } from "@/lib/pledges/progress-actions";
import { serveReport } from "@/lib/reports/catalog";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate } from "@/lib/updates/actions";
import { deleteUpdate } from "@/lib/updates/corrections";
import { createActor } from "../../integration/helpers";
import { expectCleanOutcome } from "./support";

// Counterexamples the fuzz found, kept as they were found. On PostgreSQL each was a 500: an id or version beyond
// 32 bits ("value out of range for type integer"), and a year 0 or a day after 9999-12-31 ("date/time field value out
// of range"); SQLite answered "not found". They are refused at the edge now, on both engines.
const TOO_BIG = "2147483648";
let admin: SessionUser;

beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
});

describe("fuzz regressions", () => {
  it("API and CSV: a cursor beyond 32 bits or a date outside years 1–9998 is a 400, not a 500", async () => {
    for (const query of [`cursor=${TOO_BIG}`, "limit=500&cursor=99999999999", "from=0000-01-01", "to=9999-12-31"]) {
      const api = await getPledgeUpdates(new Request(`http://localhost/api/v1/pledges/training/updates?${query}`), { params: Promise.resolve({ slug: "training" }) });
      expect(api.status, query).toBe(400);
      if (query.includes("cursor")) continue;
      const csv = await serveReport({ request: new Request(`http://localhost/reports/updates-log.csv?${query}`), file: "updates-log.csv", getUser: async () => null });
      expect(csv.status, query).toBe(400);
      const audit = await serveReport({ request: new Request(`http://localhost/reports/audit-log.csv?${query}`), file: "audit-log.csv", getUser: async () => admin });
      expect(audit.status, query).toBe(400);
    }
  });

  it("actions: an id or version beyond 32 bits is refused and writes nothing", async () => {
    const evidence = [{ source: "GOVERNMENT", publisher: "Ministry", date: "2019-01-01", url: "https://example.org/a" }];
    const calls = [
      () => createUpdate(admin, { pledgeId: TOO_BIG, fieldId: "", eventDate: "2019-01-01", quantity: "1", title: "Title", evidence }),
      () => createUpdate(admin, { pledgeId: "1", fieldId: TOO_BIG, eventDate: "2019-01-01", quantity: "1", title: "Title", countryIds: [TOO_BIG], evidence }),
      () => deleteUpdate(admin, { id: TOO_BIG, version: "1", reason: "Duplicate entry" }),
      () => deleteUpdate(admin, { id: "1", version: TOO_BIG, reason: "Duplicate entry" }),
      () => setCountryDeveloping(admin, { countryId: TOO_BIG, developing: "true", expected: "false" }),
      () => changePledgeStatus(admin, { pledgeId: TOO_BIG, fromStatus: "ON_TRACK", toStatus: "AT_RISK", reason: "Reviewed it" }),
    ];
    for (const call of calls) expect(await expectCleanOutcome(call)).toBe("refused");
  });

  it("actions: a date in year 0 or after 9998 is refused and writes nothing", async () => {
    const pledge = await db.pledge.findFirstOrThrow({ orderBy: { id: "asc" } });
    const milestone = await db.milestone.findFirstOrThrow({ orderBy: { id: "asc" } });
    const edit = { id: String(pledge.id), updatedAt: pledge.updatedAt.toISOString(), title: pledge.title, summary: pledge.summary, unit: pledge.unit, target: "10", targetNote: "", periodEnd: "2022-09-25", fieldLabel: "field" };
    const calls = [
      () => updatePledge(admin, { ...edit, periodStart: "0000-01-01" }),
      () => updatePledge(admin, { ...edit, periodStart: "2017-09-26", periodEnd: "9999-12-31" }),
      () => updatePledge(admin, { ...edit, periodStart: "2017-09-26", updatedAt: "0000-01-01T00:00:00Z" }),
      () => completeMilestone(admin, { milestoneId: String(milestone.id), updatedAt: "0000-01-01T00:00:00Z", completedAt: "2019-01-01", evidenceNote: "Report" }),
      () => completeMilestone(admin, { milestoneId: String(milestone.id), updatedAt: milestone.updatedAt.toISOString(), completedAt: "0000-01-01", evidenceNote: "Report" }),
    ];
    for (const call of calls) expect(await expectCleanOutcome(call)).toBe("refused");
  });
});
