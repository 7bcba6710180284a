import Database from "better-sqlite3";
import { parseDatabaseUrl } from "./url";

type Watcher = { file: string; connection: Database.Database };
type State = { generation: number; watcher?: Watcher | null };

// On globalThis: proxy.ts, pages and route handlers are bundled separately but must share one version.
const globalForVersion = globalThis as unknown as { pledgeTrackerDataVersion?: State };
const state: State = (globalForVersion.pledgeTrackerDataVersion ??= { generation: 0 });

/** Marks every cached public read and page stale in this process. The SQLite version below notices writes anyway. */
export function bumpDataGeneration(): void {
  state.generation += 1;
}

function openWatcher(file: string): Watcher | null {
  try {
    return { file, connection: new Database(file, { readonly: true, fileMustExist: true }) };
  } catch {
    return null; // not migrated yet: try again on the next call
  }
}

/**
 * A stamp that changes whenever anyone commits to the database: this process, a script, a test or a second app
 * instance. SQLite's `data_version`, read on a connection of its own that never writes, changes with every commit
 * made by any other connection, and costs no table read. Null on PostgreSQL, which has no cheap equivalent, so
 * public reads and pages there are not cached across requests.
 */
export function readDataVersion(): string | null {
  const target = parseDatabaseUrl();
  if (target.provider !== "sqlite") return null;
  if (state.watcher?.file !== target.file) {
    state.watcher?.connection.close();
    state.watcher = openWatcher(target.file);
  }
  if (!state.watcher) return null;
  return `${state.generation}:${state.watcher.connection.pragma("data_version", { simple: true })}`;
}
