import path from "node:path";
import { defineConfig } from "prisma/config";
import { createAdapter } from "./lib/db/adapter";
import { parseDatabaseUrl } from "./lib/db/url";

// The engine follows DATABASE_URL: file: → SQLite (default), postgres(ql):// → PostgreSQL.
const target = parseDatabaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", target.provider, "schema.prisma"),
  migrations: {
    path: path.join("prisma", target.provider, "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  async adapter() {
    return createAdapter(target, { forMigrations: true });
  },
});
