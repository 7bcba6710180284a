import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CheckForm } from "@/components/freshness/check-form";
import { FreshnessTable, OverdueBadge } from "@/components/freshness/freshness";
import { requirePageUser } from "@/lib/auth/session";
import { listCheckablePledges } from "@/lib/freshness/admin-queries";
import { listPledgeFreshness, sortOverdueFirst } from "@/lib/freshness/queries";
import { getFormats } from "@/lib/i18n/format";
import { readPageLocale } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.checks" });
  return { title: t("title") };
}

export default async function ChecksPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.checks" });
  const day = (iso: string | null) => (iso ? getFormats(locale).date(iso) : t("never"));
  await requirePageUser("pledge:check", "/admin/checks");
  const [freshness, pledges] = await Promise.all([listPledgeFreshness(), listCheckablePledges()]);
  const rows = sortOverdueFirst(freshness);
  const byId = new Map(pledges.map((p) => [p.id, p]));
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <FreshnessTable rows={rows} />
      {rows.map((r) => {
        const pledge = byId.get(r.pledgeId);
        if (!pledge) return null;
        return (
          <section key={r.pledgeId} id={`pledge-${r.pledgeId}`} aria-labelledby={`pledge-${r.pledgeId}-heading`}>
            <h2 id={`pledge-${r.pledgeId}-heading`}>{r.title}</h2>
            <p className="muted">
              {t("lastUpdated", { updated: day(r.lastUpdatedAt), checked: day(r.lastCheckedAt) })} <OverdueBadge freshness={r} />
            </p>
            <CheckForm pledge={pledge} />
          </section>
        );
      })}
    </>
  );
}
