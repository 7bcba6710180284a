import { beforeAll, describe, expect, it } from "vitest";
import seededTranslations from "@/prisma/source/pledge-translations.json";
import { GET as getPledge } from "@/app/api/v1/pledges/[slug]/route";
import { GET as getPledges } from "@/app/api/v1/pledges/route";
import { GET as getUpdates } from "@/app/api/v1/pledges/[slug]/updates/route";
import { GET as getCountries } from "@/app/api/v1/countries/route";
import { getAnnouncement } from "@/lib/announcements/queries";
import type { SessionUser } from "@/lib/auth/permissions";
import { getCountryLedger } from "@/lib/countries/queries";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { updatePledge } from "@/lib/pledges/actions";
import { getPledgeDetail } from "@/lib/pledges/detail";
import { getPledgeSummaries } from "@/lib/pledges/queries";
import { saveTranslation } from "@/lib/pledges/translation-actions";
import { listPledgeTranslations } from "@/lib/pledges/translation-queries";
import { revisionOf } from "@/lib/pledges/translations";
import { serveReport } from "@/lib/reports/catalog";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate, editUpdate, reviewUpdate } from "@/lib/updates/actions";
import { listPublicUpdates } from "@/lib/updates/public";
import { getCountryIds, unique } from "../factories";
import { createActor, createWorkflowPledge, updateInput } from "./helpers";

let admin: SessionUser;
let editor: SessionUser;

beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
  editor = await createActor("EDITOR");
});

const csv = async (file: string, query: string) => serveReport({ request: new Request(`http://localhost/reports/${file}?${query}`), file, getUser: async () => null });
const api = (path: string) => new Request(`http://localhost/api/v1${path}`);

describe("seeded translations", () => {
  it("shows the tracker's unofficial translations beside the English, in every language", async () => {
    const fr = (await getPledgeDetail("training", "fr"))!;
    expect(fr.title).toBe("Former 20\u202f000 agents des forces de l'ordre pour les pays en développement");
    expect(fr.content.title).toMatchObject({ lang: "fr", kind: "unofficial", outdated: false, english: "Train 20,000 law enforcement personnel for developing countries" });
    expect(fr.milestones[0].content).toMatchObject({ lang: "fr", kind: "unofficial" });
    const ar = (await getPledgeDetail("joint-operations", "ar"))!;
    expect(ar.fields.map((f) => f.name)).toEqual(["الإرهاب", "الجرائم السيبرانية", "الأشكال الجديدة من الجريمة المنظمة"]);
    expect((await getAnnouncement("zh"))!.quoteContent).toMatchObject({ lang: "zh", kind: "unofficial", text: "各国应树立共同、综合、合作、可持续的安全观，共同应对安全挑战。" });
    const en = (await getPledgeDetail("training"))!;
    expect(en.content.title).toMatchObject({ kind: "original", lang: "en", text: en.content.title.english });
  });

  it("are written once: seeding again keeps an admin's translation", async () => {
    const training = await db.pledge.findUniqueOrThrow({ where: { slug: "training" } });
    const before = training.translations;
    await seedReference(db);
    expect((await db.pledge.findUniqueOrThrow({ where: { slug: "training" } })).translations).toBe(before);
  });
});

