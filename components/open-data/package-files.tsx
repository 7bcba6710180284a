import { useTranslations } from "next-intl";
import type { DataPackage } from "@/lib/open-data/package";

/**
 * Each file of a data package, what it holds and its fields, from the package itself. The package is English
 * (datapackage.json); titles and descriptions show in the page's language where the catalogue has them, and a
 * frozen release's file or field that the current catalogue no longer knows stays in the package's English.
 */
export function PackageFiles({ pkg, href }: { pkg: DataPackage; href?: (path: string) => string }) {
  const t = useTranslations("public.data");
  const catalog = useTranslations("public.reports");
  const columns = useTranslations("reports");
  const translate = (translator: typeof catalog, key: string, english: string) => (translator.has(key) ? translator(key) : english);
  return (
    <ul className="report-list">
      {pkg.resources.map((resource) => (
        <li key={resource.name} className="card" id={`file-${resource.name}`}>
          <h3>{href ? <a href={href(resource.path)}>{resource.path}</a> : <code>{resource.path}</code>}: {translate(catalog, `catalog.${resource.name}.title`, resource.title)}</h3>
          <p>{translate(catalog, `catalog.${resource.name}.description`, resource.description)}</p>
          <details>
            <summary>{t("fields", { count: resource.schema.fields.length })}</summary>
            <dl className="report-columns">
              {resource.schema.fields.map((field) => (
                <div key={field.name}>
                  <dt>
                    <code>{field.name}</code> <span className="muted">({field.type})</span>
                  </dt>
                  <dd>{translate(columns, `columns.${resource.name}.${field.name}`, field.description)}</dd>
                </div>
              ))}
            </dl>
          </details>
        </li>
      ))}
    </ul>
  );
}
