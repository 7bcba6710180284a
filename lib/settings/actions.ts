import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseOrThrow } from "@/lib/validation";
import { readSettingsForWrite, SETTINGS_ID } from "./queries";
import { settingsSchema } from "./schema";

/** Changes the deployment-wide settings (admins only), audited with the values before and after. */
export async function updateSettings(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(settingsSchema, input);
  return db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "settings:manage");
    const before = await readSettingsForWrite(tx);
    await tx.setting.upsert({ where: { id: SETTINGS_ID }, create: { id: SETTINGS_ID, ...data }, update: data });
    await recordAudit(tx, { actorId: user.id, action: "settings.update", entityType: "settings", entityId: SETTINGS_ID, before, after: data });
    return data;
  });
}
