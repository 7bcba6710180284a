import { describe, expect, it } from "vitest";
import { coalesceReads } from "./public-version";

function controlledReads() {
  const pending: ((value: string) => void)[] = [];
  const read = () => new Promise<string>((resolve) => pending.push(resolve));
  return { read, pending };
}

describe("coalesceReads", () => {
  it("runs one read for everyone who arrives while another runs, and never hands them the running one", async () => {
    const { read, pending } = controlledReads();
    const coalesced = coalesceReads(read);
    const first = coalesced();
    const second = coalesced();
    const third = coalesced();
    expect(pending).toHaveLength(1);
    pending[0]("v1");
    expect(await first).toBe("v1");
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(pending).toHaveLength(2); // the callers that arrived during the first read get a read of their own
    pending[1]("v2");
    expect(await second).toBe("v2");
    expect(await third).toBe("v2");
  });

  it("starts afresh after a failed read", async () => {
    let calls = 0;
    const coalesced = coalesceReads(async () => {
      calls++;
      if (calls === 1) throw new Error("connection lost");
      return "v2";
    });
    await expect(coalesced()).rejects.toThrow("connection lost");
    expect(await coalesced()).toBe("v2");
  });
});
