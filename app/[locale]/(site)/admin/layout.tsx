import { getTranslations } from "next-intl/server";
import { EditorMessages } from "@/components/auth/editor-messages";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { localizePath } from "@/lib/i18n/locales";
import { Link, redirect } from "@/lib/i18n/navigation";
import { readPageLocale } from "@/lib/i18n/params";

export const dynamic = "force-dynamic";

const LINKS = [
  { href: "/admin", label: "overview", permission: "update:create" },
  { href: "/admin/updates/new", label: "logProgress", permission: "update:create" },
  { href: "/admin/import", label: "import", permission: "update:import" },
  { href: "/admin/review", label: "review", permission: "update:review" },
  { href: "/admin/checks", label: "checks", permission: "pledge:check" },
  { href: "/admin/pledges", label: "pledges", permission: "pledge:status" },
  { href: "/admin/countries", label: "countries", permission: "country:manage" },
  { href: "/admin/users", label: "users", permission: "user:manage" },
  { href: "/admin/settings", label: "settings", permission: "settings:manage" },
  { href: "/admin/audit", label: "audit", permission: "audit:read" },
  { href: "/admin/data", label: "data", permission: "data:release" },
] as const;

export default async function AdminLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await readPageLocale(params);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: `/signin?callbackUrl=${encodeURIComponent(localizePath("/admin", locale))}`, locale });
  if (user.mustChangePassword) return redirect({ href: "/account/password", locale }); // pages and actions refuse it too (can(), authorize())
  const t = await getTranslations({ locale, namespace: "admin.nav" });
  return (
    <EditorMessages locale={locale}>
      <div className="admin">
        <nav aria-label={t("label")} className="admin-nav">
          {LINKS.filter((l) => can(user, l.permission)).map((l) => (
            <Link key={l.href} href={l.href}>
              {t(l.label)}
            </Link>
          ))}
        </nav>
        {children}
      </div>
    </EditorMessages>
  );
}
