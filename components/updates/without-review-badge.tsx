import { Badge } from "@/components/ui/badge";

/** The public mark of an update its own author published (allowed only by the self-publication setting). */
export function WithoutReviewBadge({ update }: { update: { selfPublished: boolean } }) {
  if (!update.selfPublished) return null;
  return (
    <span data-testid="without-review" title="Its author published it; no second person reviewed it.">
      <Badge tone="warn" label="Published without independent review" />
    </span>
  );
}