describe("editing a translation", () => {
  const form = (p: { id: number; title: string }, overrides: Record<string, unknown> = {}) => ({
    pledgeId: p.id, entity: "pledge", id: p.id, key: "title", locale: "fr", text: "Titre traduit", official: "", revision: revisionOf(p.title), ...overrides,
  });

  it("saves it with an audit entry and a public DEFINITION change, and flags it outdated when the English changes", async () => {
    const p = await createWorkflowPledge();
    await saveTranslation(admin, form(p));
    const detail = (await getPledgeDetail(p.slug, "fr"))!;
    expect(detail.content.title).toMatchObject({ text: "Titre traduit", kind: "unofficial", outdated: false, english: p.title });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "translation.edit", entityType: "pledge", entityId: String(p.id) } });
    expect(JSON.parse(audit.after!)).toMatchObject({ locale: "fr", key: "title", text: "Titre traduit", official: false });
    const change = await db.publicChange.findFirstOrThrow({ where: { pledgeId: p.id, kind: "DEFINITION", entityType: "pledge" } });
    expect(JSON.parse(change.diff!)).toEqual([{ field: "title.fr", before: null, after: "Titre traduit" }]);

    const current = await db.pledge.findUniqueOrThrow({ where: { id: p.id } });
    await updatePledge(admin, {
      id: p.id, updatedAt: current.updatedAt.toISOString(), title: `${p.title} (revised)`, summary: current.summary, unit: current.unit, target: current.target,
      targetNote: "", periodStart: "2017-09-26", periodEnd: "2022-09-25", fieldLabel: current.fieldLabel,
    });
    expect((await getPledgeDetail(p.slug, "fr"))!.content.title).toMatchObject({ text: "Titre traduit", outdated: true, english: `${p.title} (revised)` });
    const admin_view = (await listPledgeTranslations(p.id, "fr"))!.items.find((i) => i.entity === "pledge" && i.key === "title")!;
    expect(admin_view).toMatchObject({ text: "Titre traduit", outdated: true });
    const summary = (await getPledgeSummaries({ locale: "fr" })).find((s) => s.id === p.id)!;
    expect(summary.content.title.outdated).toBe(true);

    // Retranslating from the new English makes it current again; an official one says so.
    await saveTranslation(admin, form({ id: p.id, title: `${p.title} (revised)` }, { text: "Titre révisé", official: "on" }));
    expect((await getPledgeDetail(p.slug, "fr"))!.content.title).toMatchObject({ text: "Titre révisé", kind: "official", outdated: false });
  });

  it("refuses an editor, a stale English revision and a text of another pledge, changing nothing", async () => {
    const p = await createWorkflowPledge();
    const other = await createWorkflowPledge();
    await expect(saveTranslation(editor, form(p))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveTranslation(admin, form(p, { revision: revisionOf("an older English title") }))).rejects.toBeInstanceOf(ConflictError);
    const foreignField = other.fields[0];
    await expect(saveTranslation(admin, form(p, { entity: "field", id: foreignField.id, key: "name", revision: revisionOf(foreignField.name) }))).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.pledge.findUniqueOrThrow({ where: { id: p.id } })).translations).toBe("{}");
    expect((await db.field.findUniqueOrThrow({ where: { id: foreignField.id } })).translations).toBe("{}");
    expect(await db.auditLog.count({ where: { action: "translation.edit", entityId: { in: [String(p.id), String(foreignField.id)] } } })).toBe(0);
  });

  it("translates field names, and removes a translation written empty", async () => {
    const p = await createWorkflowPledge();
    const field = p.fields[0];
    const base = form(p, { entity: "field", id: field.id, key: "name", locale: "es", revision: revisionOf(field.name) });
    await saveTranslation(admin, { ...base, text: "Ámbito alfa" });
    expect((await getPledgeDetail(p.slug, "es"))!.fields[0]).toMatchObject({ name: "Ámbito alfa", content: { kind: "unofficial" } });
    await saveTranslation(admin, { ...base, text: "" });
    expect((await getPledgeDetail(p.slug, "es"))!.fields[0]).toMatchObject({ name: field.name, content: { kind: "missing", lang: "en" } });
  });
});

