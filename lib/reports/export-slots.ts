import { HttpError } from "@/lib/http/errors";

/** How long a refused client should wait before trying again, in seconds (sent as Retry-After). */
export const EXPORT_RETRY_AFTER_SECONDS = 10;

export class ExportBusyError extends HttpError {
  constructor(scope: "client" | "total") {
    const message =
      scope === "client"
        ? "You already have the maximum number of downloads running. Wait for one to finish, then try again."
        : "The server is busy with other downloads. Try again in a few seconds.";
    super(429, "too_many_exports", message);
  }
}

type Slots = { total: number; perClient: Map<string, number> };

// On globalThis so every bundle that imports this module shares one count per process.
const globalForSlots = globalThis as unknown as { pledgeTrackerExportSlots?: Slots };
const slots = (globalForSlots.pledgeTrackerExportSlots ??= { total: 0, perClient: new Map() });

/**
 * Takes one export slot for `client`, or throws ExportBusyError beyond the per-client or overall limit.
 * Returns the release function; calling it more than once releases once.
 */
export function acquireExportSlot(options: { client: string; perClient: number; total: number }): () => void {
  const held = slots.perClient.get(options.client) ?? 0;
  if (held >= options.perClient) throw new ExportBusyError("client");
  if (slots.total >= options.total) throw new ExportBusyError("total");
  slots.total++;
  slots.perClient.set(options.client, held + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    slots.total--;
    const left = (slots.perClient.get(options.client) ?? 1) - 1;
    if (left > 0) slots.perClient.set(options.client, left);
    else slots.perClient.delete(options.client);
  };
}

/** Exports running now, for tests and diagnostics. */
export function countExportSlots(client?: string): number {
  return client === undefined ? slots.total : (slots.perClient.get(client) ?? 0);
}

/**
 * Passes `body` through and calls `release` once when it ends: read to the end, failed, or cancelled (a client
 * that disconnects cancels the response body). No read-ahead, so the CSV stream's backpressure still holds.
 */
export function releaseWhenDone(body: ReadableStream<Uint8Array>, release: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            release();
            controller.close();
          } else {
            controller.enqueue(value);
          }
        } catch (error) {
          release();
          controller.error(error);
        }
      },
      async cancel(reason) {
        release();
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
