import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import type { AppSession } from "./app-client";
import { updateFormFields } from "./app-client";

/** The writes editors and admins make in the reliability scripts, over HTTP through the app's server actions. */

export type Target = { pledgeId: number; slug: string; fieldId?: number; fieldSlug?: string; countries: { id: number; iso3: string }[] };

/** What the load tests read: the public pages and the JSON API. */
export const PUBLIC_READS = [
  "/", "/pledges/training", "/pledges/joint-operations", "/pledges/systems-and-labs", "/countries", "/countries/KEN", "/updates",
  "/api/v1/pledges", "/api/v1/pledges/training/updates?limit=50", "/api/v1/countries?region=Africa",
];

/** The pledge the workload writes to (training: a sum over fields) and six countries. */
export async function readTarget(db: Db): Promise<Target> {
  const pledge = await db.pledge.findUniqueOrThrow({ where: { slug: "training" }, include: { fields: { orderBy: { displayOrder: "asc" } } } });
  const countries = await db.country.findMany({ take: 6, orderBy: { id: "asc" }, select: { id: true, iso3: true } });
  return { pledgeId: pledge.id, slug: pledge.slug, fieldId: pledge.fields[0]?.id, fieldSlug: pledge.fields[0]?.slug, countries };
}

/** Titles carry what the whole row has ("c<countries> e<evidence>"), so a check after a crash can tell a half row. */
export const wholeTitle = (tag: string, countries: number, evidence: number) => `crash ${tag} c${countries} e${evidence}`;

/** Saves (and submits) a new update; returns its id when the server acknowledged the save. */
export async function saveUpdate(session: AppSession, base: string, target: Target, options: { tag: string; n: number; submit: boolean }) {
  const c = options.n % 4;
  const e = 1 + (options.n % 3);
  const title = wholeTitle(options.tag, c, e);
  const evidence = Array.from({ length: e }, (_, k) => (k % 2 ? `Citation ${k}` : `https://example.org/${options.tag.replace(/\W/g, "-")}/${k}`));
  const result = await session.callAction(base, "/admin/updates/new", "saveUpdateAction", updateFormFields({
    pledgeId: target.pledgeId, fieldId: target.fieldId, title, quantity: 1 + (options.n % 5),
    countryIds: target.countries.slice(0, c).map((x) => x.id), evidence, intent: options.submit ? "submit" : "draft",
  }));
  const id = Number(/\/admin\/updates\/(\d+)\?saved=/.exec(result.redirect ?? "")?.[1]) || undefined;
  return { id, title, result };
}

/** Publishes a submitted update at the version the admin saw. */
export async function publishUpdate(session: AppSession, base: string, id: number, version = 1) {
  const result = await session.callAction(base, `/admin/updates/${id}`, "reviewUpdateAction", [["id", String(id)], ["version", String(version)], ["decision", "publish"], ["comment", ""]]);
  return { published: !!result.redirect?.includes("saved=published"), result };
}

/** Imports `rows` submitted updates with external ids `imp-<batch>-<j>` in one confirmed import. */
export async function importBatch(session: AppSession, base: string, target: Target, options: { batch: string; rows: number }) {
  const lines = ["external_id,pledge,event_date,quantity,field,country_codes,title,evidence,evidence_source,evidence_publisher,evidence_date,state"];
  const codes = target.countries.slice(0, 2).map((c) => c.iso3).join(";");
  for (let j = 0; j < options.rows; j++) {
    lines.push(`imp-${options.batch}-${j},${target.slug},2019-07-01,2,${target.fieldSlug ?? ""},${codes},${wholeTitle(`import ${options.batch} ${j}`, 2, 1)},https://example.org/import,interpol,INTERPOL,2019-01-15,SUBMITTED`);
  }
  const bytes = new TextEncoder().encode(lines.join("\r\n") + "\r\n");
  const checksum = createHash("sha256").update(bytes).digest("hex");
  const result = await session.callAction(base, "/admin/import", "importUpdatesAction", [
    ["file", new Blob([bytes], { type: "text/csv" }), `${options.batch}.csv`], ["state", "SUBMITTED"], ["mode", "import"], ["checksum", checksum],
  ]);
  return { imported: result.state?.ok === true && result.state.imported === options.rows, result };
}
