"use client";

import { useId, useState } from "react";

/** "Embed this": the iframe snippet for the whole pledge or one chart, with a copy button. */
export function EmbedThis({ snippets }: { snippets: { label: string; html: string }[] }) {
  const [choice, setChoice] = useState(0);
  const [copied, setCopied] = useState(false);
  const id = useId();
  const html = snippets[choice].html;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(html);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard access: the text stays selectable
    }
  };
  return (
    <details className="no-print" data-testid="embed-this">
      <summary>Embed this</summary>
      <p>Paste this HTML into your page: the chart keeps itself up to date and its height adjusts to its content.</p>
      <label htmlFor={`${id}-what`}>What to embed </label>
      <select id={`${id}-what`} value={choice} onChange={(e) => { setChoice(Number(e.target.value)); setCopied(false); }}>
        {snippets.map((s, i) => (
          <option key={s.label} value={i}>{s.label}</option>
        ))}
      </select>
      <label htmlFor={`${id}-code`} className="visually-hidden">Embed code</label>
      <textarea id={`${id}-code`} readOnly rows={4} value={html} style={{ width: "100%", fontFamily: "monospace" }} onFocus={(e) => e.currentTarget.select()} data-testid="embed-code" />
      <button type="button" onClick={copy}>Copy embed code</button> <span aria-live="polite">{copied ? "Copied." : ""}</span>
    </details>
  );
}
