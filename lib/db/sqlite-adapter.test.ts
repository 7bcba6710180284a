import { describe, expect, it } from "vitest";
import { BusyError } from "../errors";
import { WriteLock } from "./sqlite-adapter";

describe("WriteLock", () => {
  it("serves waiters one at a time, in arrival order", async () => {
    const lock = new WriteLock();
    const order: string[] = [];
    const first = await lock.acquire(1_000);
    const second = lock.acquire(1_000).then((release) => (order.push("second"), release));
    const third = lock.acquire(1_000).then((release) => (order.push("third"), release));
    order.push("first");
    first();
    (await second)();
    (await third)();
    expect(order).toEqual(["first", "second", "third"]);
    const again = await lock.acquire(1); // free again: granted at once
    again();
  });

  it("refuses a waiter with BusyError after the wait, and the next one still gets the lock", async () => {
    const lock = new WriteLock();
    const holder = await lock.acquire(1_000);
    await expect(lock.acquire(10)).rejects.toBeInstanceOf(BusyError);
    const next = lock.acquire(1_000);
    holder();
    const release = await next;
    release();
    const after = await lock.acquire(1);
    after();
  });

  it("a holder that releases twice lets in only one waiter", async () => {
    const lock = new WriteLock();
    const holder = await lock.acquire(1_000);
    const first = lock.acquire(1_000);
    const second = lock.acquire(50);
    holder();
    holder();
    await first;
    await expect(second).rejects.toBeInstanceOf(BusyError);
  });
});
