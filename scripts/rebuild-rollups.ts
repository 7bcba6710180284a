// npm run db:rollups:rebuild — recomputes every public rollup from the source rows (after a restore or a manual fix).
import { db } from "../lib/db";
import { rebuildRollups } from "../lib/rollups/rebuild";

async function main() {
  const started = Date.now();
  await db.$transaction((tx) => rebuildRollups(tx), { timeout: 600_000, maxWait: 10_000 });
  console.log(`Rebuilt the public rollups in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
