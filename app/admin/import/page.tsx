import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/import/import-form";
import { requirePageUser } from "@/lib/auth/session";
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, REQUIRED_COLUMNS } from "@/lib/import/parse";
import { importUpdatesAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import updates" };

export default async function ImportPage() {
  await requirePageUser("update:import", "/admin/import");
  return (
    <>
      <h1>Import updates from CSV</h1>
      <p>
        Use the columns of the <Link href="/reports#updates-log">updates log export</Link>. Required:{" "}
        {REQUIRED_COLUMNS.map((c) => <code key={c}>{c} </code>)}; optional: {IMPORT_COLUMNS.filter((c) => !(REQUIRED_COLUMNS as readonly string[]).includes(c)).map((c) => <code key={c}>{c} </code>)}.
        Other export columns are ignored. Dates are <code>YYYY-MM-DD</code>, countries ISO alpha-3 codes separated by <code>;</code>,
        evidence one link or citation per line. The file must be UTF-8, at most {MAX_IMPORT_BYTES / 1024} KB and {MAX_IMPORT_ROWS.toLocaleString("en")} rows.
      </p>
      <p>
        A dry run checks the whole file first and lists every problem. Importing is all or nothing, and imported updates
        are drafts or submitted for review, never published.
      </p>
      <ImportForm action={importUpdatesAction} />
    </>
  );
}
