// npm run db:documents:prune — deletes every orphan upload (a document never attached to an evidence item, older than a
// day) with its bytes, in batches of one transaction each. Uploads also prune a few each (lib/evidence/prune.ts).
import { db } from "../lib/db";
import { ORPHAN_AGE_MS, pruneOrphanDocuments } from "../lib/evidence/prune";

const BATCH = 100;

async function main() {
  const now = new Date();
  let total = 0;
  for (;;) {
    const { deleted } = await pruneOrphanDocuments({ now, limit: BATCH });
    total += deleted;
    if (deleted < BATCH) break;
  }
  console.log(`Deleted ${total} orphan upload${total === 1 ? "" : "s"} (never attached, older than ${ORPHAN_AGE_MS / 3_600_000} h).`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
