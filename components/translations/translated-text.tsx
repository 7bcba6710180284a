import { useTranslations } from "next-intl";
import type { ElementType } from "react";
import { LOCALE_TAGS } from "@/lib/i18n/locales";
import type { LocalizedText } from "@/lib/pledges/translations";
import styles from "./translated-text.module.css";

type Props = { content: LocalizedText; as?: ElementType; id?: string; className?: string; quoted?: boolean };

/**
 * A pledge text in the page's language, tagged with the language it is really in. Beside a translation it says
 * whose it is, whether it is outdated, and shows the English original; an untranslated text says so.
 */
export function TranslatedText({ content, as: Tag = "span", id, className, quoted = false }: Props) {
  const t = useTranslations("translations.text");
  const wrap = (text: string) => (quoted ? t("quoted", { text }) : text);
  const main = (
    <Tag id={id} className={className} lang={content.kind === "original" ? undefined : LOCALE_TAGS[content.lang]} data-translation={content.kind}>
      {wrap(content.text)}
    </Tag>
  );
  if (content.kind === "original" || !content.english) return main;
  return (
    <>
      {main}
      <small className={`${styles.note} ${content.outdated ? styles.outdated : ""}`} data-testid="translation-note">
        {t("note", { kind: content.kind, outdated: content.outdated ? "yes" : "no" })}
        {content.kind === "missing" ? null : (
          <span className={styles.original}>
            {t("original")}{" "}
            <span lang="en" data-testid="translation-original">
              {wrap(content.english)}
            </span>
          </span>
        )}
      </small>
    </>
  );
}
