import { describe, expect, it } from "vitest";
import { acquireExportSlot, countExportSlots, ExportBusyError, releaseWhenDone } from "./export-slots";

const limits = { perClient: 1, total: 2 };

function streamOf(chunks: string[], failAfter = false) {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) return controller.enqueue(new TextEncoder().encode(chunks[i++]));
      if (failAfter) return controller.error(new Error("database went away"));
      controller.close();
    },
  });
}

describe("export slots", () => {
  it("counts per client and overall, and releases once however often release is called", () => {
    const release = acquireExportSlot({ client: "a", ...limits });
    expect(() => acquireExportSlot({ client: "a", ...limits })).toThrow(ExportBusyError);
    const other = acquireExportSlot({ client: "b", ...limits });
    expect(() => acquireExportSlot({ client: "c", ...limits })).toThrow(/busy/);
    release();
    release();
    expect(countExportSlots()).toBe(1);
    other();
    expect(countExportSlots()).toBe(0);
  });

  it("releases when the stream ends, fails or is cancelled, and passes the bytes through", async () => {
    let released = 0;
    const whole = releaseWhenDone(streamOf(["a,b\r\n", "1,2\r\n"]), () => released++);
    expect(await new Response(whole).text()).toBe("a,b\r\n1,2\r\n");
    expect(released).toBe(1);

    await expect(new Response(releaseWhenDone(streamOf(["x"], true), () => released++)).text()).rejects.toThrow(/went away/);
    expect(released).toBe(2);

    const reader = releaseWhenDone(streamOf(["x", "y"]), () => released++).getReader();
    await reader.read();
    await reader.cancel();
    expect(released).toBe(3);
  });
});
