import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { BusyError } from "../errors";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];
type IsolationLevel = Parameters<Adapter["startTransaction"]>[0];

/** How long a write waits for the one writer ahead of it (a long import) before it is refused with BusyError. */
export const WRITE_WAIT_MS = 5_000;
const CLASSIFIED_STATEMENTS_KEPT = 2_000;

/** One holder at a time, served in arrival order; a waiter gives up after `waitMs` with BusyError. */
export class WriteLock {
  #held = false;
  #waiters: (() => void)[] = [];

  acquire(waitMs: number): Promise<() => void> {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const next = this.#waiters.shift();
      if (next) next();
      else this.#held = false;
    };
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve(release);
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(release);
      };
      const timer = setTimeout(() => {
        this.#waiters.splice(this.#waiters.indexOf(grant), 1);
        reject(new BusyError());
      }, waitMs);
      this.#waiters.push(grant);
    });
  }
}

const statement = (sql: string): Query => ({ sql, args: [], argTypes: [] });

/**
 * better-sqlite3 is synchronous and the adapter's promises resolve at once, so a long transaction (an import of
 * thousands of statements) would run as one unbroken chain of microtasks: no other request, and no timer, would run
 * until it ended. Each statement in a transaction first yields one turn of the event loop.
 */
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Why two connections: Prisma's SQLite adapter runs every query on one connection, and an interactive transaction's
 * writes are visible to anything else run on that connection while it is open. A page rendered then could show, and
 * cache, a write that is later rolled back; a write made then would join that transaction and roll back with it.
 *
 * So (the simplest design that keeps reads fast during a long import):
 * - Statements that only read run on a second, read-only connection. In WAL mode it sees the last commit, never an
 *   open transaction's writes, and it never waits for a writer.
 * - Transactions and every other write run on the writer connection, one at a time (WriteLock). A write outside a
 *   transaction waits for the open transaction to end instead of joining it. A transaction starts with
 *   BEGIN IMMEDIATE, taking SQLite's write lock first, so another process's commit cannot fail it midway.
 * - A write that would wait longer than WRITE_WAIT_MS (behind an import) is refused with BusyError ("busy, try
 *   again", HTTP 503), and so is one that finds another process holding the write lock past the busy timeout.
 *   Before, Prisma's maxWait (2 s by default) turned that wait into an untyped P2028 error, a 500.
 *
 * SQLite itself says whether a statement only reads (sqlite3_stmt_readonly); the answer is kept per SQL text.
 */
export class SerializedSqliteAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #lock = new WriteLock();
  readonly #readOnly = new Map<string, boolean>();

  constructor(
    private readonly writer: Adapter,
    private readonly reader: Adapter,
    private readonly classifier: Database.Database,
    private readonly waitMs: number,
  ) {
    this.adapterName = writer.adapterName;
  }

  #isReadOnly(sql: string): boolean {
    let readOnly = this.#readOnly.get(sql);
    if (readOnly === undefined) {
      try {
        readOnly = this.classifier.prepare(sql).readonly;
      } catch {
        return false; // let the writer run it and report the error as usual
      }
      if (this.#readOnly.size >= CLASSIFIED_STATEMENTS_KEPT) this.#readOnly.clear();
      this.#readOnly.set(sql, readOnly);
    }
    return readOnly;
  }

  async #write<T>(run: () => Promise<T>): Promise<T> {
    const release = await this.#lock.acquire(this.waitMs);
    try {
      return await run();
    } finally {
      release();
    }
  }

  queryRaw(query: Query) {
    return this.#isReadOnly(query.sql) ? this.reader.queryRaw(query) : this.#write(() => this.writer.queryRaw(query));
  }

  executeRaw(query: Query) {
    return this.#isReadOnly(query.sql) ? this.reader.executeRaw(query) : this.#write(() => this.writer.executeRaw(query));
  }

  executeScript(script: string) {
    return this.#write(() => this.writer.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    // SQLite transactions are serializable; the adapter refuses any other level before it takes a connection.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return this.writer.startTransaction(isolationLevel);
    const release = await this.#lock.acquire(this.waitMs);
    try {
      await this.writer.executeRaw(statement("BEGIN IMMEDIATE"));
    } catch (error) {
      release();
      // SQLITE_BUSY (another process kept the write lock past the busy timeout), typed by the adapter.
      if ((error as { cause?: { kind?: string } }).cause?.kind === "SocketTimeout") throw new BusyError();
      throw error;
    }
    const end = async (sql: "COMMIT" | "ROLLBACK") => {
      try {
        await this.writer.executeRaw(statement(sql));
      } catch (error) {
        // A failed COMMIT leaves the transaction open: end it, so the writer is never left inside it.
        if (sql === "COMMIT") await this.writer.executeRaw(statement("ROLLBACK")).catch(() => undefined);
        throw error;
      } finally {
        release();
      }
    };
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      // Prisma then calls commit() and rollback() instead of sending COMMIT itself, so the lock is always released.
      options: { usePhantomQuery: true },
      queryRaw: async (query) => {
        await yieldTurn();
        return this.writer.queryRaw(query);
      },
      executeRaw: async (query) => {
        await yieldTurn();
        return this.writer.executeRaw(query);
      },
      commit: () => end("COMMIT"),
      rollback: () => end("ROLLBACK"),
    };
  }

  getConnectionInfo() {
    return this.writer.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  async dispose() {
    this.classifier.close();
    await Promise.all([this.reader.dispose(), this.writer.dispose()]);
  }
}

/** The factory Prisma calls: a writer, a read-only reader, and a read-only handle that classifies statements. */
export class SqliteAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = "@prisma/adapter-better-sqlite3";

  constructor(private readonly options: { file: string; busyTimeoutMs: number; waitMs?: number }) {}

  async connect() {
    const { file, busyTimeoutMs } = this.options;
    const writer = await new PrismaBetterSQLite3({ url: file, timeout: busyTimeoutMs }).connect();
    const reader = await new PrismaBetterSQLite3({ url: file, timeout: busyTimeoutMs, readonly: true }).connect();
    const classifier = new Database(file, { readonly: true });
    return new SerializedSqliteAdapter(writer, reader, classifier, this.options.waitMs ?? WRITE_WAIT_MS);
  }

  connectToShadowDb() {
    return new PrismaBetterSQLite3({ url: this.options.file }).connectToShadowDb();
  }
}
