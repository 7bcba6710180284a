import { ENGLISH_LABELS } from "@/lib/i18n/labels";
import type { PaceStatus } from "./pace";

export type Tone = "neutral" | "good" | "warn" | "bad" | "info";

/** Words for every status, so a badge never relies on color alone. */
export const PACE_STATUS_LABEL: Record<PaceStatus, { label: string; tone: Tone }> = {
  NOT_STARTED: { label: ENGLISH_LABELS.paceStatus.NOT_STARTED, tone: "neutral" },
  NO_DATA: { label: ENGLISH_LABELS.paceStatus.NO_DATA, tone: "neutral" },
  ON_TRACK: { label: ENGLISH_LABELS.paceStatus.ON_TRACK, tone: "good" },
  AT_RISK: { label: ENGLISH_LABELS.paceStatus.AT_RISK, tone: "warn" },
  OFF_TRACK: { label: ENGLISH_LABELS.paceStatus.OFF_TRACK, tone: "bad" },
  ACHIEVED: { label: ENGLISH_LABELS.paceStatus.ACHIEVED, tone: "good" },
  ENDED_SHORT: { label: ENGLISH_LABELS.paceStatus.ENDED_SHORT, tone: "warn" },
};

/** The status editors set (with a reason, kept in the pledge's history). */
export const PLEDGE_STATUS_LABEL: Record<string, { label: string; tone: Tone }> = {
  NOT_STARTED: { label: ENGLISH_LABELS.pledgeStatus.NOT_STARTED, tone: "neutral" },
  ON_TRACK: { label: ENGLISH_LABELS.pledgeStatus.ON_TRACK, tone: "good" },
  AT_RISK: { label: ENGLISH_LABELS.pledgeStatus.AT_RISK, tone: "warn" },
  OFF_TRACK: { label: ENGLISH_LABELS.pledgeStatus.OFF_TRACK, tone: "bad" },
  ACHIEVED: { label: ENGLISH_LABELS.pledgeStatus.ACHIEVED, tone: "good" },
  NOT_ACHIEVED: { label: ENGLISH_LABELS.pledgeStatus.NOT_ACHIEVED, tone: "bad" },
};

export const DELIVERY_STATUS_LABEL: Record<string, { label: string; tone: Tone }> = {
  PLANNED: { label: ENGLISH_LABELS.deliveryStatus.PLANNED, tone: "neutral" },
  IN_PROGRESS: { label: ENGLISH_LABELS.deliveryStatus.IN_PROGRESS, tone: "warn" },
  COMPLETED: { label: ENGLISH_LABELS.deliveryStatus.COMPLETED, tone: "good" },
};
