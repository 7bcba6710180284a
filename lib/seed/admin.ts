import { generatePassword, hashPassword } from "../auth/password";
import type { Db } from "../db";

/**
 * On first run (no users yet) creates an admin from ADMIN_EMAIL / ADMIN_PASSWORD, or with a generated
 * password that is returned once so the caller can print it. Never a fixed default.
 */
export async function ensureFirstAdmin(
  db: Db,
  options: { email?: string; password?: string },
): Promise<{ email: string; generatedPassword?: string } | null> {
  if ((await db.user.count()) > 0) return null;
  const email = (options.email || "admin@localhost").trim().toLowerCase();
  const generatedPassword = options.password ? undefined : generatePassword();
  const password = options.password || generatedPassword!;
  if (password.length < 12) throw new Error("ADMIN_PASSWORD must be at least 12 characters long.");
  await db.user.create({
    data: { email, name: "Administrator", role: "ADMIN", passwordHash: await hashPassword(password) },
  });
  return { email, generatedPassword };
}
