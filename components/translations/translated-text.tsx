import { useTranslations } from "next-intl";
import type { ElementType } from "react";
import { LOCALE_TAGS, textDirection } from "@/lib/i18n/locales";
import type { LocalizedText } from "@/lib/pledges/translations";
import styles from "./translated-text.module.css";

type Props = { content: LocalizedText; as?: ElementType; id?: string; className?: string; quoted?: boolean; note?: boolean };

/**
 * A pledge text in the page's language, tagged with the language it is really in and its direction (an English text
 * keeps its punctuation in an Arabic page). Beside a translation it says whose it is, whether it is outdated, and
 * shows the English original; an untranslated text says so. With `note={false}` the text stands alone inside a
 * sentence, and a `TranslationNote` after the sentence says the rest.
 */
export function TranslatedText({ content, as: Tag = "span", id, className, quoted = false, note = true }: Props) {
  const t = useTranslations("translations.text");
  const main = (
    <Tag
      id={id}
      className={className}
      lang={content.kind === "original" ? undefined : LOCALE_TAGS[content.lang]}
      dir={content.kind === "original" ? undefined : textDirection(content.lang)}
      data-translation={content.kind}
    >
      {quoted ? t("quoted", { text: content.text }) : content.text}
    </Tag>
  );
  if (!note) return main;
  return (
    <>
      {main}
      <TranslationNote content={content} quoted={quoted} />
    </>
  );
}

/** Whose translation a text is, whether it is outdated, and its English original; nothing for the English itself. */
export function TranslationNote({ content, quoted = false }: { content: LocalizedText; quoted?: boolean }) {
  const t = useTranslations("translations.text");
  if (content.kind === "original" || !content.english) return null;
  return (
    <small className={`${styles.note} ${content.outdated ? styles.outdated : ""}`} data-testid="translation-note">
      {t("note", { kind: content.kind, outdated: content.outdated ? "yes" : "no" })}
      {content.kind === "missing" ? null : (
        <span className={styles.original}>
          {t("original")}{" "}
          <span lang="en" dir={textDirection("en")} data-testid="translation-original">
            {quoted ? t("quoted", { text: content.english }) : content.english}
          </span>
        </span>
      )}
    </small>
  );
}
