import { getTranslations } from "next-intl/server";
import { listCorroboratingSources } from "@/lib/announcements/queries";
import { getFormats } from "@/lib/i18n/format";
import styles from "./dashboard.module.css";
import { readRequestLocale } from "@/lib/i18n/params";

/**
 * Independent reports of the same speech, beside the seed article. Each line is labelled as our summary: it is never
 * set as a quotation. With `pledge`, only the reports that support that pledge.
 */
export async function CorroboratingSources({ pledge, headingLevel = 2 }: { pledge?: string; headingLevel?: 2 | 3 }) {
  const sources = (await listCorroboratingSources()).filter((s) => !pledge || s.supports.includes(pledge));
  if (!sources.length) return null;
  const locale = await readRequestLocale();
  const t = await getTranslations({ locale, namespace: "pledges.sources" });
  const { date } = getFormats(locale);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={styles.note} aria-labelledby={`sources-heading${pledge ? `-${pledge}` : ""}`} data-testid="corroborating-sources">
      <Heading id={`sources-heading${pledge ? `-${pledge}` : ""}`}>{t("heading")}</Heading>
      <ul>
        {sources.map((s) => {
          const when = s.publishedOn ? date(s.publishedOn) : t("dateNotShown");
          return (
            <li key={s.url}>
              <a href={s.url} rel="noopener noreferrer nofollow">
                {s.title}
              </a>{" "}
              {s.author ? t("bylineAuthor", { publisher: s.publisher, author: s.author, date: when }) : t("byline", { publisher: s.publisher, date: when })}{" "}
              <span>{t.rich("summary", { summary: s.summary, strong: (c) => <strong>{c}</strong> })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
