import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { db, provider } from "@/lib/db";
import { WRITE_WAIT_MS } from "@/lib/db/sqlite-adapter";
import { BusyError } from "@/lib/errors";
import { toFormState } from "@/lib/form-state";
import { errorResponse } from "@/lib/http/errors";
import { runImport } from "@/lib/import/run";
import { planSignature, saveAnnualPlan } from "@/lib/pledges/actions";
import { seedReference } from "@/lib/seed/reference";
import { createTestPledge, unique } from "../factories";
import { holdTransaction } from "./concurrency";
import { createActor } from "./helpers";

// Item 11 of issue 11: on SQLite every query used to share one connection, so a read outside a transaction saw
// another request's uncommitted write, and a write outside it joined that transaction. These run on both engines.

let admin: SessionUser;
beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
});

const newUser = () => db.user.create({ data: { email: `${unique("iso")}@it.test`, name: "committed", role: "EDITOR" } });
const nameOf = async (id: number) => (await db.user.findUniqueOrThrow({ where: { id } })).name;

describe("reads outside a transaction", () => {
  it("never see another transaction's uncommitted write, which then rolls back", async () => {
    const user = await newUser();
    const held = holdTransaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "uncommitted" } });
    });
    await held.opened;
    expect(await nameOf(user.id)).toBe("committed");
    expect(await db.user.count({ where: { id: user.id, name: "uncommitted" } })).toBe(0);
    held.finish("rollback");
    await held.done;
    expect(await nameOf(user.id)).toBe("committed");
  });

  it("see the write once it commits", async () => {
    const user = await newUser();
    const held = holdTransaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "committed later" } });
    });
    await held.opened;
    held.finish("commit");
    await held.done;
    expect(await nameOf(user.id)).toBe("committed later");
  });
});

describe("a write outside a transaction while another is open", () => {
  it("does not join it, so that transaction's rollback does not undo it", async () => {
    const user = await newUser();
    const other = await newUser();
    const held = holdTransaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "rolled back" } });
    });
    await held.opened;
    // A raw statement goes to the connection as it is (Prisma runs its own model writes in a transaction of their own).
    const write = db.$executeRaw`UPDATE users SET name = ${"written outside"} WHERE id = ${other.id}`.then((r) => r);
    // One turn of the event loop: enough for a statement that does not wait (the SQLite driver is synchronous).
    await new Promise((resolve) => setImmediate(resolve));
    held.finish("rollback");
    await Promise.all([held.done, write]);
    expect(await nameOf(user.id)).toBe("committed");
    expect(await nameOf(other.id)).toBe("written outside");
  });
});

describe("writes during a long write", () => {
  it(
    provider === "sqlite"
      ? "wait their turn, then get a clear busy answer (503, Retry-After), never a 500, and write nothing"
      : "proceed: PostgreSQL has no single writer",
    async () => {
      const pledge = await createTestPledge(db);
      const held = holdTransaction(async (tx) => {
        await tx.user.update({ where: { id: admin.id }, data: { name: admin.name } });
      });
      await held.opened;
      const save = saveAnnualPlan(admin, { pledgeId: pledge.id, basePlan: "", targets: [{ year: 1, target: 5 }] });
      const outcome = await save.then(
        () => "saved",
        (error: unknown) => error,
      );
      held.finish("commit");
      await held.done;
      const plan = await db.annualTarget.count({ where: { pledgeId: pledge.id } });
      if (provider === "sqlite") {
        expect(outcome).toBeInstanceOf(BusyError);
        expect(toFormState(outcome).message).toMatch(/busy.*try again/i);
        const response = errorResponse(outcome);
        expect(response.status).toBe(503);
        expect(response.headers.get("Retry-After")).toBe("5");
        expect(plan).toBe(0);
      } else {
        expect(outcome).toBe("saved");
        expect(plan).toBe(1);
      }
    },
    WRITE_WAIT_MS * 4,
  );

  it("during a large import either complete or get the busy answer; reads meanwhile see none or all of it", async () => {
    const pledge = await createTestPledge(db, { fields: ["labs"] });
    const batch = unique("bulk");
    const rows = Array.from({ length: 300 }, (_, i) => `${batch}-${i},${pledge.slug},2019-03-01,1,0-labs,KEN;FRA,Row ${i},,https://example.org/${i},,interpol,INTERPOL,2019-01-15`);
    const header = "external_id,pledge,event_date,quantity,field,country_codes,title,description,evidence,state,evidence_source,evidence_publisher,evidence_date";
    const file = new TextEncoder().encode([header, ...rows].join("\n"));
    const imported = () => db.progressUpdate.count({ where: { externalId: { startsWith: batch } } });

    const importing = runImport({ bytes: file, filename: "bulk.csv", defaultState: "DRAFT", actor: admin });
    let finished = false;
    const done = importing.finally(() => (finished = true));
    const seen = new Set<number>();
    let readsDuringImport = 0;
    const reading = (async () => {
      while (!finished) {
        // Each read as its own task, as requests arrive: the SQLite driver answers without ever leaving the microtask
        // queue, so a loop of bare awaits would starve the import's turns.
        await new Promise((resolve) => setImmediate(resolve));
        const count = await imported();
        if (finished) break;
        readsDuringImport += 1;
        seen.add(count);
      }
    })();
    const outcomes: string[] = [];
    const writing = (async () => {
      while (!finished) {
        const basePlan = planSignature(await db.annualTarget.findMany({ where: { pledgeId: pledge.id, fieldId: null } }));
        const target = Math.floor(Math.random() * 1000);
        outcomes.push(
          await saveAnnualPlan(admin, { pledgeId: pledge.id, basePlan, targets: [{ year: 1, target }] }).then(
            () => "saved",
            (error: unknown) => (error instanceof BusyError ? "busy" : String(error)),
          ),
        );
      }
    })();
    await Promise.all([done, reading, writing]);

    const outcome = await importing;
    expect(outcome.problems.slice(0, 3)).toEqual([]);
    expect(outcome.imported).toBe(300);
    expect(await imported()).toBe(300);
    expect([...seen].every((n) => n === 0 || n === 300)).toBe(true); // never part of it: all rows appear at the commit
    expect(outcomes.every((o) => o === "saved" || o === "busy")).toBe(true);
    // The import yields between statements, so reads ran while it did, not only after it.
    expect(readsDuringImport).toBeGreaterThan(1);
  }, 180_000);
});
