import { revalidateTag } from "next/cache";

/** Cache tag on every public read (dashboard, API, exports). */
export const PUBLIC_DATA_TAG = "public-data";

/**
 * Call after any write that can change what the public sees (publish, correct, delete, status, pledge edits).
 * Expires the tag at once (`expire: 0`), so the next request reads fresh data: no stale window.
 */
export function invalidatePublicData(): void {
  try {
    revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
  } catch (error) {
    // Outside a Next.js request (scripts, integration tests) there is no cache to invalidate.
    if (!(error instanceof Error) || !/static generation store|outside a request scope|Invariant/i.test(error.message)) throw error;
  }
}
