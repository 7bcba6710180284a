import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type * as Seed from "./seed";

const run = promisify(execFile);

export type SeedCommands = typeof Seed.commands;

/**
 * Runs one seed command (e2e/support/seed.ts) against the e2e server's database, in a tsx child process because
 * Playwright's transform cannot load the generated Prisma client. playwright.config.ts points DATABASE_URL there.
 */
export async function runSeed<K extends keyof SeedCommands>(
  command: K,
  args: Parameters<SeedCommands[K]>[0],
): Promise<Awaited<ReturnType<SeedCommands[K]>>> {
  const script = path.join(__dirname, "seed.ts");
  // Another process (the server, a parallel worker) may hold SQLite's write lock at that moment: try again.
  for (let attempt = 1; ; attempt++) {
    try {
      const { stdout } = await run(process.execPath, ["--import", "tsx", script, command, JSON.stringify(args)], { env: process.env });
      return JSON.parse(stdout);
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}
