import { createHash } from "node:crypto";
import fc from "fast-check";
import { expect } from "vitest";
import { settleRefusals } from "@/lib/audit/refusals";
import { db, provider } from "@/lib/db";
import { toFormState } from "@/lib/form-state";
import { HttpError } from "@/lib/http/errors";

/**
 * The fuzz budget: a fixed seed and a bounded number of runs per property, so CI is repeatable and quick.
 * FUZZ_RUNS raises the count locally; FUZZ_SEED replays another seed (a failure prints the seed and path to replay).
 */
export const FUZZ = {
  seed: Number(process.env.FUZZ_SEED ?? 20170926),
  numRuns: Number(process.env.FUZZ_RUNS ?? 40),
};
export const fuzzOptions = (scale = 1) => ({ seed: FUZZ.seed, numRuns: Math.max(5, Math.round(FUZZ.numRuns * scale)), endOnFailure: true });

/** Text an attacker or a confused user could type: edge numbers and dates, markup, control characters, huge input. */
const NASTY_TEXT = [
  "", " ", "0", "-0", "-1", "1.5", "1e309", "-1e309", "NaN", "Infinity", "0x1F", "1_000", "9007199254740993", "2147483648",
  "2019-06-01", "2019-02-29", "2019-02-30", "0000-01-01", "9999-12-31", "2019-6-1", "2019-06-01T00:00:00Z",
  "2019-06-01T00:00:00.000Z", "2019-13-01T25:61:00Z", "true", "false", "null", "undefined", "[]", "{}", "__proto__",
  "constructor", "<script>alert(1)</script>", "' OR 1=1 --", "\"", "\\", "\u0000", "\u202e", "😀", "a\r\nb",
  "=cmd|' /C calc'!A0", "https://example.org/x", "javascript:alert(1)", "http://[::1", "ADMIN", "EDITOR", "DRAFT",
  "PUBLISHED", "publish", "return", "LINK", "CITATION", "on", "off", "1", "2", "3", "x".repeat(5001),
];

/** Limits of the storage: 32-bit ids and versions, and the years a database can hold. */
export const BOUNDARIES = [
  "2147483647", "2147483648", "-2147483649", "4294967296", "0000-01-01", "0001-01-01", "9998-12-31", "9999-12-31",
  "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1969-12-31", "2038-01-19T03:14:08Z",
];

export const nastyText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...BOUNDARIES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
);

/** What a form field can carry: text, or (from a crafted multipart request) a file. */
export const formValue: fc.Arbitrary<FormDataEntryValue> = fc.oneof(
  { weight: 9, arbitrary: nastyText },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 20 }).map((bytes) => new File([bytes], "x.bin")) },
);

/** Any JSON-ish value a caller of a data-layer function could pass. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyText },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, 0, -1, 1, NaN, Infinity, 2 ** 53, [], {}) },
);

/** Records over the given keys with arbitrary values (keys may be missing), and valid records with one key spoiled. */
export function inputs(keys: readonly string[], valid: () => Record<string, unknown>, value: fc.Arbitrary<unknown> = anyValue) {
  const record = fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
  const spoiled = fc.tuple(fc.constantFrom(...keys), value).map(([key, v]) => ({ ...valid(), [key]: v }));
  return fc.oneof(record, spoiled, fc.constant(null).map(() => valid()));
}

/** A FormData from [name, value] pairs (names may repeat, as checkboxes and list fields do). */
export function toFormData(entries: [string, FormDataEntryValue][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

export const formEntries = (names: readonly string[]) =>
  fc.array(fc.tuple(fc.constantFrom(...names), formValue), { maxLength: 14 }) as fc.Arbitrary<[string, FormDataEntryValue][]>;

const REFUSAL_AUDIT_ACTIONS = ["access.refused", "user.change-password.failure", "user.change-password.lockout"];

const REPLACER = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

/** Every table's rows, order-independent, as one digest per table: equal digests mean byte-for-byte equal data. */
export async function digestDatabase(): Promise<Record<string, string>> {
  const tables =
    provider === "sqlite"
      ? await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      : await db.$queryRawUnsafe<{ name: string }[]>("SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    // The writes a refusal is meant to make: its own audit row (lib/audit/refusals.ts), and a throttled action's
    // attempt counter and failure/lockout audit rows (a wrong current password counts toward the pause).
    if (name === "rate_limits") continue;
    const where = name === "audit_log" ? ` WHERE action NOT IN (${REFUSAL_AUDIT_ACTIONS.map((a) => `'${a}'`).join(", ")})` : "";
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"${where}`);
    const lines = rows.map((row) => JSON.stringify(row, REPLACER)).sort();
    digest[name] = `${rows.length}:${createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16)}`;
  }
  return digest;
}

export type Outcome = "accepted" | "refused";

/**
 * Runs one call of an action. Success is fine. A refusal must be a typed error that a form can show (toFormState
 * rethrows anything else, which would be a 500) with a message, and must leave every table as it was.
 */
export async function expectCleanOutcome(call: () => Promise<unknown>): Promise<Outcome> {
  const before = await digestDatabase();
  try {
    await call();
    return "accepted";
  } catch (error) {
    const state = toFormState(error);
    expect(state.message, "a refusal explains itself").toMatch(/\S/);
    expect(error instanceof HttpError && error.status < 500).toBe(true);
    await settleRefusals();
    expect(await digestDatabase(), "a refused call leaves the database unchanged").toEqual(before);
    return "refused";
  }
}

/** Counts outcomes, so a property whose inputs are all refused (and so test nothing beyond validation) is noticed. */
export function createTally() {
  const counts: Record<Outcome, number> = { accepted: 0, refused: 0 };
  return {
    async run(call: () => Promise<unknown>) {
      counts[await expectCleanOutcome(call)]++;
    },
    counts,
  };
}

/** A form case: arbitrary fields, or the valid form with one field replaced or one extra field added. */
export type FormCase = { entries?: [string, FormDataEntryValue][]; set?: [string, FormDataEntryValue]; add?: [string, FormDataEntryValue] };
export const formCases = (names: readonly string[]): fc.Arbitrary<FormCase> =>
  fc.oneof(
    formEntries(names).map((entries) => ({ entries })),
    fc.tuple(fc.constantFrom(...names), formValue).map((set) => ({ set })),
    fc.tuple(fc.constantFrom(...names), formValue).map((add) => ({ add })),
    fc.constant({}),
  );

/** Builds the case's FormData from the valid entries of the moment (ids and versions are read just before). */
export function buildForm(formCase: FormCase, valid: [string, FormDataEntryValue][]): FormData {
  if (formCase.entries) return toFormData(formCase.entries);
  const entries = formCase.set ? valid.map(([k, v]) => [k, k === formCase.set![0] ? formCase.set![1] : v] as [string, FormDataEntryValue]) : [...valid];
  if (formCase.add) entries.push(formCase.add);
  return toFormData(entries);
}

/** The same for plain objects, the shape the app's actions pass with form.get(key) per key. */
export type ObjectCase = { object?: Record<string, unknown>; set?: [string, unknown] };
export const objectCases = (keys: readonly string[], value: fc.Arbitrary<unknown> = anyValue): fc.Arbitrary<ObjectCase> =>
  fc.oneof(
    fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] }).map((object) => ({ object: object as Record<string, unknown> })),
    fc.tuple(fc.constantFrom(...keys), value).map((set) => ({ set })),
    fc.constant({}),
  );

export const buildObject = (objectCase: ObjectCase, valid: Record<string, unknown>) =>
  objectCase.object ?? (objectCase.set ? { ...valid, [objectCase.set[0]]: objectCase.set[1] } : valid);
