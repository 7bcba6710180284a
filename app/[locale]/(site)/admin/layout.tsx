import Link from "next/link";
import { redirect } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

const LINKS = [
  { href: "/admin", label: "Overview", permission: "update:create" },
  { href: "/admin/updates/new", label: "Log progress", permission: "update:create" },
  { href: "/admin/import", label: "Import CSV", permission: "update:import" },
  { href: "/admin/review", label: "Review", permission: "update:review" },
  { href: "/admin/checks", label: "Checks", permission: "pledge:check" },
  { href: "/admin/pledges", label: "Pledges", permission: "pledge:status" },
  { href: "/admin/countries", label: "Countries", permission: "country:manage" },
  { href: "/admin/users", label: "Users", permission: "user:manage" },
  { href: "/admin/settings", label: "Settings", permission: "settings:manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:read" },
  { href: "/admin/data", label: "Data releases", permission: "data:release" },
] as const;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/admin");
  if (user.mustChangePassword) redirect("/account/password"); // pages and actions refuse it too (can(), authorize())
  return (
    <div className="admin">
      <nav aria-label="Admin" className="admin-nav">
        {LINKS.filter((l) => can(user, l.permission)).map((l) => (
          <Link key={l.href} href={l.href}>
            {l.label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
