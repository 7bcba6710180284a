import { db } from "../lib/db";
import { ensureFirstAdmin } from "../lib/seed/admin";
import { rebuildRollups } from "../lib/rollups/rebuild";
import { seedReference } from "../lib/seed/reference";

async function main() {
  await seedReference(db);
  // Reference data may move a pledge's period: recompute the public rollups (quick on a small database).
  await db.$transaction((tx) => rebuildRollups(tx), { timeout: 600_000, maxWait: 10_000 });
  const admin = await ensureFirstAdmin(db, { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD });
  const pledges = await db.pledge.count();
  const countries = await db.country.count();
  console.log(`Seeded ${pledges} pledges and ${countries} countries (real progress starts at zero).`);
  if (admin?.generatedPassword) {
    console.log(
      `\n  First admin created: ${admin.email}\n  Password (shown once, change it after signing in): ${admin.generatedPassword}\n`,
    );
  } else if (admin) {
    console.log(`First admin created: ${admin.email} (password from ADMIN_PASSWORD).`);
  }
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
