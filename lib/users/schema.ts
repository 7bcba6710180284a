import { z } from "zod";
import { validationMessage as v } from "@/lib/i18n/validation";
import { recordId } from "@/lib/validation";

export const ROLES = ["ADMIN", "EDITOR"] as const;

/** The one user schema; forms and the CLI derive from it. */
export const userSchema = z.object({
  email: z.email(v("user.email")).trim().toLowerCase(),
  name: z.string().trim().min(1, v("common.name")).max(120, v("user.nameMax")),
  role: z.enum(ROLES, v("user.role")),
});

export const createUserSchema = userSchema;
/** The account an admin acts on, as the users form posts it. */
export const userIdSchema = z.object({ userId: recordId(v("user.user")) });
export const changeRoleSchema = userSchema.pick({ role: true }).extend(userIdSchema.shape);

export const passwordSchema = z
  .string()
  .min(12, v("user.passwordMin"))
  .max(200, v("user.passwordMax"));

export type UserInput = z.infer<typeof userSchema>;
