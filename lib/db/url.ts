import path from "node:path";

export type Provider = "sqlite" | "postgresql";
export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

export const DEFAULT_DATABASE_URL = "file:./data/pledge-tracker.db";

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads DATABASE_URL (default: the embedded SQLite file under data/) and says which engine it names. */
export function parseDatabaseUrl(raw: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const url = raw?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).split("?")[0];
    if (!file) throw new ConfigError(`DATABASE_URL "${url}" names no file. Use e.g. ${DEFAULT_DATABASE_URL}`);
    return { provider: "sqlite", url, file: path.resolve(file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      const parsed = new URL(url);
      if (!parsed.hostname) throw new Error("no host");
    } catch {
      throw new ConfigError(
        `DATABASE_URL is not a valid PostgreSQL URL. Expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE`,
      );
    }
    return { provider: "postgresql", url };
  }
  throw new ConfigError(
    `DATABASE_URL must start with "file:" (SQLite) or "postgres://" / "postgresql://" (PostgreSQL); got "${url.split(":")[0]}:…". ` +
      `Unset it to use the embedded database at ${DEFAULT_DATABASE_URL}.`,
  );
}
