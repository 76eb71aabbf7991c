/**
 * Runs `work` on every item, at most `limit` at a time, in order of start: reading a whole built
 * site at once opened a file per page and ran out of file handles at 10,000 lessons (EMFILE).
 * The first failure stops new work and is thrown once the running work has settled.
 */
export async function forEachBounded<T>(
  items: Iterable<T>,
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`limit must be a whole number of at least 1, not ${limit}`);
  const queue = items[Symbol.iterator]();
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    for (let next = queue.next(); !next.done && !failure; next = queue.next()) {
      try {
        await work(next.value);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  if (failure) throw failure.error;
}
