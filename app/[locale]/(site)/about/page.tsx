import type { Metadata } from "next";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";
import { AT_RISK_RATIO, ON_TRACK_RATIO } from "@/lib/pace/pace";
import { readSourceFacts } from "@/lib/pledges/reading";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return buildPageMetadata({ locale: await readPageLocale(params), title: "How the numbers are computed", description: "How the tracker counts progress, pace and status from published updates.", path: "/about" });
}

const pct = (r: number) => `${Math.round(r * 100)}%`;

/** Static: the method does not depend on the data, so this page is prerendered. */
export default function AboutPage() {
  const facts = readSourceFacts();
  return (
    <article>
      <h1>How the numbers are computed</h1>
      <h2>What counts</h2>
      <p>
        Only published updates count, anywhere on the public site. Drafts, updates waiting for review and deleted updates
        never do. A correction replaces the published figure and the update says when it was corrected.
      </p>
      <h2>Value and percentage</h2>
      <ul>
        <li>Quantities (operations supported, personnel trained) are the sum of published updates.</li>
        <li>
          Countries are counted once each, whichever workstream or update reached them, and toward a developing-country target
          only when flagged developing. One function computes that count for the dashboard, the countries page, the CSV files and
          the API.
        </li>
        <li>Milestone pledges count completed milestones.</li>
        <li>Percent complete is the value counted toward the target divided by the target; it can exceed 100%.</li>
      </ul>
      <h2>Pace</h2>
      <p>
        <strong>Expected by now</strong> follows the pledge’s annual plan when it has one: each finished period year
        adds its planned amount, and the current year adds its plan in proportion to the time gone by. Without a plan,
        progress is expected to grow evenly over the period. Period year 1 is the first twelve months from the start of
        the period.
      </p>
      <p>
        <strong>Projected</strong> extends the rate achieved so far to the end of the period. Once the period has ended
        nothing is projected: the pages say &ldquo;Period ended on …&rdquo;, &ldquo;Expected by now&rdquo; becomes the{" "}
        <strong>Target</strong> and the projection becomes the <strong>Final value</strong>. Milestone pledges are not projected.
      </p>
      <p>
        <strong>Recurring targets</strong> (“each year”) are counted per year and field: each counts up to its own
        plan, so a surplus in one year cannot make up for another.
      </p>
      <h2>Pace status</h2>
      <ul>
        <li>On pace: at least {pct(ON_TRACK_RATIO)} of the expected progress, or projected to reach the target.</li>
        <li>Behind pace: between {pct(AT_RISK_RATIO)} and {pct(ON_TRACK_RATIO)} of it.</li>
        <li>Far behind pace: less than {pct(AT_RISK_RATIO)}.</li>
        <li>No published progress: nothing has been published yet, so there is nothing to judge.</li>
        <li>Target reached; or, once the period is over, short of the target (not assessed) until the final assessment.</li>
      </ul>
      <h2 id="record-states">No report, short, missed, met</h2>
      <p>Each year, each year and field, and each pledge says one of these, in words:</p>
      <ul>
        <li>
          <strong>No report</strong>: nothing has been published for it. Silence is not a failure: it is never shown as
          &ldquo;Missed&rdquo; or with a red cross.
        </li>
        <li>
          <strong>Short</strong>: published data fall short of the plan. It needs published data.
        </li>
        <li>
          <strong>Missed</strong>: the period year is over and an editor confirmed it (&ldquo;checked, nothing new&rdquo; for that
          year, recorded after it ended), or the final assessment did. A missed year stays missed.
        </li>
        <li>
          <strong>Met</strong>: the published value reaches the plan.
        </li>
      </ul>
      <h2 id="final-assessment">Final assessment</h2>
      <p>
        Once a pledge&apos;s period is over, an admin records a final assessment: achieved, partly achieved, not achieved, or
        cannot be assessed, with the final value, a note on the method, the sources, the date and who assessed it. It is public
        on the card, the pledge page, the CSV summary and the API, and it changes only through a correction with a reason; every
        earlier version stays public. Until there is one, the pages show the state computed from the data, worded as computed:
        for example &ldquo;Not assessed: no progress has been published&rdquo;.
      </p>
      <h2 id="our-reading">Our reading of the pledges</h2>
      <p>
        The speech does not define every term. These are the tracker&apos;s interpretations, not the speaker&apos;s words; each
        pledge page shows the ones that apply to it.
      </p>
      <ul>
        <li>
          <strong>The period</strong>: {facts.period.interpretation}, so it runs from {facts.period.start} to {facts.period.end},
          the last day included.
        </li>
        {facts.pledges
          .filter((p) => p.target_interpretation)
          .map((p) => (
            <li key={p.key}>
              <strong>
                {p.title} ({p.target.toLocaleString("en-GB")})
              </strong>
              : {p.target_interpretation}.
            </li>
          ))}
        <li>
          <strong>How countries count</strong>: toward &ldquo;100 developing countries&rdquo;, only countries flagged developing,
          each once. The default flag follows UN M49&apos;s former &ldquo;developed regions&rdquo; (Europe, Northern America, Japan,
          Australia, New Zealand are not developing); admins can change it per country. A reached country that is not flagged is
          listed as &ldquo;reached, not counted toward the target&rdquo;.
        </li>
      </ul>
      <p>
        Beside it, each pledge shows the status its editors set, with the reason for every change in its history.
      </p>
      <h2>The dashboard as it stood on any day</h2>
      <p>
        Add <code>?as_of=YYYY-MM-DD</code> to the overview, a pledge page, the countries, the updates feed, any CSV report
        or the JSON API (for example <a href="/?as_of=2021-03-12">/?as_of=2021-03-12</a>) to see the figures as the
        tracker published them at the end of that day (UTC): each update as it read then, before any later correction,
        and updates deleted since still counted. Updates published later are left out. Pace is measured at the end of that
        day, the status is the one editors had set by then, and milestones completed later show as not yet done.
      </p>
      <p>
        The pledge definitions (target, period and annual plan) are shown as they are defined today, because their edits
        are recorded in the change log rather than replayed here. Evidence links are today&apos;s, and delivery statuses
        changed after that day are left out. The monthly chart, the breakdowns and the map show today&apos;s figures only.
        Every page can copy a permalink to what it shows: as of the day chosen, or pinned to today.
      </p>
      <p>
        <a href="/">Back to the pledges</a>
      </p>
    </article>
  );
}
