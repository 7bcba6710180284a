"use client";

import { saveTranslationAction } from "@/app/admin/pledges/translation-actions";
import { describedBy, FieldError } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { LOCALE_TAGS, textDirection, type Locale } from "@/lib/i18n/locales";
import type { TranslationItem } from "@/lib/pledges/translation-queries";

/** The form's words, in the screen's language (the server page reads them from the `translations` catalogue). */
export type TranslationFormText = { label: string; english: string; state: string; translation: string; official: string; saved: string; save: string };

/** One text of a pledge: the English, and its translation in one language, official or the tracker's own. */
export function TranslationForm({ pledgeId, locale, item, text }: { pledgeId: number; locale: Locale; item: TranslationItem; text: TranslationFormText }) {
  const { state, onSubmit, pending } = useFormSubmit(saveTranslationAction);
  const e = state.errors ?? {};
  const id = `tr-${item.entity}-${item.id}-${item.key}`;
  const name = text.label;
  return (
    <form onSubmit={onSubmit} className="form panel" aria-label={name} data-testid={id}>
      <h2>{name}</h2>
      <p>
        <strong>{text.english}</strong> <span lang="en">{item.english}</span>
      </p>
      <p data-testid={`${id}-state`}>{text.state}</p>
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <input type="hidden" name="entity" value={item.entity} />
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="key" value={item.key} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="revision" value={item.revision} />
      <label htmlFor={id}>{text.translation}</label>
      <textarea id={id} name="text" rows={item.english.length > 120 ? 4 : 2} defaultValue={item.text} lang={LOCALE_TAGS[locale]} dir={textDirection(locale)} {...describedBy(`${id}-error`, e.text)} />
      <FieldError id={`${id}-error`} errors={e.text} />
      <label>
        <input type="checkbox" name="official" defaultChecked={item.kind === "official"} /> {text.official}
      </label>
      <div aria-live="polite">
        {state.ok ? <p role="status" className="notice">{text.saved}</p> : state.message ? <p role="alert" className="error">{state.message}</p> : null}
      </div>
      <button type="submit" disabled={pending}>
        {text.save}
      </button>
    </form>
  );
}
