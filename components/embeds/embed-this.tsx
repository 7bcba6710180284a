/**
 * "Embed this": the iframe snippet for the whole pledge and for each chart. Rendered on the server and opened with a
 * <details>, so it works on the script-free pledge page (lib/page-cache/script-free.ts): every snippet is shown in
 * its own read-only box to select and copy.
 */
export function EmbedThis({ snippets }: { snippets: { label: string; html: string }[] }) {
  return (
    <details className="no-print" data-testid="embed-this">
      <summary>Embed this</summary>
      <p>Paste this HTML into your page: the chart keeps itself up to date and its height adjusts to its content.</p>
      {snippets.map((s, i) => (
        <label key={s.label} style={{ display: "block", marginTop: "0.5rem" }}>
          {s.label}
          <textarea readOnly rows={3} value={s.html} style={{ width: "100%", fontFamily: "monospace" }} data-testid={i === 0 ? "embed-code" : undefined} />
        </label>
      ))}
    </details>
  );
}
