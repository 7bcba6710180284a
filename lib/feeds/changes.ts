import { describeFieldChange, findChangeSubjectPath, KIND_LABELS, labelChangeReason } from "@/lib/changes/labels";
import type { ChangeEntry } from "@/lib/changes/queries";
import { absoluteUrl } from "@/lib/open-data/live";
import { buildTagId, escapeHtml, type AtomEntry } from "./atom";

/**
 * A public change-log entry as an Atom entry: its summary, the field-level before → after, the reason, and a link to
 * its permalink. The log holds only public values, so nothing here needs filtering again.
 */
export function toChangeEntry(c: ChangeEntry): AtomEntry {
  const subject = findChangeSubjectPath(c);
  const context = [KIND_LABELS[c.kind], c.isSample ? "Sample data" : null, c.pledge?.title].filter(Boolean).join(" · ");
  const content = [
    `<p><strong>${escapeHtml(context)}</strong></p>`,
    c.diff.length ? `<ul>${c.diff.map((d) => `<li>${escapeHtml(describeFieldChange(d))}</li>`).join("")}</ul>` : "",
    c.reason ? `<p>${labelChangeReason(c.kind)}: ${escapeHtml(c.reason)}</p>` : "",
    subject ? `<p><a href="${escapeHtml(absoluteUrl(subject))}">Its public record</a></p>` : "",
  ].join("");
  const date = new Date(c.createdAt);
  return {
    id: buildTagId(`change/${c.id}`),
    title: c.summary,
    link: absoluteUrl(`/changes/${c.id}`),
    updated: date,
    published: date,
    description: context,
    content,
    author: c.actorName,
    category: [{ term: `change-${c.kind.toLowerCase()}`, name: KIND_LABELS[c.kind] }, ...(c.pledge ? [{ term: c.pledge.slug, name: c.pledge.title }] : [])],
  };
}
