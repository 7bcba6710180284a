import { db } from "../lib/db";
import { ensureFirstAdmin } from "../lib/seed/admin";
import { rebuildRollupsIfMissing } from "../lib/rollups/rebuild";
import { seedReference } from "../lib/seed/reference";

async function main() {
  await seedReference(db);
  // Reference data never changes existing pledges; fill the rollups of a database that predates them.
  if (await rebuildRollupsIfMissing(db)) console.log("Built the public rollups from the existing updates.");
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
