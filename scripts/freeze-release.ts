// npm run db:release -- --admin <email> — freezes the current public data as the next numbered release, as that admin
// would from /admin/data (same rule, audit and change-log entry: lib/open-data/releases.ts). For scheduled releases
// and the Lighthouse bench, whose pages include a release.
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { freezeDataRelease } from "../lib/open-data/releases";

async function main() {
  const { values } = parseArgs({ options: { admin: { type: "string" } } });
  if (!values.admin) throw new Error("Name the admin who freezes the release: --admin <email>");
  const user = await db.user.findUnique({
    where: { email: values.admin.toLowerCase() },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user) throw new Error(`No user has the email ${values.admin}`);
  const release = await freezeDataRelease(user);
  console.log(`Froze release ${release.number} (${release.version}, ${release.zipName}, ${release.zipBytes} bytes, sha256 ${release.sha256}).`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
