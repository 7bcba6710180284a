import { useTranslations } from "next-intl";
import type { EmbedSnippet } from "@/lib/embeds/pledge-page";

/**
 * "Embed this": the iframe snippet for the whole pledge and for each chart. Rendered on the server and opened with a
 * <details>, so it works on the script-free pledge page (lib/page-cache/script-free.ts): every snippet is shown in
 * its own read-only box to select and copy.
 */
export function EmbedThis({ snippets }: { snippets: EmbedSnippet[] }) {
  const t = useTranslations("pledges");
  return (
    <details className="no-print" data-testid="embed-this">
      <summary>{t("embed.summary")}</summary>
      <p>{t("embed.intro")}</p>
      {snippets.map((s, i) => (
        <label key={s.chart ?? "pledge"} style={{ display: "block", marginTop: "0.5rem" }}>
          {s.chart ? t("embed.chart", { chart: t(`charts.names.${s.chart}`) }) : t("embed.whole")}
          <textarea readOnly rows={3} value={s.html} style={{ width: "100%", fontFamily: "monospace" }} data-testid={i === 0 ? "embed-code" : undefined} />
        </label>
      ))}
    </details>
  );
}
