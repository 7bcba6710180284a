import { NextResponse } from "next/server";
import { HttpError } from "@/lib/http/errors";
import { createCatalogueTranslator } from "@/lib/i18n/catalogue";
import { LOCALE_TAGS, textDirection, type Locale } from "@/lib/i18n/locales";
import ar from "@/lib/i18n/messages/ar/common.json";
import en from "@/lib/i18n/messages/en/common.json";
import es from "@/lib/i18n/messages/es/common.json";
import fr from "@/lib/i18n/messages/fr/common.json";
import zh from "@/lib/i18n/messages/zh/common.json";
import { AS_OF_PARAM, readAsOf, type AsOf, type AsOfReading } from "./day";

/** `as_of` from a CSV or API request's query: a bad or future day is a 400 in the one error shape, naming it. */
export function requireAsOf(params: URLSearchParams, now: Date = new Date()): AsOf | null {
  const reading = readAsOf(params.get(AS_OF_PARAM), now);
  if (!reading.ok) throw new HttpError(400, "invalid_parameter", `Invalid query parameter: ${AS_OF_PARAM}. ${reading.message}`, { [AS_OF_PARAM]: [reading.message] });
  return reading.asOf;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The proxy answers before any page renders, so it reads the catalogue itself, without React.
const getCommon = createCatalogueTranslator({ namespace: "common", catalogues: { en, fr, es, ar, zh } });

type BadAsOf = { reading: Extract<AsOfReading, { ok: false }>; todayHref: string; locale: Locale };

/**
 * The page a bad `as_of` gets, in the page's language: a real 400 (a Next.js page cannot set its status), answered by
 * the proxy before the page renders, so no cache keeps it. Plain HTML with a way back to today's page.
 */
export function renderBadAsOfPage({ reading, todayHref, locale }: BadAsOf): NextResponse {
  const t = getCommon(locale);
  const code = (chunks: string) => `<code>${chunks}</code>`;
  const html = `<!doctype html><html lang="${LOCALE_TAGS[locale]}" dir="${textDirection(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t("badDate.title", { param: AS_OF_PARAM }))}</title><meta name="robots" content="noindex"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>${escapeHtml(t("badDate.heading"))}</h1>
<p role="alert">${escapeHtml(reading.reason === "future" ? t("badDate.future", { param: AS_OF_PARAM, today: reading.today }) : t("badDate.format", { param: AS_OF_PARAM }))}</p>
<p>${t.markup("badDate.explanation", { param: AS_OF_PARAM, example: "?as_of=2021-03-12", code })}</p>
<p><a href="${escapeHtml(todayHref)}">${escapeHtml(t("badDate.today"))}</a></p></main></body></html>`;
  return new NextResponse(html, { status: 400, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
