import { describe, expect, it } from "vitest";
import type { IncomingMessage, ServerResponse } from "node:http";
import { clientRateKey, normalizeAddress, parseTrustedProxies, readClientAddress, resolveClientAddress, withClientAddress } from "./client-address";

const resolve = (socketAddress: string | undefined, forwardedFor: string | undefined, trustedProxies?: string) =>
  resolveClientAddress({ socketAddress, forwardedFor, trusted: parseTrustedProxies(trustedProxies) });

describe("resolveClientAddress", () => {
  it("ignores a client's own X-Forwarded-For when no proxy is trusted (the spoofing attack)", () => {
    expect(resolve("203.0.113.9", "198.51.100.1")).toBe("203.0.113.9");
    expect(resolve("203.0.113.9", "1.1.1.1, 2.2.2.2")).toBe("203.0.113.9");
    expect(resolve("::ffff:203.0.113.9", "127.0.0.1")).toBe("203.0.113.9");
    expect(resolve("203.0.113.9", "1.1.1.1", "0")).toBe("203.0.113.9");
  });

  it("with a hop count, takes the address the nearest trusted proxy appended, not the client's own entries", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the one proxy appended the real peer 203.0.113.9.
    expect(resolve("10.0.0.2", "6.6.6.6, 203.0.113.9", "1")).toBe("203.0.113.9");
    expect(resolve("10.0.0.2", "203.0.113.9", "1")).toBe("203.0.113.9");
    expect(resolve("10.0.0.3", "6.6.6.6, 203.0.113.9, 10.0.0.2", "2")).toBe("203.0.113.9");
    // Fewer entries than hops: the furthest address known.
    expect(resolve("10.0.0.2", undefined, "1")).toBe("10.0.0.2");
    expect(resolve("10.0.0.3", "203.0.113.9", "2")).toBe("203.0.113.9");
  });

  it("with CIDRs, trusts the header only when the socket is a listed proxy, and walks back through listed proxies", () => {
    const cidrs = "10.0.0.0/8, 2001:db8::/32";
    expect(resolve("10.0.0.2", "6.6.6.6, 203.0.113.9", cidrs)).toBe("203.0.113.9");
    expect(resolve("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.1.1.1", cidrs)).toBe("203.0.113.9");
    expect(resolve("2001:db8::5", "203.0.113.9", cidrs)).toBe("203.0.113.9");
    // A client connecting directly (not from a listed proxy) cannot choose its address.
    expect(resolve("198.51.100.7", "203.0.113.9", cidrs)).toBe("198.51.100.7");
  });

  it("never returns something that is not an address", () => {
    expect(resolve("10.0.0.2", "<script>, not-an-ip", "2")).toBe("10.0.0.2");
    expect(resolve("10.0.0.2", "203.0.113.9:4711", "1")).toBe("10.0.0.2");
    expect(resolve(undefined, "1.1.1.1", "1")).toBe("unknown");
  });
});

describe("parseTrustedProxies", () => {
  it("accepts nothing, a hop count or CIDRs", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ kind: "none" });
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", hops: 2 });
    expect(parseTrustedProxies("127.0.0.1, ::1, 172.16.0.0/12").kind).toBe("cidrs");
  });
  it("refuses anything else with a message that says what is expected", () => {
    for (const bad of ["yes", "10.0.0.0/33", "10.0.0/8", "::1/129", "10.0.0.0/8/1", "11", "1.2.3.4,", "-1"]) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/hop count|at most/);
    }
  });
});

describe("clientRateKey", () => {
  it("groups an IPv6 client by its /64, so rotating addresses inside it does not buy more guesses", () => {
    expect(clientRateKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientRateKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(clientRateKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientRateKey("::1")).toBe("0:0:0:0::/64");
    expect(clientRateKey("203.0.113.9")).toBe("203.0.113.9");
  });
});

describe("readClientAddress", () => {
  it("reads the one address server.ts wrote, and refuses anything else", () => {
    expect(readClientAddress({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    expect(readClientAddress(new Headers({ "x-forwarded-for": "2001:DB8::1" }))).toBe("2001:db8::1");
    expect(readClientAddress({ "x-forwarded-for": "evil" })).toBe("unknown");
    expect(readClientAddress(undefined)).toBe("unknown");
    expect(normalizeAddress("[::1]")).toBe("::1");
  });
});

describe("withClientAddress", () => {
  it("overwrites the forwarded headers before the app sees the request", () => {
    const seen: IncomingMessage["headers"][] = [];
    const handle = withClientAddress((req) => seen.push({ ...req.headers }), undefined);
    const req = { headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6" }, socket: { remoteAddress: "::ffff:198.51.100.7" } };
    handle(req as unknown as IncomingMessage, {} as ServerResponse);
    expect(seen).toEqual([{ "x-forwarded-for": "198.51.100.7" }]);
    expect(readClientAddress(seen[0])).toBe("198.51.100.7");
  });
});
