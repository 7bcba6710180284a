import { NextResponse } from "next/server";
import { HttpError } from "@/lib/http/errors";
import { AS_OF_PARAM, readAsOf, type AsOf } from "./day";

/** `as_of` from a CSV or API request's query: a bad or future day is a 400 in the one error shape, naming it. */
export function requireAsOf(params: URLSearchParams, now: Date = new Date()): AsOf | null {
  const reading = readAsOf(params.get(AS_OF_PARAM), now);
  if (!reading.ok) throw new HttpError(400, "invalid_parameter", `Invalid query parameter: ${AS_OF_PARAM}. ${reading.message}`, { [AS_OF_PARAM]: [reading.message] });
  return reading.asOf;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page a bad `as_of` gets: a real 400 (a Next.js page cannot set its status), answered by the proxy before the
 * page renders, so no cache keeps it. Plain HTML with a way back to today's page.
 */
export function renderBadAsOfPage(message: string, todayHref: string): NextResponse {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bad date: as_of</title><meta name="robots" content="noindex"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>This date cannot be shown</h1>
<p role="alert">${escapeHtml(message)}</p>
<p>The <code>as_of</code> parameter takes a day that has begun, written YYYY-MM-DD (for example <code>?as_of=2021-03-12</code>), and shows the figures as the tracker published them at the end of that day (UTC).</p>
<p><a href="${escapeHtml(todayHref)}">See this page as it is today</a></p></main></body></html>`;
  return new NextResponse(html, { status: 400, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
