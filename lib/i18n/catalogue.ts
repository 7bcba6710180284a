// next-intl's own core (it re-exports it): the proxy, which uses this too, cannot load next-intl's React entry.
import { createTranslator, type _Translator as Translator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import type { Locale } from "./locales";

type Catalogue = Record<string, unknown>;
/** "pledges.record" reads the `pledges` catalogue. */
type CatalogueName<N extends string> = N extends `${infer Name}.${string}` ? Name : N;
type CatalogueMessages<N extends string, M extends Catalogue> = { [K in CatalogueName<N>]: M };
export type CatalogueTranslator<N extends string, M extends Catalogue> =
  N extends NamespaceKeys<CatalogueMessages<N, M>, NestedKeyOf<CatalogueMessages<N, M>>> ? Translator<CatalogueMessages<N, M>, N> : never;

/**
 * A synchronous translator over one namespace's JSON catalogue per locale, for code that runs outside a page's request
 * (the proxy, the CSV and the API, plain functions): `getLabels = createCatalogueTranslator({ namespace: "labels",
 * catalogues: { en, fr, … } })`, then `getLabels("fr")("changeKind.CORRECTION")`. The namespace may name a group
 * inside the catalogue ("pledges.record"). One translator per locale, made on first use; only the locales given.
 */
export function createCatalogueTranslator<const N extends string, M extends Catalogue, L extends Locale>({ namespace, catalogues }: { namespace: N; catalogues: Record<L, M> }) {
  const name = namespace.split(".", 1)[0];
  const translators = new Map<L, CatalogueTranslator<N, M>>();
  return (locale: L): CatalogueTranslator<N, M> => {
    let t = translators.get(locale);
    if (!t) {
      // The types above are the ones createTranslator infers for these messages; it cannot infer them generically.
      t = createTranslator({ locale, messages: { [name]: catalogues[locale] }, namespace: namespace as never }) as unknown as CatalogueTranslator<N, M>;
      translators.set(locale, t);
    }
    return t;
  };
}
