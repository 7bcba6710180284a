import { runSeed } from "../support/run-seed";

export type E2ePledge = Awaited<ReturnType<typeof createE2ePledge>>;

/** A test-only pledge shaped like joint operations: two fields, a recurring plan of one per field per year. */
export const createE2ePledge = (options: { target?: number } = {}) => runSeed("createPledge", options);

/** Writes an update in any state straight to the e2e database, as another process would. */
export const addUpdate = (data: Parameters<typeof runSeed<"addUpdate">>[1]) => runSeed("addUpdate", data);

/** A pledge-wide check written straight to the e2e database, at a given moment to build a past. */
export const addCheck = (data: Parameters<typeof runSeed<"addCheck">>[1]) => runSeed("addCheck", data);
