import { Prisma, provider } from "./index";

/** `YYYY-MM` of a DateTime column, portably: SQLite stores ISO text, PostgreSQL a timestamp. */
export function sqlMonthOf(column: string): Prisma.Sql {
  return provider === "sqlite" ? Prisma.raw(`substr(${column}, 1, 7)`) : Prisma.raw(`to_char(${column}, 'YYYY-MM')`);
}

/** Raw aggregates come back as bigint (counts) or number; the app wants numbers. */
export function toNumber(value: unknown): number {
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return value;
  if (value === null || value === undefined) return 0;
  return Number(value);
}

/** `YYYY-MM-DD` (UTC) of a DateTime column, portably. */
export function sqlDayOf(column: string): Prisma.Sql {
  return provider === "sqlite" ? Prisma.raw(`substr(${column}, 1, 10)`) : Prisma.raw(`to_char(${column}, 'YYYY-MM-DD')`);
}

// SQLite stores DateTime as ISO text with "+00:00"; comparisons are textual, so parameters must match that form.
export function sqlDate(date: Date): Date | string {
  return provider === "sqlite" ? date.toISOString().replace("Z", "+00:00") : date;
}
