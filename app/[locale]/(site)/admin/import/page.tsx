import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/import/import-form";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { getFormats } from "@/lib/i18n/format";
import { localizePath } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, REQUIRED_COLUMNS } from "@/lib/import/parse";
import { canPublishWithoutOtherReviewer } from "@/lib/updates/four-eyes";
import { importUpdatesAction } from "@/app/admin/import/actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.import" });
  return { title: t("title") };
}

const codes = (columns: readonly string[]) => columns.map((c) => <code key={c}>{c} </code>);

export default async function ImportPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.import" });
  const user = await requirePageUser("update:import", "/admin/import");
  // Publishing on import is self-publication: offered only where an admin may publish what they wrote (four eyes).
  const canPublish = can(user, "update:review") && (await canPublishWithoutOtherReviewer(user.id, { id: null, authorId: user.id }));
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>
        {t.rich("columns", {
          log: (c) => <a href={`${localizePath("/reports", locale)}#updates-log`}>{c}</a>,
          required: () => codes(REQUIRED_COLUMNS),
          optional: () => codes(IMPORT_COLUMNS.filter((c) => !(REQUIRED_COLUMNS as readonly string[]).includes(c))),
          code: (c) => <code>{c}</code>,
          kb: MAX_IMPORT_BYTES / 1024,
          rows: getFormats(locale).number(MAX_IMPORT_ROWS),
        })}
      </p>
      <p>{t("rules")}</p>
      <ImportForm action={importUpdatesAction} canPublish={canPublish} />
    </>
  );
}
