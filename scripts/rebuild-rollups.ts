// npm run db:rollups:rebuild — recomputes every public rollup from the source rows (after a restore or a manual fix).
// With --if-missing (run by `npm run db:migrate`): only when they are empty while public updates exist.
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { rebuildRollups, rebuildRollupsIfMissing } from "../lib/rollups/rebuild";

async function main() {
  const started = Date.now();
  const { values } = parseArgs({ options: { "if-missing": { type: "boolean", default: false } } });
  if (values["if-missing"]) {
    if (await rebuildRollupsIfMissing(db)) console.log(`Built the public rollups in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return;
  }
  await db.$transaction((tx) => rebuildRollups(tx), { timeout: 600_000, maxWait: 10_000 });
  console.log(`Rebuilt the public rollups in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
