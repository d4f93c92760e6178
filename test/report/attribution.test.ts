// Causal attribution sums the ledger exactly: for every meter of many seeded games (every scripted
// strategy, every difficulty, facilitator changes mid-month) the groups add up to final − start.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../src/model/play/strategies';
import { METERS } from '../../src/model/types';
import { attribute, topItems } from '../../src/report/attribution';
import { newActor, playedGame, playOut } from './helpers';

const strategyName = fc.constantFrom(...(Object.keys(STRATEGIES) as (keyof typeof STRATEGIES)[]));
const difficulty = fc.constantFrom('easy' as const, 'normal' as const, 'hard' as const);

describe('attribution', () => {
  it('sums exactly to final − start for every meter of 200 seeded games (all strategies and difficulties)', () => {
    fc.assert(
      fc.property(fc.integer(), strategyName, difficulty, (seed, name, diff) => {
        const ctx = playedGame(name, { seed, difficulty: diff });
        const attr = attribute(ctx);
        for (const k of METERS) {
          const a = attr[k];
          const sum = a.items.reduce((s, i) => s + i.delta, 0);
          expect(Math.abs(sum - (a.final - a.start))).toBeLessThan(1e-6);
          expect(Math.abs(a.unexplained)).toBeLessThan(1e-6);
          const shown = topItems(a, 3).reduce((s, i) => s + i.delta, 0);
          expect(Math.abs(shown - a.change)).toBeLessThan(1e-6);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('includes the open month: facilitator changes after the last report and a mid-month end', () => {
    const actor = newActor({ seed: 3 });
    let month = 0;
    const ctx = playOut(actor, STRATEGIES.quiet, {
      seed: 1,
      before: (a) => {
        month++;
        if (month === 2) a.send({ type: 'facilitator.adjust', meter: 'trust', value: 90, reason: 'class vote' });
        if (month === 4) {
          a.send({ type: 'facilitator.injectCustom', custom: { title: 'Storm', text: 't', effects: { threat: 9 } } });
          a.send({ type: 'facilitator.end' });
        }
      },
    });
    expect(ctx.monthLedger.length).toBeGreaterThan(0);
    const attr = attribute(ctx);
    for (const k of METERS) expect(Math.abs(attr[k].unexplained)).toBeLessThan(1e-6);
    const sentences = attr.trust.items.map((i) => i.sentence).join('\n');
    expect(sentences).toContain("The facilitator's adjustment (class vote)");
    expect(attr.threat.items.some((i) => i.sentence.startsWith('The event “Storm” in '))).toBe(true);
  });

  it('labels a push into a campaign window with the month and the season', () => {
    const ctx = playedGame('hard', { seed: 11 });
    const tokyo = attribute(ctx)['tokyo.backlash'].items.filter((i) => i.cause === 'posture.tokyo');
    const june = tokyo.find((i) => i.turn === 1);
    expect(june?.sentence).toMatch(
      /^Leaning hard on Tokyo in Jun 2022, during Tokyo's campaign window, added [\d.]+ to Tokyo's backlash\.$/,
    );
    const drift = attribute(ctx).momentum.items.find((i) => i.cause === 'drift.momentum');
    expect(drift?.turn).toBeNull();
    expect(drift?.sentence).toContain('over the game');
  });
});
