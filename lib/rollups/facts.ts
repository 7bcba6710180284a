import type { Tx } from "@/lib/db";
import { findPeriodYear, listPeriodYears, type PeriodYear } from "@/lib/pace/period";
import { PUBLIC_UPDATE_WHERE } from "@/lib/updates/visibility";

/** What one public update contributes to the rollups. Non-public updates contribute nothing. */
export type RollupFact = {
  pledgeId: number;
  /** 0 when the update has no field. */
  fieldId: number;
  /** Period year, 0 outside the period. */
  year: number;
  /** Bounds of that year (for year 0: the period), to recompute first and last dates from the source rows. */
  bounds: PeriodYear;
  /** UTC day of the event, `YYYY-MM-DD`. */
  day: string;
  eventDate: Date;
  quantity: number;
  isSample: boolean;
  publishedAt: Date | null;
  countries: { id: number; region: string }[];
};

/** The rollup facts of those of `ids` that the public sees now, read inside the caller's transaction. */
export async function readRollupFacts(tx: Tx, ids: number[]): Promise<RollupFact[]> {
  if (ids.length === 0) return [];
  const rows = await tx.progressUpdate.findMany({
    where: { id: { in: ids }, ...PUBLIC_UPDATE_WHERE },
    select: {
      pledgeId: true,
      fieldId: true,
      eventDate: true,
      quantity: true,
      isSample: true,
      publishedAt: true,
      pledge: { select: { periodStart: true, periodEnd: true } },
      countries: { select: { country: { select: { id: true, region: true } } } },
    },
  });
  return rows.map((u) => {
    const years = listPeriodYears(u.pledge);
    const year = findPeriodYear(u.pledge, u.eventDate);
    const bounds = year ? years[year - 1] : { year: 0, start: years[0].start, end: years[years.length - 1].end };
    return {
      pledgeId: u.pledgeId,
      fieldId: u.fieldId ?? 0,
      year,
      bounds,
      day: u.eventDate.toISOString().slice(0, 10),
      eventDate: u.eventDate,
      quantity: u.quantity,
      isSample: u.isSample,
      publishedAt: u.publishedAt,
      countries: u.countries.map((c) => c.country),
    };
  });
}
