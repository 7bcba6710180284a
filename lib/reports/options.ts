import { db } from "@/lib/db";

export type ReportFilterOptions = {
  pledges: { slug: string; title: string }[];
  fields: { slug: string; name: string; pledgeTitle: string }[];
  regions: string[];
  countries: { iso3: string; name: string }[];
};

/** Choices for the export filters on /reports. */
export async function listReportFilterOptions(): Promise<ReportFilterOptions> {
  const [pledges, fields, regions, countries] = await Promise.all([
    db.pledge.findMany({ orderBy: [{ displayOrder: "asc" }, { id: "asc" }], select: { slug: true, title: true } }),
    db.field.findMany({
      orderBy: [{ pledge: { displayOrder: "asc" } }, { displayOrder: "asc" }],
      select: { slug: true, name: true, pledge: { select: { title: true } } },
    }),
    db.country.groupBy({ by: ["region"], orderBy: { region: "asc" } }),
    db.country.findMany({ orderBy: { name: "asc" }, select: { iso3: true, name: true } }),
  ]);
  return {
    pledges,
    fields: fields.map((f) => ({ slug: f.slug, name: f.name, pledgeTitle: f.pledge.title })),
    regions: regions.map((r) => r.region).filter(Boolean),
    countries,
  };
}
