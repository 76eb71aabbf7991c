/**
 * One run at a time of `run`: a call while it runs gets the running promise and makes it run once
 * more when done, so what arrived during a run is not missed and nothing is done twice at once
 * (a chat's catch-up, its outbox being sent).
 */
export function singleFlight(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
}
