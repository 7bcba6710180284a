const OriginalDate = Date;

/**
 * Replaces the global Date the way Next.js does on the server (a wrapper constructing through Reflect.construct
 * with itself as new.target) and counts constructions. Returns the counter and a function that restores Date.
 */
export function wrapDateLikeNext(): { constructed: () => number; restore: () => void } {
  let count = 0;
  const Wrapper = function (this: unknown, ...args: unknown[]) {
    count++;
    return Reflect.construct(OriginalDate, args, new.target ?? OriginalDate);
  } as unknown as DateConstructor;
  Object.defineProperties(Wrapper, Object.getOwnPropertyDescriptors(OriginalDate));
  globalThis.Date = Wrapper;
  return { constructed: () => count, restore: () => void (globalThis.Date = OriginalDate) };
}
