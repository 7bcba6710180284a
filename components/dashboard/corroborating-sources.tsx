import { formatDate } from "@/components/ui/format";
import { listCorroboratingSources } from "@/lib/announcements/queries";
import styles from "./dashboard.module.css";

/**
 * Independent reports of the same speech, beside the seed article. Each line is labelled as our summary: it is never
 * set as a quotation. With `pledge`, only the reports that support that pledge.
 */
export async function CorroboratingSources({ pledge, headingLevel = 2 }: { pledge?: string; headingLevel?: 2 | 3 }) {
  const sources = (await listCorroboratingSources()).filter((s) => !pledge || s.supports.includes(pledge));
  if (!sources.length) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={styles.note} aria-labelledby={`sources-heading${pledge ? `-${pledge}` : ""}`} data-testid="corroborating-sources">
      <Heading id={`sources-heading${pledge ? `-${pledge}` : ""}`}>Other reports of the same speech</Heading>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noopener noreferrer nofollow">
              {s.title}
            </a>{" "}
            — {s.publisher}
            {s.author ? `, ${s.author}` : ""}
            {s.publishedOn ? `, ${formatDate(s.publishedOn)}` : ", date not shown"}.{" "}
            <span>
              <strong>Our summary</strong> (not a quotation): {s.summary}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
