// Opt-in sample data: `npm run db:sample [-- --updates N --countries M --seed S]`, `npm run db:sample -- --remove`.
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { generateSampleData, removeSampleData } from "../lib/seed/sample";

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      updates: { type: "string" },
      countries: { type: "string" },
      seed: { type: "string" },
      remove: { type: "boolean", default: false },
    },
  });
  if (values.remove) {
    const removed = await removeSampleData(db);
    console.log(
      `Removed ${removed.updates} sample updates, ${removed.deliveries} sample delivery statuses and ${removed.changes} sample change-log entries; reset ${removed.milestones} milestones.`,
    );
    return;
  }
  const started = Date.now();
  const result = await generateSampleData(db, {
    updates: positiveInt("updates", values.updates),
    countries: positiveInt("countries", values.countries),
    seed: positiveInt("seed", values.seed),
    onProgress: (done, total) => {
      if (total >= 10_000 && done % 10_000 < 1000) process.stdout.write(`\r  ${done.toLocaleString("en")} / ${total.toLocaleString("en")}`);
    },
  });
  console.log(
    `\nAdded ${result.updates.toLocaleString("en")} SAMPLE updates over ${result.countries} countries in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
      "They are flagged as sample and labelled in the interface; remove them with `npm run db:sample -- --remove`.",
  );
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
