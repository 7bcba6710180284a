// npm run user:create -- --email someone@example.org --role admin|editor [--name "A Name"] [--reset]
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { ValidationError } from "../lib/errors";
import { provisionUser } from "../lib/users/actions";
import { formatFieldErrors, formatValidationMessage } from "../lib/i18n/validation";

const USAGE = 'Usage: npm run user:create -- --email someone@example.org --role admin|editor [--name "A Name"] [--reset]';

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, reset: { type: "boolean", default: false } },
  });
  const role = values.role?.toUpperCase();
  if (!values.email || (role !== "ADMIN" && role !== "EDITOR")) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const result = await provisionUser({ email: values.email, role, name: values.name }, { reset: values.reset });
  console.log(
    `${result.created ? "Created" : "Reset"} ${role.toLowerCase()} ${values.email.trim().toLowerCase()}.\n` +
      `Temporary password (shown once; it must be changed at first sign-in): ${result.temporaryPassword}`,
  );
}

main()
  .catch((error) => {
    if (error instanceof ValidationError) console.error(Object.values(formatFieldErrors(error.fields ?? {})).flat().join("\n") || formatValidationMessage(error.message));
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
