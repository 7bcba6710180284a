/**
 * Which page to show of `total` rows: the page asked for, clamped to 1…pageCount (a page past the end shows the last
 * one), and the rows to skip. There is always at least one page, empty when nothing matches.
 */
export function resolvePage(options: { total: number; pageSize: number; requested?: number }): { page: number; pageCount: number; offset: number } {
  const pageCount = Math.max(1, Math.ceil(options.total / options.pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.requested ?? 1)), pageCount);
  return { page, pageCount, offset: (page - 1) * options.pageSize };
}
