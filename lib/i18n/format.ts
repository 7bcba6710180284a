import type { Locale } from "./locales";

// English dates are written the British way ("25 Sept 2022"), as INTERPOL and the source article write them.
const FORMAT_TAGS: Record<Locale, string> = { en: "en-GB", fr: "fr", es: "es", ar: "ar", zh: "zh-Hans" };

/**
 * Numbers, percentages and dates in a language's own conventions (digits, separators, month names, ranges), through
 * Intl. UTC throughout, so the server and the browser agree and a stored day never shifts. Words for a missing value
 * ("never", "n/a") belong to the message catalogues, not here.
 */
export type Formats = {
  number: (value: number, options?: { maximumFractionDigits?: number }) => string;
  /** 12.5 → "12.5%" ("12,5 %" in French): takes a percentage, not a ratio. */
  percent: (value: number) => string;
  /** An ISO day or instant → "25 Sept 2017" in English. */
  date: (iso: string) => string;
  /** "2019-03" (or an ISO date) → "Mar 2019". */
  month: (month: string) => string;
  /** Two ISO days → "25 Sept 2017 – 25 Sept 2022", as the language writes a range. */
  period: (startIso: string, endIso: string) => string;
};

const cache = new Map<Locale, Formats>();

export function getFormats(locale: Locale): Formats {
  let formats = cache.get(locale);
  if (!formats) {
    formats = createFormats(locale);
    cache.set(locale, formats);
  }
  return formats;
}

function createFormats(locale: Locale): Formats {
  const tag = FORMAT_TAGS[locale];
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numbers.get(digits);
    if (!format) numbers.set(digits, (format = new Intl.NumberFormat(tag, { maximumFractionDigits: digits })));
    return format;
  };
  const percentWhole = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 });
  const percentTenth = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(tag, { month: "short", year: "numeric", timeZone: "UTC" });
  const toDate = (iso: string) => new Date(iso.length === 7 ? `${iso}-01T00:00:00.000Z` : iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
  return {
    number: (value, options = {}) => numberFormat(options.maximumFractionDigits ?? 1).format(value),
    percent: (value) => (value < 10 && value > 0 ? percentTenth : percentWhole).format(value / 100),
    date: (iso) => day.format(toDate(iso)),
    month: (value) => month.format(toDate(value)),
    period: (startIso, endIso) => day.formatRange(toDate(startIso), toDate(endIso)),
  };
}
