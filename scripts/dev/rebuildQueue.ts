/*
 * Collapses a burst of publish events into one rebuild, and never runs two at once: a request that
 * arrives during a rebuild causes exactly one more rebuild after it.
 */
export function rebuildQueue(rebuild: () => Promise<void>, debounceMs: number, onError: (error: unknown) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  async function start(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await rebuild();
        } catch (error) {
          onError(error);
        }
      } while (again);
      running = undefined;
    })();
    return running;
  }

  return {
    request(): void {
      clearTimeout(timer);
      timer = setTimeout(() => void start(), debounceMs);
    },
    /** Resolves when nothing is waiting or running (for tests and shutdown). */
    async idle(): Promise<void> {
      while (running) await running;
    },
  };
}
