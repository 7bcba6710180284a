import type { z } from "zod";
import type { AsOf } from "@/lib/as-of/day";
import { db } from "@/lib/db";
import { HttpError } from "@/lib/http/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localizeColumn } from "@/lib/pledges/translations";
import { getPledgeSummaries, type PledgeSummary } from "@/lib/pledges/queries";
import type { ApiPledge, PledgeDetailSchema } from "./schemas";

export function toApiPledge(p: PledgeSummary): ApiPledge {
  return {
    slug: p.slug, title: p.title, summary: p.summary, unit: p.unit, target: p.target, targetNote: p.targetNote,
    measure: p.measure, cadence: p.cadence, fieldLabel: p.fieldLabel, periodStart: p.periodStart, periodEnd: p.periodEnd,
    value: p.value, percentComplete: p.percentComplete, expectedByNow: p.expectedByNow, projected: p.projected,
    status: p.status, paceStatus: p.paceStatus, publishedUpdates: p.publishedUpdates, lastPublishedAt: p.lastPublishedAt,
    phase: p.phase, periodEnded: p.periodEnded, record: p.record, assessment: p.assessment,
  };
}

export async function listApiPledges(asOf: AsOf | null = null, locale: Locale = DEFAULT_LOCALE): Promise<ApiPledge[]> {
  return (await getPledgeSummaries({ asOf, locale })).map(toApiPledge);
}

/** One pledge with its source and fields; 404 for an unknown slug. */
export async function readApiPledge(slug: string, asOf: AsOf | null = null, locale: Locale = DEFAULT_LOCALE): Promise<z.input<typeof PledgeDetailSchema>> {
  const [summary, pledge] = await Promise.all([
    getPledgeSummaries({ asOf, locale }).then((all) => all.find((p) => p.slug === slug)),
    db.pledge.findUnique({
      where: { slug },
      select: { sourceSentence: true, sourceCitation: true, periodNote: true, translations: true, fields: { orderBy: [{ displayOrder: "asc" }, { id: "asc" }], select: { slug: true, name: true, translations: true } } },
    }),
  ]);
  if (!summary || !pledge) throw new HttpError(404, "not_found", `No pledge has the slug "${slug}".`);
  return {
    ...toApiPledge(summary),
    sourceSentence: localizeColumn(pledge, { entity: "pledge", key: "sourceSentence", english: pledge.sourceSentence }, locale).text,
    sourceCitation: pledge.sourceCitation,
    periodNote: pledge.periodNote === null ? null : localizeColumn(pledge, { entity: "pledge", key: "periodNote", english: pledge.periodNote }, locale).text,
    fields: pledge.fields.map((f) => ({ slug: f.slug, name: localizeColumn(f, { entity: "field", key: "name", english: f.name }, locale).text })),
    missedYears: summary.missedYears,
  };
}
