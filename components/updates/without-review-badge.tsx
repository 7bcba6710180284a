import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** The public mark of an update its own author published (allowed only by the self-publication setting). */
export function WithoutReviewBadge({ update }: { update: { selfPublished: boolean } }) {
  const t = useTranslations("public.updateList");
  if (!update.selfPublished) return null;
  return (
    <span data-testid="without-review" title={t("withoutReviewTitle")}>
      <Badge tone="warn" label={t("withoutReview")} />
    </span>
  );
}
