// A finished networked table's replay handed from its seat page (table.html) to the game page in the
// same tab, so the game's own debrief opens it: the seat page stashes the replay text in session
// storage and opens the game with `?debrief=1`; the title screen takes it (once) and opens it.
// The text is an ordinary replay file and is checked as one when it is opened.

const KEY = 'mending-fences:debrief-replay';
export const DEBRIEF_PARAM = 'debrief';

/** Keep `text` for the game page; false when the browser refuses (storage full or off). */
export function stashDebrief(store: Storage, text: string): boolean {
  try {
    store.setItem(KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** True when the page was opened to show a handed replay (so the title fetches the content at once). */
export function debriefHanded(search: string): boolean {
  return new URLSearchParams(search).has(DEBRIEF_PARAM);
}

/** The stashed replay, removed as it is read, when the page was opened to show it; else null. */
export function takeDebrief(store: Storage, search: string): string | null {
  if (!debriefHanded(search)) return null;
  try {
    const text = store.getItem(KEY);
    store.removeItem(KEY);
    return text;
  } catch {
    return null;
  }
}
