import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminHome() {
  const user = await requirePageUser("update:create");
  return (
    <>
      <h1>Admin</h1>
      <p>
        Signed in as <strong>{user.name}</strong> ({user.role.toLowerCase()}).
      </p>
    </>
  );
}
