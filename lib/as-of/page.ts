import { AS_OF_PARAM, readAsOf, type AsOf } from "./day";

/**
 * `?as_of=` as a public page reads it: a valid day, or null for today's page. The proxy answers a bad or future one
 * with a 400 before the page renders; should one get through, the page fails rather than show today's figures.
 */
export function readPageAsOf(params: Record<string, string | string[] | undefined>): AsOf | null {
  const reading = readAsOf(params[AS_OF_PARAM]);
  if (!reading.ok) throw new Error(reading.message);
  return reading.asOf;
}
