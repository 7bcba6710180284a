import type { PaceStatus } from "./pace";

export type Tone = "neutral" | "good" | "warn" | "bad" | "info";

/** Words for every status, so a badge never relies on color alone. */
export const PACE_STATUS_LABEL: Record<PaceStatus, { label: string; tone: Tone }> = {
  NOT_STARTED: { label: "Period not started", tone: "neutral" },
  NO_DATA: { label: "No published progress", tone: "neutral" },
  ON_TRACK: { label: "On pace", tone: "good" },
  AT_RISK: { label: "Behind pace", tone: "warn" },
  OFF_TRACK: { label: "Far behind pace", tone: "bad" },
  ACHIEVED: { label: "Target reached", tone: "good" },
  ENDED_SHORT: { label: "Period over, short of the target (not assessed)", tone: "warn" },
};

/** The status editors set (with a reason, kept in the pledge's history). */
export const PLEDGE_STATUS_LABEL: Record<string, { label: string; tone: Tone }> = {
  NOT_STARTED: { label: "Not started", tone: "neutral" },
  ON_TRACK: { label: "On track", tone: "good" },
  AT_RISK: { label: "At risk", tone: "warn" },
  OFF_TRACK: { label: "Off track", tone: "bad" },
  ACHIEVED: { label: "Achieved", tone: "good" },
  NOT_ACHIEVED: { label: "Not achieved", tone: "bad" },
};

export const DELIVERY_STATUS_LABEL: Record<string, { label: string; tone: Tone }> = {
  PLANNED: { label: "Planned", tone: "neutral" },
  IN_PROGRESS: { label: "In progress", tone: "warn" },
  COMPLETED: { label: "Completed", tone: "good" },
};
