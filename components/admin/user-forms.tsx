"use client";

import { createUserAction, updateUserAction } from "@/app/admin/users/actions";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";

function Secret({ value }: { value?: string }) {
  if (!value) return null;
  return (
    <p>
      <code data-testid="temporary-password">{value}</code>
    </p>
  );
}

export function CreateUserForm() {
  const { state, onSubmit, pending } = useFormSubmit(createUserAction, { resetOnSuccess: true });
  const e = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="form" aria-label="Create user">
      <label htmlFor="user-email">Email</label>
      <input id="user-email" name="email" type="email" {...describedBy("user-email-error", e.email)} />
      <FieldError id="user-email-error" errors={e.email} />
      <label htmlFor="user-name">Name</label>
      <input id="user-name" name="name" {...describedBy("user-name-error", e.name)} />
      <FieldError id="user-name-error" errors={e.name} />
      <label htmlFor="user-role">Role</label>
      <select id="user-role" name="role" defaultValue="EDITOR">
        <option value="EDITOR">Editor</option>
        <option value="ADMIN">Admin</option>
      </select>
      <FormMessage state={state} />
      <Secret value={state.secret} />
      <button type="submit" disabled={pending}>
        Create user
      </button>
    </form>
  );
}

export function UserRowForm({ user, self }: { user: { id: number; email: string; role: string; disabled: boolean }; self: boolean }) {
  const { state, onSubmit, pending } = useFormSubmit(updateUserAction);
  return (
    <form onSubmit={onSubmit} className="inline-form" aria-label={`Manage ${user.email}`}>
      <input type="hidden" name="userId" value={user.id} />
      <label htmlFor={`role-${user.id}`} className="visually-hidden">
        Role of {user.email}
      </label>
      <select id={`role-${user.id}`} name="role" defaultValue={user.role} key={user.role}>
        <option value="EDITOR">Editor</option>
        <option value="ADMIN">Admin</option>
      </select>
      <button type="submit" name="intent" value="role" className="secondary" disabled={pending}>
        Change role
      </button>
      {!self && (
        <button type="submit" name="intent" value={user.disabled ? "enable" : "disable"} className={user.disabled ? "secondary" : "danger"} disabled={pending}>
          {user.disabled ? "Enable" : "Disable"}
        </button>
      )}
      <button type="submit" name="intent" value="reset" className="secondary" disabled={pending}>
        Reset password
      </button>
      <FormMessage state={state} />
      <Secret value={state.secret} />
    </form>
  );
}
