import { describe, expect, it } from "vitest";
import { settleRefusals } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { changePledgeStatus } from "@/lib/pledges/actions";
import { createTestPledge } from "../factories";
import { createActor } from "./helpers";

describe("refused actions", () => {
  it("an editor's attempt at an admin action is refused, changes nothing and is recorded in the audit log", async () => {
    const editor = await createActor("EDITOR");
    const pledge = await createTestPledge(db);
    const attempt = changePledgeStatus(editor, { pledgeId: pledge.id, fromStatus: "NOT_STARTED", toStatus: "ACHIEVED", reason: "Self-promoted." });
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    await settleRefusals();

    expect((await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).status).toBe("NOT_STARTED");
    const rows = await db.auditLog.findMany({ where: { actorId: editor.id } });
    expect(rows.map((r) => [r.action, r.entityType, r.entityId, JSON.parse(r.after ?? "null")])).toEqual([
      ["access.refused", "permission", "pledge:status", { reason: "forbidden" }],
    ]);
  });

  it("an anonymous caller leaves no actor row to record", async () => {
    const before = await db.auditLog.count({ where: { action: "access.refused" } });
    await expect(changePledgeStatus(null, { pledgeId: 1, fromStatus: "NOT_STARTED", toStatus: "ACHIEVED", reason: "x" })).rejects.toThrow();
    await settleRefusals();
    expect(await db.auditLog.count({ where: { action: "access.refused" } })).toBe(before);
  });
});
