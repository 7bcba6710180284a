import { execFile } from "node:child_process";

/** Writes to the e2e server's SQLite file (scripts/e2e-server.mjs) from another process, through Prisma. */
async function write<T>(command: Record<string, unknown>): Promise<T> {
  // Another process (the server, a parallel worker) may hold SQLite's write lock at that moment: try again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeOnce<T>(command);
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

function writeOnce<T>(command: Record<string, unknown>): Promise<T> {
  const env = { ...process.env, DATABASE_URL: `file:./data/e2e-${process.env.E2E_PORT ?? "3100"}.db` };
  return new Promise((resolve, reject) => {
    const child = execFile("node", ["--import", "tsx", "e2e/helpers/writer.ts"], { env }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as T);
    });
    child.stdin?.end(JSON.stringify(command));
  });
}

export type E2ePledge = { id: number; slug: string; fields: { id: number; slug: string }[] };

/** A test-only pledge shaped like joint operations: two fields, a recurring plan of one per field per year. */
export function createE2ePledge(): Promise<E2ePledge> {
  return write({ op: "createPledge" });
}

export function addUpdate(data: {
  pledgeId: number;
  fieldId?: number;
  quantity: number;
  eventDate: string;
  state?: "DRAFT" | "SUBMITTED" | "PUBLISHED";
  iso3?: string[];
  title?: string;
  evidenceUrl?: string;
}): Promise<{ id: number }> {
  return write({ op: "addUpdate", ...data });
}

export async function readPublishedSum(slug: string): Promise<number> {
  return (await write<{ sum: number }>({ op: "publishedSum", slug })).sum;
}
