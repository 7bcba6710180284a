import { db, Prisma, type Db, type Tx } from "@/lib/db";
import { lockRows } from "@/lib/db/locks";
import { DEFAULT_SETTINGS, type Settings } from "./schema";

/** The one settings row's id; no row means every default. */
export const SETTINGS_ID = 1;

/** The settings as stored, or the defaults. */
export async function readSettings(client: Db | Tx): Promise<Settings> {
  const row = await client.setting.findUnique({ where: { id: SETTINGS_ID }, select: { allowSelfPublication: true } });
  return row ?? DEFAULT_SETTINGS;
}

/**
 * The settings for a check-then-write: the row stays locked until the transaction ends (PostgreSQL; SQLite
 * transactions hold the one write lock already), so a change of the setting cannot commit between the check and
 * the write that relies on it. It waits instead, and applies to the next write.
 */
export async function readSettingsForWrite(tx: Tx): Promise<Settings> {
  await lockRows(tx, "settings", Prisma.sql`id = ${SETTINGS_ID}`);
  return readSettings(tx);
}

/** For the admin settings page. */
export const getSettings = () => readSettings(db);
