import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangeEntryView } from "@/components/changes/change-entry";
import { getPublicChange } from "@/lib/changes/queries";
import { readRecordId } from "@/lib/changes/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = readRecordId((await params).id);
  const entry = id ? await getPublicChange(id) : null;
  return { title: entry ? `Change ${entry.id}: ${entry.summary}` : "Change not found" };
}

/** The permalink of one change-log entry. */
export default async function ChangePage({ params }: Props) {
  const id = readRecordId((await params).id);
  const entry = id ? await getPublicChange(id) : null;
  if (!entry) notFound();
  return (
    <>
      <h1>Change {entry.id}</h1>
      <ChangeEntryView entry={entry} />
      <p>
        <Link href="/changes">← The whole change log</Link>
      </p>
    </>
  );
}
