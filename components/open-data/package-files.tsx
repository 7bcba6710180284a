import { useTranslations } from "next-intl";
import type { DataPackage } from "@/lib/open-data/package";

/** Each file of a data package, what it holds and its fields, from the package itself. */
export function PackageFiles({ pkg, href }: { pkg: DataPackage; href?: (path: string) => string }) {
  const t = useTranslations("public.data");
  return (
    <ul className="report-list">
      {pkg.resources.map((resource) => (
        <li key={resource.name} className="card" id={`file-${resource.name}`}>
          <h3>{href ? <a href={href(resource.path)}>{resource.path}</a> : <code>{resource.path}</code>}: {resource.title}</h3>
          <p>{resource.description}</p>
          <details>
            <summary>{t("fields", { count: resource.schema.fields.length })}</summary>
            <dl className="report-columns">
              {resource.schema.fields.map((field) => (
                <div key={field.name}>
                  <dt>
                    <code>{field.name}</code> <span className="muted">({field.type})</span>
                  </dt>
                  <dd>{field.description}</dd>
                </div>
              ))}
            </dl>
          </details>
        </li>
      ))}
    </ul>
  );
}
