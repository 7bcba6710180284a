/**
 * A message with a value only the browser knows (the day in the URL, an error's digest), for client components that
 * get their words from the server as plain props rather than through next-intl's client provider (about 12 kB of
 * script). The server formats the message around a slot and hands over the parts; the browser puts the value between
 * them. The value stays a plain string argument of the ICU message, so every language places it where it belongs.
 */
const SLOT = "\u0000";

/** The message's text around its one string argument: `format` is e.g. `(day) => t("publishedOn", { day })`. */
export const splitAroundSlot = (format: (slot: string) => string): string[] => format(SLOT).split(SLOT);

/** The message with `value` in its slot. */
export const fillSlot = (parts: readonly string[], value: string): string => parts.join(value);
