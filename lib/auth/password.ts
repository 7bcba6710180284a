import { randomBytes } from "node:crypto";
import { hash, parseOptions, verify, type Algorithm } from "@node-rs/argon2";

/** argon2id at OWASP's recommended minimum (m=19 MiB, t=2, p=1), set here rather than left to the library's defaults. */
export const PASSWORD_HASH_PARAMS = {
  algorithm: 2 as Algorithm.Argon2id, // a const enum in the typings, which isolated modules cannot read
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with other parameters than PASSWORD_HASH_PARAMS (rehash it at the next sign-in). */
export function needsRehash(passwordHash: string): boolean {
  try {
    const stored = parseOptions(passwordHash);
    return (Object.keys(PASSWORD_HASH_PARAMS) as (keyof typeof PASSWORD_HASH_PARAMS)[]).some((k) => stored[k] !== PASSWORD_HASH_PARAMS[k]);
  } catch {
    return true;
  }
}

/** A random password for first-run admins and new users: 20 URL-safe characters. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
