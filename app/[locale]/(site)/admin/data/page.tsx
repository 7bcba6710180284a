import type { Metadata } from "next";
import Link from "next/link";
import { FreezeReleaseForm } from "@/components/open-data/freeze-release-form";
import { requirePageUser } from "@/lib/auth/session";
import { listDataReleases } from "@/lib/open-data/releases";

export const metadata: Metadata = { title: "Data releases" };

export default async function AdminDataPage() {
  await requirePageUser("data:release", "/admin/data");
  const releases = await listDataReleases();
  return (
    <>
      <h1>Data releases</h1>
      <p>
        A release freezes the public data as it is now: its <code>datapackage.json</code> and ZIP are stored byte for byte and stay at{" "}
        <code>/data/releases/N</code> for good. Later corrections never change a release; they show in the next one.
      </p>
      <FreezeReleaseForm next={(releases[0]?.number ?? 0) + 1} />
      <h2>Releases</h2>
      {releases.length === 0 ? (
        <p>No release yet.</p>
      ) : (
        <ul>
          {releases.map((r) => (
            <li key={r.number}>
              <Link href={`/data/releases/${r.number}`}>Release {r.number}</Link> (version {r.version}), as of {r.asOf}: <code>{r.sha256}</code>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
