import type { Metadata } from "next";
import { CreateUserForm, UserRowForm } from "@/components/admin/user-forms";
import { requirePageUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser("user:manage", "/admin/users");
  const users = await listUsers();
  return (
    <>
      <h1>Users</h1>
      <section className="panel">
        <h2>New user</h2>
        <p className="hint">They get a temporary password, shown once here, and must choose their own at first sign-in.</p>
        <CreateUserForm />
      </section>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col">State</th>
            <th scope="col">Manage</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-testid={`user-${u.email}`}>
              <td>
                {u.name}
                <br />
                <span className="muted">{u.email}</span>
              </td>
              <td>{u.role === "ADMIN" ? "Admin" : "Editor"}</td>
              <td>
                {u.disabled ? "Disabled" : u.mustChangePassword ? "Temporary password" : "Active"}
                {u.singleSignOnLinked && " · single sign-on linked"}
              </td>
              <td>
                <UserRowForm user={u} self={u.id === me.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
