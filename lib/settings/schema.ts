import { z } from "zod";

/** The deployment-wide settings an admin may change; the form sends a checkbox ("on" or absent). */
export const settingsSchema = z.object({
  allowSelfPublication: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { allowSelfPublication: false };
