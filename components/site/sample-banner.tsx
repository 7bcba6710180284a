import { hasSampleData } from "@/lib/updates/public";
import styles from "./site.module.css";

/** Shown on every public page while any sample rows exist. */
export async function SampleBanner() {
  if (!(await hasSampleData())) return null;
  return (
    <p className={styles.banner} role="note" data-testid="sample-banner">
      <strong>Sample data</strong> — some figures on this site are demonstration data, not real progress. Items marked
      “Sample” are part of it.
    </p>
  );
}
