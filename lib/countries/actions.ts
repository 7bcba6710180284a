import { recordAudit } from "@/lib/audit/record";
import { recordDevelopingFlag } from "@/lib/changes/entries";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/permissions";
import { afterPublicChange } from "@/lib/cache";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseOrThrow, recordId } from "@/lib/validation";
import { z } from "zod";
import { validationMessage as v } from "@/lib/i18n/validation";

const developingSchema = z.object({
  countryId: recordId(),
  developing: z.stringbool().or(z.boolean()),
  /** The flag the page showed; a different current value means someone else changed it. */
  expected: z.stringbool().or(z.boolean()),
});

/** Sets a country's "developing" flag, which decides whether it counts towards the developing-country targets. */
export async function setCountryDeveloping(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(developingSchema, input);
  await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "country:manage");
    const { count } = await tx.country.updateMany({ where: { id: data.countryId, developing: data.expected }, data: { developing: data.developing } });
    if (count !== 1) {
      const current = await tx.country.findUnique({ where: { id: data.countryId } });
      if (!current) throw new NotFoundError(v("errors.noCountry"));
      throw new ConflictError(v("errors.countryStale"), [
        { field: "Developing", from: String(data.expected), to: String(current.developing) },
      ]);
    }
    await recordAudit(tx, { actorId: user.id, action: "country.developing", entityType: "country", entityId: data.countryId, before: { developing: data.expected }, after: { developing: data.developing } });
    await recordDevelopingFlag(tx, { countryId: data.countryId, before: data.expected, after: data.developing, actor: user });
    await bumpPublicVersion(tx);
  });
  afterPublicChange();
}
