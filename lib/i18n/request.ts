import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./messages";
import { routing } from "./routing";

// Dates are stored and shown as UTC calendar days everywhere (lib/iso-date.ts), in every language.
export const TIME_ZONE = "UTC";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, timeZone: TIME_ZONE, messages: await loadMessages(locale) };
});
