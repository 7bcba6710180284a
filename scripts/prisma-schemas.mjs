// Writes prisma/<provider>/schema.prisma from prisma/models.prisma, the single source of the data model.
// `--check` exits non-zero when a committed provider schema has drifted from models.prisma.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const providers = {
  sqlite: 'provider = "sqlite"\n  url      = "file:./placeholder.db"',
  postgresql: 'provider = "postgresql"\n  url      = "postgresql://placeholder@localhost/placeholder"',
};

export function renderSchema(provider) {
  const models = readFileSync(path.join(root, "prisma/models.prisma"), "utf8");
  return `// GENERATED from prisma/models.prisma by scripts/prisma-schemas.mjs. Do not edit.
// The url below is a placeholder required by the CLI; the driver adapter's DATABASE_URL is what connects.

generator client {
  provider   = "prisma-client"
  engineType = "client"
  output     = "../../lib/db/generated/${provider}"
}

datasource db {
  ${providers[provider]}
}

${models}`;
}

const check = process.argv.includes("--check");
let drifted = false;
for (const provider of Object.keys(providers)) {
  const file = path.join(root, "prisma", provider, "schema.prisma");
  const wanted = renderSchema(provider);
  if (check) {
    let actual = "";
    try { actual = readFileSync(file, "utf8"); } catch {}
    if (actual !== wanted) {
      drifted = true;
      console.error(`prisma/${provider}/schema.prisma is out of date: run npm run db:schemas`);
    }
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, wanted);
  }
}
process.exit(drifted ? 1 : 0);
