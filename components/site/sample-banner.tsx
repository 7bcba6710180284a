import { getTranslations } from "next-intl/server";
import { hasSampleData } from "@/lib/updates/public";
import styles from "./site.module.css";

/** Shown on every public page while any sample rows exist. */
export async function SampleBanner() {
  if (!(await hasSampleData())) return null;
  const t = await getTranslations("common");
  return (
    <p className={styles.banner} role="note" data-testid="sample-banner">
      {t.rich("sampleBanner", { strong: (chunks) => <strong>{chunks}</strong> })}
    </p>
  );
}
