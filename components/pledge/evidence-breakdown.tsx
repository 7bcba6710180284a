import { formatNumber } from "@/components/ui/format";
import { getEvidenceBreakdown } from "@/lib/evidence/breakdown";
import { LEVEL_LABELS } from "@/lib/evidence/level";

/** "Of 1,240 officers trained: 900 corroborated, 340 self-reported": how strong the evidence behind the value is. */
export async function EvidenceBreakdown({ pledge }: { pledge: { id: number; measure: string; unit: string; value: number } }) {
  const shares = await getEvidenceBreakdown(pledge.id, pledge.measure);
  if (!shares.length) return null;
  return (
    <p data-testid="evidence-breakdown">
      <strong>Evidence behind the figure.</strong> Of {formatNumber(pledge.value)} {pledge.measure === "DISTINCT_COUNTRIES" ? "countries" : pledge.unit}:{" "}
      {shares.map((s) => `${formatNumber(s.value)} ${LEVEL_LABELS[s.level].toLowerCase()}`).join(", ")}.
    </p>
  );
}
