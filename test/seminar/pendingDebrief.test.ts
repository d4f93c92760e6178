// The replay a networked table's seat page hands to the game page: taken once, only when the page
// was opened to show it (the title fetches the game content at once only then).
import { describe, expect, it } from 'vitest';
import { debriefHanded, stashDebrief, takeDebrief } from '../../src/app/pendingDebrief';

function memoryStore(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('the handed debrief', () => {
  it.each([
    ['?debrief=1', true],
    ['?debrief', true],
    ['?test=1&debrief=1', true],
    ['', false],
    ['?test=1', false],
  ])('%j asks for it: %s', (search, handed) => {
    expect(debriefHanded(search)).toBe(handed);
  });

  it('is taken once, and only by a page opened to show it', () => {
    const store = memoryStore();
    expect(stashDebrief(store, 'replay text')).toBe(true);
    expect(takeDebrief(store, '')).toBeNull();
    expect(takeDebrief(store, '?debrief=1')).toBe('replay text');
    expect(takeDebrief(store, '?debrief=1')).toBeNull();
  });
});
