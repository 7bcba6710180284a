// One Date reused for every conversion. Next.js replaces the global Date with a wrapper that constructs through
// Reflect.construct with itself as new.target, and each such `new Date` leaves garbage in V8's old space, which
// only full collections free: a million-row export constructing two Dates a row grew the server's old space by
// ~95 MB before one ran (peak RSS 290 MB; 187 MB without them). setTime and Date.parse are not wrapped.
const scratch = new Date(0);

/**
 * A date as ISO 8601 UTC text (`2019-03-01T10:20:30.000Z`), from a Date or anything `new Date` reads (SQLite's
 * ISO text with "+00:00", for one). Throws a RangeError for an invalid date, as `toISOString` does.
 */
export function formatIsoDateTime(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  scratch.setTime(Date.parse(String(value)));
  return scratch.toISOString();
}
