/*
 * Heavier work (scorm-again, the service worker, the search UI) waits for the reader's first
 * scroll, key or tap, so nothing of it counts against what a page fetches before interaction.
 * `start` runs once; `extra` adds events a page also counts as use (the search field's focus).
 */
const events = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

export function onFirstUse(start: () => void, extra: readonly (keyof WindowEventMap)[] = []): void {
  const all = [...events, ...extra];
  const once = () => {
    for (const event of all) removeEventListener(event, once, true);
    start();
  };
  for (const event of all) addEventListener(event, once, { passive: true, capture: true });
}
