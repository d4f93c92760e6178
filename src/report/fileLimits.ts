// How big a file the game reads may be, checked before it is parsed or rendered: a replay, a
// saved game and a scenario file each have a byte cap, and no text inside a file may be longer
// than the longest text the game itself would write there. Messages say what was too big and by
// how much, so a person can fix the file.

import * as W from '../strings/report';

export const FILE_LIMITS = {
  /** A 12-month game with every facilitator power used is well under 200 kB. */
  replay: 2 * 1024 * 1024,
  /** A saved game (its snapshot carries the scenario). */
  save: 8 * 1024 * 1024,
  /** The shipped scenarios are under 10 kB; the deck they use lives in the game. */
  scenario: 2 * 1024 * 1024,
} as const;

/** The longest text allowed anywhere in a scenario file (the longest shipped one is ~1,100). */
export const MAX_SCENARIO_TEXT = 4000;
/** More decisions than any real game makes (a 24-month game makes a few hundred). */
export const MAX_DECISIONS = 5000;

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} kB`;

/** Null when `text` is within the cap for its kind of file; otherwise a message. */
export function sizeProblem(kind: keyof typeof FILE_LIMITS, text: string): string | null {
  const limit = FILE_LIMITS[kind];
  // UTF-16 length is a lower bound on the UTF-8 bytes; good enough to refuse before parsing.
  if (text.length <= limit) return null;
  return W.tooLarge(kind, kb(text.length), kb(limit));
}

/** The path of the first string longer than `max` in a parsed JSON value, or null. */
export function firstLongText(value: unknown, max: number, path = '$'): { path: string; length: number } | null {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length) {
    const [v, p] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > max) return { path: p, length: v.length };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${p}[${i}]`]);
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i][1], `${p}.${entries[i][0]}`]);
    }
  }
  return null;
}