describe("?lang= on the CSV and the API", () => {
  it("translates text columns and fields, keeps the column and field names, defaults to English", async () => {
    const fr = await (await csv("pledge-summary.csv", "lang=fr")).text();
    const en = await (await csv("pledge-summary.csv", "")).text();
    expect(fr.split("\n")[0]).toBe(en.split("\n")[0]);
    expect(fr).toContain("Former 20\u202f000 agents des forces de l'ordre");
    expect(en).toContain("Train 20,000 law enforcement personnel");
    const annual = await (await csv("annual-breakdown.csv", "pledge=joint-operations&lang=zh")).text();
    expect(annual).toContain("网络犯罪");
    const ledger = await getCountryLedger(null, "fr");
    expect(ledger.workstreams.map((w) => w.name)).toContain("Systèmes de communication");
    // The pledge the ledger counts countries for (the first one measured by countries here) names its unit as the
    // summaries do in French (seeded ones: translated).
    const frenchSummary = (await getPledgeSummaries({ locale: "fr" })).find((p) => p.slug === ledger.countryPledge?.slug);
    expect(ledger.countryPledge?.unit).toBe(frenchSummary?.unit);
    expect((await getPledgeSummaries({ locale: "fr" })).find((p) => p.slug === "systems-and-labs")?.unit).toBe(seededTranslations.pledges["systems-and-labs"].unit.fr);

    const list = await (await getPledges(api("/pledges?lang=es"))).json();
    expect(list.items.find((p: { slug: string }) => p.slug === "training").title).toBe("Formar a 20.000 agentes de las fuerzas del orden para países en desarrollo");
    // The unit counted and the breakdown's name are pledge content too (they sit in every figure's sentence).
    expect(list.items.find((p: { slug: string }) => p.slug === "training")).toMatchObject({ unit: seededTranslations.pledges.training.unit.es, fieldLabel: seededTranslations.pledges.training.fieldLabel.es });
    const one = await (await getPledge(api("/pledges/systems-and-labs?lang=ar"), { params: Promise.resolve({ slug: "systems-and-labs" }) })).json();
    expect(one.fields.map((f: { name: string }) => f.name)).toEqual(["أنظمة الاتصالات", "مختبرات التحقيق الجنائي"]);
    expect(one.sourceSentence).toBe("تحديث أنظمة اتصالات الإنتربول ومختبرات التحقيق الجنائي في 100 بلد نامٍ");
    expect(one.periodNote).toBe(seededTranslations.period.interpretation.ar);
    const english = await (await getPledge(api("/pledges/systems-and-labs"), { params: Promise.resolve({ slug: "systems-and-labs" }) })).json();
    expect(english.periodNote).toBe((await db.pledge.findUniqueOrThrow({ where: { slug: "systems-and-labs" } })).periodNote);
    const [ken] = await getCountryIds(db, ["KEN"]);
    const pledge = await createWorkflowPledge();
    const published = await createUpdate(editor, updateInput(pledge, { countryIds: [ken] }), { submit: true });
    await reviewUpdate(admin, { id: published.id, version: published.version, decision: "publish" });
    const countries = await (await getCountries(api("/countries?lang=zh"))).json();
    expect(countries.items.find((c: { iso3: string }) => c.iso3 === "KEN").name).toBe("肯尼亚");
  });

  it("answers a language it does not know with a 400 in the one error shape", async () => {
    for (const response of [await csv("pledge-summary.csv", "lang=de"), await getPledges(api("/pledges?lang=EN")), await getCountries(api("/countries?lang=xx"))]) {
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_parameter", fields: { lang: [expect.any(String)] } } });
    }
  });
});

describe("the language of updates", () => {
  it("stores the editor's language, keeps it on an edit that does not name it, and shows drafts nowhere public", async () => {
    const pledge = await createWorkflowPledge();
    const title = unique("Opération");
    const draft = await createUpdate(editor, updateInput(pledge, { title, lang: "fr" }));
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: draft.id } })).lang).toBe("fr");
    const english = await createUpdate(editor, updateInput(pledge));
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: english.id } })).lang).toBe("en");
    await expect(createUpdate(editor, updateInput(pledge, { lang: "de" }))).rejects.toMatchObject({ fields: { lang: [expect.any(String)] } });

    const submitted = await editUpdate(editor, { ...updateInput(pledge, { title }), id: draft.id, version: draft.version }, { submit: true });
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: draft.id } })).lang).toBe("fr");
    expect((await listPublicUpdates({ pledge: pledge.slug })).items.map((u) => u.title)).not.toContain(title);
    const apiPage = await (await getUpdates(api(`/pledges/${pledge.slug}/updates`), { params: Promise.resolve({ slug: pledge.slug }) })).json();
    expect(JSON.stringify(apiPage)).not.toContain(title);

    await reviewUpdate(admin, { id: draft.id, version: submitted.version, decision: "publish" });
    expect((await listPublicUpdates({ pledge: pledge.slug })).items.find((u) => u.id === draft.id)).toMatchObject({ title, lang: "fr" });
  });
});
