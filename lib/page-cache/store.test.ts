import { describe, expect, it } from "vitest";
import { createPageStore, type RenderedPage } from "./store";

function page(text: string, status = 200, shared = true): RenderedPage {
  const body = Buffer.from(text);
  return { status, shared, headers: [["content-type", "text/html"]], bodies: { br: body, gzip: body, identity: body } };
}

describe("createPageStore", () => {
  it("renders once per key and stamp, then serves the stored page", async () => {
    const store = createPageStore({ maxBytes: 1000 });
    let renders = 0;
    const render = async () => page(`v${++renders}`);
    expect((await store.load({ key: "/", stamp: "1", render })).hit).toBe(false);
    const second = await store.load({ key: "/", stamp: "1", render });
    expect(second.hit).toBe(true);
    expect(second.page.bodies.identity.toString()).toBe("v1");
    expect(renders).toBe(1);
  });

  it("renders again when the data version changes, and drops the older pages", async () => {
    const store = createPageStore({ maxBytes: 1000 });
    await store.load({ key: "/a", stamp: "1", render: async () => page("a1") });
    await store.load({ key: "/b", stamp: "1", render: async () => page("b1") });
    const fresh = await store.load({ key: "/a", stamp: "2", render: async () => page("a2") });
    expect(fresh).toMatchObject({ hit: false });
    expect(fresh.page.bodies.identity.toString()).toBe("a2");
    expect(store.size().entries).toBe(1);
  });

  it("shares one render between concurrent requests", async () => {
    const store = createPageStore({ maxBytes: 1000 });
    let renders = 0;
    let finish: (p: RenderedPage) => void = () => {};
    const render = () => {
      renders++;
      return new Promise<RenderedPage>((resolve) => (finish = resolve));
    };
    const first = store.load({ key: "/", stamp: "1", render });
    const second = store.load({ key: "/", stamp: "1", render });
    finish(page("once"));
    expect((await first).page).toBe((await second).page);
    expect(renders).toBe(1);
  });

  it("does not keep errors, pages for one visitor, or a render that finished after the data changed", async () => {
    const store = createPageStore({ maxBytes: 1000 });
    await store.load({ key: "/missing", stamp: "1", render: async () => page("not found", 404) });
    await store.load({ key: "/cookie", stamp: "1", render: async () => page("mine", 200, false) });
    expect(store.size().entries).toBe(0);

    let finish: (p: RenderedPage) => void = () => {};
    const slow = store.load({ key: "/", stamp: "1", render: () => new Promise<RenderedPage>((resolve) => (finish = resolve)) });
    await store.load({ key: "/other", stamp: "2", render: async () => page("new") });
    finish(page("old"));
    await slow;
    expect((await store.load({ key: "/", stamp: "2", render: async () => page("current") })).page.bodies.identity.toString()).toBe("current");
  });

  it("forgets a failed render so the next request tries again", async () => {
    const store = createPageStore({ maxBytes: 1000 });
    await expect(store.load({ key: "/", stamp: "1", render: async () => Promise.reject(new Error("down")) })).rejects.toThrow("down");
    expect((await store.load({ key: "/", stamp: "1", render: async () => page("up") })).hit).toBe(false);
  });

  it("evicts the least recently used pages beyond its byte budget", async () => {
    const store = createPageStore({ maxBytes: 60 }); // each page below counts 3 × 10 bytes
    await store.load({ key: "/a", stamp: "1", render: async () => page("aaaaaaaaaa") });
    await store.load({ key: "/b", stamp: "1", render: async () => page("bbbbbbbbbb") });
    await store.load({ key: "/a", stamp: "1", render: async () => page("unused") }); // /a is now the most recent
    await store.load({ key: "/c", stamp: "1", render: async () => page("cccccccccc") });
    expect(store.size()).toEqual({ entries: 2, bytes: 60 });
    expect((await store.load({ key: "/a", stamp: "1", render: async () => page("aaaaaaaaaa") })).hit).toBe(true);
    expect((await store.load({ key: "/b", stamp: "1", render: async () => page("bbbbbbbbbb") })).hit).toBe(false);
  });
});
