import { getTranslations } from "next-intl/server";
import { getEvidenceBreakdown } from "@/lib/evidence/breakdown";
import { getFormats } from "@/lib/i18n/format";
import { getLabels } from "@/lib/i18n/labels";
import { LOCALE_TAGS } from "@/lib/i18n/locales";
import { readRequestLocale } from "@/lib/i18n/params";

/** "Of 1,240 officers trained: 900 corroborated, 340 self-reported": how strong the evidence behind the value is. */
export async function EvidenceBreakdown({ pledge }: { pledge: { id: number; measure: string; unit: string; value: number } }) {
  const shares = await getEvidenceBreakdown(pledge.id, pledge.measure);
  if (!shares.length) return null;
  const locale = await readRequestLocale();
  const t = await getTranslations({ locale, namespace: "pledges.evidence" });
  const labels = getLabels(locale);
  const { number } = getFormats(locale);
  const tag = LOCALE_TAGS[locale];
  const words = shares.map((s) => t("share", { value: number(s.value), level: labels(`evidenceLevel.${s.level}`).toLocaleLowerCase(tag) }));
  return (
    <p data-testid="evidence-breakdown">
      <strong>{t("lead")}</strong>{" "}
      {t("of", {
        value: number(pledge.value),
        what: pledge.measure === "DISTINCT_COUNTRIES" ? t("countries") : pledge.unit,
        shares: new Intl.ListFormat(tag, { type: "conjunction" }).format(words),
      })}
    </p>
  );
}
