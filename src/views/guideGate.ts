// When the guided first month opens by itself: for a new solo player in the first month's
// planning, never once it was finished or skipped, never in a seminar, and never in a browser test
// (`?test=1`) unless the address asks for it (`guide=1`, which also asks for it in a seminar). Pure.

export interface GuideGate {
  /** The page's query string (`location.search`). */
  search: string;
  /** The player finished or skipped it before (prefs). */
  done: boolean;
  seminar: boolean;
  turn: number;
  phase: string;
}

export function guideAsked(search: string): boolean {
  return new URLSearchParams(search).get('guide') === '1';
}

export function guideAutoStarts(g: GuideGate): boolean {
  if (g.turn !== 0 || g.phase !== 'planning') return false;
  if (guideAsked(g.search)) return true;
  const test = new URLSearchParams(g.search).get('test') === '1';
  return !g.done && !g.seminar && !test;
}
