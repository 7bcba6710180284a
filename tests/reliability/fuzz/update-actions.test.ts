import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate, editUpdate, reviewUpdate } from "@/lib/updates/actions";
import { correctUpdate, deleteUpdate } from "@/lib/updates/corrections";
import { EVIDENCE_FORM_NAMES } from "@/lib/evidence/schema";
import { readUpdateForm } from "@/lib/updates/schema";
import { evidenceRowFields } from "../support/app-client";
import { createTestPledge, getCountryIds } from "../../factories";
import { createActor } from "../../integration/helpers";
import { buildForm, buildObject, createTally, formCases, fuzzOptions, objectCases } from "./support";

// Every progress-update action, called as the app's server actions call it: the form read by readUpdateForm
// (app/admin/updates/actions.ts) or the plain object of form.get() values, by a real editor or admin.
const FORM_NAMES = ["id", "version", "pledgeId", "fieldId", "eventDate", "quantity", "title", "description", "publicSummary", "reason", "countryIds", ...EVIDENCE_FORM_NAMES] as const;

let editor: SessionUser;
let admin: SessionUser;
let pledge: Awaited<ReturnType<typeof createTestPledge>>;
let countryIds: number[];

beforeAll(async () => {
  await seedReference(db);
  editor = await createActor("EDITOR");
  admin = await createActor("ADMIN");
  pledge = await createTestPledge(db, { fields: ["alpha", "beta"] });
  countryIds = await getCountryIds(db, ["KEN", "GHA"]);
});

function validForm(extra: [string, string][] = []): [string, string][] {
  return [
    ["pledgeId", String(pledge.id)],
    ["fieldId", String(pledge.fields[0].id)],
    ["eventDate", "2019-06-01"],
    ["quantity", "4"],
    ["title", "Fuzzed operation"],
    ["description", "Joint operation."],
    ["countryIds", String(countryIds[0])],
    ["countryIds", String(countryIds[1])],
    ...evidenceRowFields({ url: "https://www.interpol.int/en/News-and-Events", source: "INTERPOL" }),
    ...evidenceRowFields({ url: "https://example.org/annual-report-2019", reference: "Annual report 2019, p. 4" }),
    ...extra,
  ];
}

const actorOf = (who: "editor" | "admin") => (who === "admin" ? admin : editor);
const who = fc.constantFrom("editor" as const, "admin" as const);

/** A fresh update in the given state for each run, written through the same actions. */
async function createTarget(state: "DRAFT" | "SUBMITTED" | "PUBLISHED") {
  const input = readUpdateForm(buildForm({}, validForm()));
  const created = await createUpdate(editor, input, { submit: state !== "DRAFT" });
  if (state !== "PUBLISHED") return created;
  return reviewUpdate(admin, { id: created.id, version: created.version, decision: "publish" });
}

describe("fuzz: progress update actions", () => {
  it("createUpdate: any form is saved or refused with field errors, and a refusal writes nothing", async () => {
    const tally = createTally();
    await fc.assert(
      fc.asyncProperty(formCases(FORM_NAMES), who, fc.boolean(), async (formCase, actor, submit) => {
        const input = readUpdateForm(buildForm(formCase, validForm()));
        await tally.run(() => createUpdate(actorOf(actor), input, { submit }));
      }),
      fuzzOptions(),
    );
    expect(tally.counts.accepted).toBeGreaterThan(0);
    expect(tally.counts.refused).toBeGreaterThan(0);
  });

  it("editUpdate: any form on a draft is saved, refused, or a conflict", async () => {
    const tally = createTally();
    await fc.assert(
      fc.asyncProperty(formCases(FORM_NAMES), who, fc.boolean(), async (formCase, actor, submit) => {
        const target = await createTarget("DRAFT");
        const form = buildForm(formCase, validForm([["id", String(target.id)], ["version", String(target.version)]]));
        await tally.run(() => editUpdate(actorOf(actor), readUpdateForm(form), { submit }));
      }),
      fuzzOptions(),
    );
    expect(tally.counts.accepted).toBeGreaterThan(0);
  });

  it("correctUpdate: any correction of a published update is applied or refused", async () => {
    const tally = createTally();
    await fc.assert(
      fc.asyncProperty(formCases(FORM_NAMES), async (formCase) => {
        const target = await createTarget("PUBLISHED");
        const form = buildForm(formCase, validForm([["id", String(target.id)], ["version", String(target.version)], ["reason", "Typo in the count"]]));
        await tally.run(() => correctUpdate(admin, readUpdateForm(form)));
      }),
      fuzzOptions(0.5),
    );
    expect(tally.counts.accepted).toBeGreaterThan(0);
  });

  it("reviewUpdate and deleteUpdate: any decision is applied or refused", async () => {
    const tally = createTally();
    const keys = ["id", "version", "decision", "comment", "reason"];
    await fc.assert(
      fc.asyncProperty(objectCases(keys), fc.constantFrom("review", "delete"), who, async (objectCase, action, actor) => {
        const target = await createTarget("SUBMITTED");
        const valid = { id: String(target.id), version: String(target.version), decision: "publish", comment: "", reason: "Duplicate entry" };
        const input = buildObject(objectCase, valid);
        await tally.run(() => (action === "review" ? reviewUpdate(actorOf(actor), input) : deleteUpdate(actorOf(actor), input)));
      }),
      fuzzOptions(),
    );
    expect(tally.counts.accepted).toBeGreaterThan(0);
    expect(tally.counts.refused).toBeGreaterThan(0);
  });
});
