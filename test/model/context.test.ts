// The context helpers the phases share: `nextContext` must give exactly what a spread gives (same
// fields, same order, so saves and hashes do not change), and `copyMeters` a full, separate copy.
import { describe, expect, it } from 'vitest';
import { copyMeters, createInitialContext, nextContext } from '../../src/model/context';
import { runGame } from '../../src/model/play/runGame';
import { STRATEGIES } from '../../src/model/play/strategies';
import { miniInput } from '../helpers/game';

describe('nextContext', () => {
  const contexts = [
    createInitialContext(miniInput({ seed: 3 })),
    runGame(miniInput({ seed: 4 }), STRATEGIES.random).context,
  ];

  it.each([
    ['nothing', {}],
    ['one field', { turn: 5 }],
    ['several fields', { turn: 2, bandwidth: 1, ending: 'drift' as const }],
  ])('with %s changed, equals a spread, key order included', (_, changes) => {
    for (const ctx of contexts) {
      const next = nextContext(ctx, changes);
      expect(next).not.toBe(ctx);
      expect(next).toEqual({ ...ctx, ...changes });
      expect(JSON.stringify(next)).toBe(JSON.stringify({ ...ctx, ...changes }));
    }
  });

  it('copies every field of the context (none is dropped)', () => {
    for (const ctx of contexts) expect(Object.keys(nextContext(ctx, {}))).toEqual(Object.keys(ctx));
  });

  it('leaves the context it was given untouched', () => {
    const ctx = contexts[0];
    const before = JSON.stringify(ctx);
    nextContext(ctx, { turn: 9 });
    expect(JSON.stringify(ctx)).toBe(before);
  });
});

describe('copyMeters', () => {
  it('copies all ten meters into a new object', () => {
    const m = createInitialContext(miniInput()).meters;
    const copy = copyMeters(m);
    expect(copy).toEqual(m);
    expect(copy).not.toBe(m);
    copy.trust = -1;
    expect(m.trust).not.toBe(-1);
  });
});
