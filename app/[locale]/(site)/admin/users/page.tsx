import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateUserForm, UserRowForm } from "@/components/admin/user-forms";
import { requirePageUser } from "@/lib/auth/session";
import { readPageLocale } from "@/lib/i18n/params";
import { listUsers } from "@/lib/users/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.users" });
  return { title: t("title") };
}

export default async function UsersPage({ params }: Props) {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.users" });
  const me = await requirePageUser("user:manage", "/admin/users");
  const users = await listUsers();
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="panel">
        <h2>{t("new")}</h2>
        <p className="hint">{t("newHint")}</p>
        <CreateUserForm />
      </section>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("user")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("state")}</th>
            <th scope="col">{t("manage")}</th>
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
              <td>{u.role === "ADMIN" ? t("roles.ADMIN") : t("roles.EDITOR")}</td>
              <td>
                {u.disabled ? t("disabled") : u.mustChangePassword ? t("temporary") : t("active")}
                {u.singleSignOnLinked && t("sso")}
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
