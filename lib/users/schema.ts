import { z } from "zod";
import { recordId } from "@/lib/validation";

export const ROLES = ["ADMIN", "EDITOR"] as const;

/** The one user schema; forms and the CLI derive from it. */
export const userSchema = z.object({
  email: z.email("Enter a valid email address.").trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter a name.").max(120, "Keep the name under 120 characters."),
  role: z.enum(ROLES, "Choose admin or editor."),
});

export const createUserSchema = userSchema;
/** The account an admin acts on, as the users form posts it. */
export const userIdSchema = z.object({ userId: recordId("Choose a user.") });
export const changeRoleSchema = userSchema.pick({ role: true }).extend(userIdSchema.shape);

export const passwordSchema = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(200, "Use at most 200 characters.");

export type UserInput = z.infer<typeof userSchema>;
