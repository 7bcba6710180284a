import type { IncomingMessage, ServerResponse } from "node:http";
import { BlockList, isIP } from "node:net";

/**
 * Which reverse proxies may say who the client is (TRUSTED_PROXIES): none (the socket address is the client), a
 * number of proxy hops in front of the app, or the proxies' own addresses as CIDRs.
 */
export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "cidrs"; list: BlockList; text: string };

const MAX_HOPS = 10;

/** Parses TRUSTED_PROXIES; throws an Error whose message says what a valid value looks like. */
export function parseTrustedProxies(raw: string | undefined): TrustedProxies {
  const value = raw?.trim();
  if (!value || value === "0") return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_HOPS) throw new Error(`a hop count must be at most ${MAX_HOPS}; got ${value}`);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const entry of value.split(",").map((s) => s.trim())) {
    const [address, prefix, extra] = entry.split("/");
    const family = isIP(address ?? "");
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!family || extra !== undefined || !(bits >= 0 && bits <= (family === 6 ? 128 : 32))) {
      throw new Error(`"${entry}" is not an IP address or CIDR; use a hop count (e.g. 1) or a comma list such as 10.0.0.0/8,::1`);
    }
    list.addSubnet(address!, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return { kind: "cidrs", list, text: value };
}

/** "::ffff:1.2.3.4" (IPv4 on a dual-stack socket) becomes "1.2.3.4"; anything that is not an IP address becomes null. */
export function normalizeAddress(raw: string | undefined): string | null {
  const value = raw?.trim().replace(/^\[(.*)\]$/, "$1");
  if (!value || !isIP(value)) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  return mapped ? mapped[1]! : value.toLowerCase();
}

const isTrusted = (address: string, trusted: TrustedProxies, hopIndex: number) =>
  trusted.kind === "hops" ? hopIndex < trusted.hops : trusted.kind === "cidrs" && trusted.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * The client's address. Walks from the socket back through X-Forwarded-For only while the hop that appended the next
 * entry is a trusted proxy, so a client can never choose its own address by sending the header itself.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trusted,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trusted: TrustedProxies;
}): string {
  let client = normalizeAddress(socketAddress);
  if (!client) return "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").reverse();
  for (let i = 0; i < hops.length && isTrusted(client, trusted, i); i++) {
    const next = normalizeAddress(hops[i]);
    if (!next) break; // a trusted proxy wrote something that is not an address: keep the last known one
    client = next;
  }
  return client;
}

/**
 * The key a client is throttled under: its address, or for IPv6 its /64 network, since one subscriber usually holds a
 * whole /64 and could otherwise take a fresh address for every guess.
 */
export function clientRateKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => Number.parseInt(g, 16).toString(16)).join(":")}::/64`;
}

/** The client address as server.ts resolved it (it overwrites X-Forwarded-For with exactly one address). */
export function readClientAddress(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  const value = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  return normalizeAddress(Array.isArray(value) ? value[0] : value?.split(",")[0]) ?? "unknown";
}

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * Wraps the server's request handler: X-Forwarded-For becomes the one resolved client address (and X-Real-IP goes),
 * so nothing behind server.ts ever reads an address the client wrote itself.
 */
export function withClientAddress(handle: NodeHandler, trustedProxies: string | undefined): NodeHandler {
  const trusted = parseTrustedProxies(trustedProxies);
  return (req, res) => {
    const forwardedFor = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = resolveClientAddress({ socketAddress: req.socket.remoteAddress, forwardedFor, trusted });
    delete req.headers["x-real-ip"];
    return handle(req, res);
  };
}
