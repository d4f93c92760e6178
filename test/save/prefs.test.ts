// Preferences: written and read back, each field on its own (a bad value loses only itself), and
// unreadable storage falls back to the defaults (the system's reduced-motion setting, guide not done).

import { describe, expect, it } from 'vitest';
import { PREFS_KEY, readPrefs, writePrefs } from '../../src/save/prefs';
import type { KeyValueStore } from '../../src/save/save';

function store(initial?: string): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[PREFS_KEY, initial]]);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  } as KeyValueStore & { data: Map<string, string> };
}

describe('prefs', () => {
  it('round-trips both fields', () => {
    const s = store();
    writePrefs(s, { reducedMotion: true, guideDone: true });
    expect(readPrefs(s, false)).toMatchObject({ reducedMotion: true, guideDone: true });
  });
  it.each([
    [undefined, { reducedMotion: true, guideDone: false }],
    ['not json', { reducedMotion: true, guideDone: false }],
    ['{"reducedMotion":"yes","guideDone":true}', { reducedMotion: true, guideDone: true }],
    ['{"reducedMotion":false,"guideDone":"yes"}', { reducedMotion: false, guideDone: false }],
    ['[1,2]', { reducedMotion: true, guideDone: false }],
  ])('reads %j as %j (system reduced motion on)', (raw, expected) => {
    expect(readPrefs(store(raw), true)).toMatchObject(expected);
  });
});
