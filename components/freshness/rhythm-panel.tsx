import { getTranslations } from "next-intl/server";
import { listPledgeFreshness } from "@/lib/freshness/queries";
import { getFormats } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { RhythmForm } from "./check-form";
import { OverdueBadge } from "./freshness";

// Apart from freshness.tsx: its form is a client component, which public pages (served without scripts) must not import.
/** Admins' panel on the pledge's admin page: the reporting rhythm and where the pledge stands against it. */
export async function RhythmPanel({ pledgeId, locale }: { pledgeId: number; locale: Locale }) {
  const freshness = (await listPledgeFreshness()).find((p) => p.pledgeId === pledgeId);
  if (!freshness) return null;
  const t = await getTranslations({ locale, namespace: "admin.checks" });
  const day = (iso: string | null) => (iso ? getFormats(locale).date(iso) : t("never"));
  return (
    <section className="panel">
      <h2>{t("rhythm")}</h2>
      <p className="muted">
        {t("lastUpdated", { updated: day(freshness.lastUpdatedAt), checked: day(freshness.lastCheckedAt) })} <OverdueBadge freshness={freshness} />
      </p>
      <RhythmForm pledgeId={pledgeId} months={freshness.rhythmMonths} />
    </section>
  );
}
