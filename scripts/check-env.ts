import { validateEnv } from "../lib/env";

try {
  validateEnv(process.env, { production: true });
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
