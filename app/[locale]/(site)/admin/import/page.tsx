import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/import/import-form";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, REQUIRED_COLUMNS } from "@/lib/import/parse";
import { canPublishWithoutOtherReviewer } from "@/lib/updates/four-eyes";
import { importUpdatesAction } from "@/app/admin/import/actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import updates" };

export default async function ImportPage() {
  const user = await requirePageUser("update:import", "/admin/import");
  // Publishing on import is self-publication: offered only where an admin may publish what they wrote (four eyes).
  const canPublish = can(user, "update:review") && (await canPublishWithoutOtherReviewer(user.id, { id: null, authorId: user.id }));
  return (
    <>
      <h1>Import updates from CSV</h1>
      <p>
        Use the columns of the <Link href="/reports#updates-log">updates log export</Link>. Required:{" "}
        {REQUIRED_COLUMNS.map((c) => <code key={c}>{c} </code>)}; optional: {IMPORT_COLUMNS.filter((c) => !(REQUIRED_COLUMNS as readonly string[]).includes(c)).map((c) => <code key={c}>{c} </code>)}.
        Other export columns are ignored. Dates are <code>YYYY-MM-DD</code>, countries ISO alpha-3 codes separated by <code>;</code>,
        evidence one link (or reference) per line, with <code>evidence_source</code>, <code>evidence_publisher</code>, <code>evidence_date</code>,
        <code>evidence_reference</code> and <code>evidence_visibility</code> given once or once per evidence line. The file must be UTF-8, at most {MAX_IMPORT_BYTES / 1024} KB and {MAX_IMPORT_ROWS.toLocaleString("en")} rows.
      </p>
      <p>
        A dry run checks the whole file first and lists every problem, with the same rules as the update form. Importing is
        all or nothing. Imported updates are drafts or submitted for review; they are published on import only where the
        self-publication setting allows it, and are then marked &ldquo;published without independent review&rdquo;.
      </p>
      <ImportForm action={importUpdatesAction} canPublish={canPublish} />
    </>
  );
}
