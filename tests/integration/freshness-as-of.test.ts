import { beforeAll, describe, expect, it } from "vitest";
import { recordFinalAssessment } from "@/lib/assessments/actions";
import { asOfFromDay, formatUtcDay } from "@/lib/as-of/day";
import { markPublicChange } from "@/lib/cache";
import { db } from "@/lib/db";
import { recordPledgeCheck } from "@/lib/freshness/actions";
import { listPledgeFreshness } from "@/lib/freshness/queries";
import { seedReference } from "@/lib/seed/reference";
import { createTestPledge, createTestUpdate } from "../factories";
import { createActor } from "./helpers";

// Freshness as of a day: the last update, the last check and "overdue since" as they stood at the end of that day,
// from the history in the database; today's check and today's final assessment leave a past day alone.
const PUBLISHED = new Date("2025-01-10T12:00:00Z");
const CHECKED = new Date("2025-02-01T09:00:00Z");
const STATUS_SET = new Date("2025-03-05T08:00:00Z");

let pledge: Awaited<ReturnType<typeof createTestPledge>>;

async function freshnessOn(day: string | null) {
  const rows = await listPledgeFreshness(day ? { asOf: asOfFromDay(day) } : {});
  return rows.find((p) => p.pledgeId === pledge.id)!;
}

beforeAll(async () => {
  await seedReference(db);
  const [editor, admin] = [await createActor("EDITOR"), await createActor("ADMIN")];
  pledge = await createTestPledge(db, { target: 100 });
  await createTestUpdate(db, { pledgeId: pledge.id, quantity: 3, publishedAt: PUBLISHED });
  // A past the app's actions cannot backdate: a check and a change-log entry of an update kind, written as of then.
  await db.pledgeCheck.create({ data: { pledgeId: pledge.id, note: "Checked the ministry's site", createdAt: CHECKED } });
  await db.publicChange.create({ data: { kind: "STATUS", pledgeId: pledge.id, entityType: "pledge", entityId: String(pledge.id), summary: "Status changed", createdAt: STATUS_SET } });
  await markPublicChange(db);
  // Today: a check and a final verdict, which settles the pledge from now on.
  await recordPledgeCheck(editor, { pledgeId: pledge.id, note: "Checked again: nothing new" });
  await recordFinalAssessment(admin, {
    pledgeId: pledge.id, verdict: "NOT_ACHIEVED", finalValue: "3", methodNote: "Three of a hundred were published.",
    sources: "https://example.org/final-report", assessedOn: formatUtcDay(new Date()),
  });
});

describe("freshness as of a day", () => {
  it("knows nothing before the first publication and is not overdue while the tracker did not follow the pledge", async () => {
    expect(await freshnessOn("2025-01-09")).toMatchObject({ lastUpdatedAt: null, lastCheckedAt: null, overdueSince: null });
  });

  it("takes the last publication and the last check made by the end of the day", async () => {
    expect(await freshnessOn("2025-01-10")).toMatchObject({ lastUpdatedAt: PUBLISHED.toISOString(), lastCheckedAt: null, overdueSince: null });
    expect(await freshnessOn("2025-02-01")).toMatchObject({ lastUpdatedAt: PUBLISHED.toISOString(), lastCheckedAt: CHECKED.toISOString(), overdueSince: null });
    expect(await freshnessOn("2025-03-05")).toMatchObject({ lastUpdatedAt: STATUS_SET.toISOString(), lastCheckedAt: CHECKED.toISOString() });
  });

  it("is overdue a rhythm after the last activity of the day, measured at its end, even though it is settled today", async () => {
    // Quarterly: three months after the status change of 5 March 2025.
    expect(await freshnessOn("2025-06-04")).toMatchObject({ overdueSince: null });
    expect(await freshnessOn("2025-06-05")).toMatchObject({ overdueSince: "2025-06-05T08:00:00.000Z" });
    expect(await freshnessOn("2025-12-31")).toMatchObject({ overdueSince: "2025-06-05T08:00:00.000Z", lastCheckedAt: CHECKED.toISOString() });
  });

  it("shows today's check and settlement only from today", async () => {
    const today = await freshnessOn(null);
    expect(today.lastCheckedAt! > CHECKED.toISOString()).toBe(true);
    expect(today.overdueSince).toBeNull();
    expect(await freshnessOn(formatUtcDay(new Date()))).toMatchObject({ lastCheckedAt: today.lastCheckedAt, lastUpdatedAt: today.lastUpdatedAt, overdueSince: null });
  });
});
