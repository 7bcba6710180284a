import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentForm } from "@/components/admin/assessment-form";
import { AssessmentHistory } from "@/components/pledge/record";
import { listAssessmentVersions } from "@/lib/assessments/queries";
import { getPeriodPhase } from "@/lib/pace/record";
import { AddFieldForm, AnnualPlanForm, MilestoneForm, PledgeDetailsForm, RenameFieldForm, StatusForm } from "@/components/admin/pledge-forms";
import { RhythmPanel } from "@/components/freshness/rhythm-panel";
import { TranslationsLink } from "@/components/translations/translations-link";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { getFormats } from "@/lib/i18n/format";
import type { PledgeStatus } from "@/lib/db";
import { ENGLISH_LABELS, getLabels } from "@/lib/i18n/labels";
import { localizePath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { readPageLocale } from "@/lib/i18n/params";
import { getPledgeAdmin } from "@/lib/pledges/admin-queries";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.pledge" });
  return { title: t("title") };
}

export default async function AdminPledgePage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.pledge" });
  const labels = getLabels(locale);
  const { date } = getFormats(locale);
  const label = (s: string | null) => (s && s in ENGLISH_LABELS.pledgeStatus ? labels(`pledgeStatus.${s as PledgeStatus}`) : (s ?? "—"));
  const { id } = await params;
  const user = await requirePageUser("pledge:status", `/admin/pledges/${id}`);
  const pledge = Number.isInteger(Number(id)) ? await getPledgeAdmin(Number(id)) : null;
  if (!pledge) notFound();
  const manage = can(user, "pledge:manage");
  const assess = can(user, "assessment:record");
  const versions = assess ? await listAssessmentVersions(pledge.id) : [];
  const periodOver = getPeriodPhase({ now: new Date(), periodStart: new Date(pledge.periodStart), periodEnd: new Date(pledge.periodEnd) }) === "AFTER_END";
  return (
    <>
      <h1>{pledge.title}</h1>
      <p>
        {t.rich("status", { status: label(pledge.status), badge: (c) => <span className="badge" data-testid="pledge-status">{c}</span> })} ·{" "}
        <a href={localizePath(`/pledges/${pledge.slug}`, locale)}>{t("publicPage")}</a> · <Link href={`/admin/updates/new?pledge=${pledge.id}`}>{t("logProgress")}</Link>
        {manage ? <> · <TranslationsLink pledgeId={pledge.id} /></> : null}
        {pledge.measure === "DISTINCT_COUNTRIES" && (
          <>
            {" "}
            · <Link href={`/admin/pledges/${pledge.id}/deliveries`}>{t("deliveries")}</Link>
          </>
        )}
      </p>

      <section className="panel">
        <h2>{t("statusHeading")}</h2>
        <StatusForm pledgeId={pledge.id} status={pledge.status} />
        <h3>{t("history")}</h3>
        {pledge.history.length === 0 ? (
          <p className="muted">{t("noHistory")}</p>
        ) : (
          <ol data-testid="status-history">
            {pledge.history.map((h) => (
              <li key={h.id}>{t("historyEntry", { date: date(h.at), from: label(h.from), to: label(h.to), by: h.by ?? t("unknown"), reason: h.reason })}</li>
            ))}
          </ol>
        )}
      </section>

      <section className="panel">
        <h2>{t("milestones")}</h2>
        {pledge.milestones.length === 0 && <p className="muted">{t("noMilestones")}</p>}
        {pledge.milestones.map((m) => (
          <div key={m.id}>
            <h3>{m.title}</h3>
            {m.completedAt ? (
              <p data-testid={`milestone-${m.id}`}>
                {t("completed", { date: date(m.completedAt) })}{" "}
                {m.evidenceUrl ? (
                  <a href={m.evidenceUrl} rel="noopener noreferrer nofollow">
                    {m.evidenceUrl}
                  </a>
                ) : (
                  m.evidenceNote
                )}
              </p>
            ) : (
              <MilestoneForm milestone={m} />
            )}
          </div>
        ))}
      </section>

      {assess && (
        <section className="panel" aria-labelledby="assessment-heading">
          <h2 id="assessment-heading">{t("assessment")}</h2>
          {!periodOver ? (
            <p className="muted">{t("assessmentLater", { end: date(pledge.periodEnd) })}</p>
          ) : (
            <>
              <p className="hint">{t("assessmentHint")}</p>
              {versions.length ? <AssessmentHistory versions={versions} unit={pledge.unit} /> : null}
              <AssessmentForm pledgeId={pledge.id} current={versions[0] ?? null} today={new Date().toISOString().slice(0, 10)} />
            </>
          )}
        </section>
      )}

      {manage && (
        <>
          <section className="panel">
            <h2>{t("details")}</h2>
            <PledgeDetailsForm pledge={pledge} />
          </section>
          <section className="panel">
            <h2>{t("breakdown", { label: pledge.fieldLabel })}</h2>
            {pledge.fields.length === 0 && <p className="muted">{t("noFields", { label: pledge.fieldLabel })}</p>}
            {pledge.fields.map((f) => (
              <RenameFieldForm key={f.id} field={f} />
            ))}
            <AddFieldForm pledgeId={pledge.id} label={pledge.fieldLabel} />
          </section>
          <section className="panel">
            <h2>{t("plan")}</h2>
            <AnnualPlanForm pledge={pledge} />
          </section>
          <RhythmPanel pledgeId={pledge.id} locale={locale} />
        </>
      )}
    </>
  );
}
