// Loaded at runtime with tsx (see e2e/fixtures.ts): Playwright's own transform cannot load the generated Prisma client.
import { randomUUID } from "node:crypto";
import { db, type Role } from "@/lib/db";
import { provisionUser } from "@/lib/users/actions";

export async function seedUser(role: Role) {
  const tag = randomUUID().slice(0, 8);
  const email = `${role.toLowerCase()}-${tag}@e2e.test`;
  const name = `${role === "ADMIN" ? "Admin" : "Editor"} ${tag}`;
  const { id, temporaryPassword } = await provisionUser({ email, role, name });
  await db.user.update({ where: { id }, data: { mustChangePassword: false } });
  return { id, email, password: temporaryPassword, name, role };
}

export async function disableUser(id: number) {
  await db.user.update({ where: { id }, data: { disabled: true } });
}

// Command line: node --import tsx e2e/support/seed.ts <command> '<json args>' → prints the JSON result.
const commands: Record<string, (args: never) => Promise<unknown>> = {
  seedUser: ({ role }: { role: Role }) => seedUser(role),
  disableUser: ({ id }: { id: number }) => disableUser(id),
};

const [command, json] = process.argv.slice(2);
if (command) {
  commands[command](JSON.parse(json ?? "{}") as never)
    .then((result) => process.stdout.write(JSON.stringify(result ?? null)))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
