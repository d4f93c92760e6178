// Golden tables of the formulas a designer tunes. Each sweeps a grid of inputs, rounds, and
// compares with the committed snapshot, so any balance change shows up as a reviewable diff in
// test/golden/__snapshots__. After an intended change: `npx vitest run test/golden -u`, then read
// the diff and regenerate docs/balance.md with `npm run balance`.
import { describe, expect, it } from 'vitest';
import { coolingDelta, momentumDecay, threatDecay, trustDelta, willingnessTarget } from '../../src/model/rules/drift';
import { winProbability } from '../../src/model/rules/elections';
import { backlashMultiplier, postureEffects } from '../../src/model/rules/pressure';
import { acceptProbability, answerScore } from '../../src/model/rules/proposals';
import type { Posture, Season } from '../../src/model/types';

const SEASONS: Season[] = ['steady', 'campaigning', 'honeymoon', 'paralysed'];
const r = (x: number) => (Math.round(x * 1000) / 1000).toString();

/** A plain-text table: one row per first input, one column per second. */
function table(
  name: string,
  rows: readonly (string | number)[],
  cols: readonly (string | number)[],
  f: (a: never, b: never) => number,
) {
  const lines = [`${name} | ${cols.join(' | ')}`];
  for (const a of rows) lines.push(`${a} | ${cols.map((b) => r(f(a as never, b as never))).join(' | ')}`);
  return lines.join('\n');
}

describe('golden formulas', () => {
  it('backlash from one month of posture, by season and threat (overreaching off)', () => {
    const out = SEASONS.map((season) =>
      table(
        `${season}: posture \\ threat`,
        [0, 1, 2, 3],
        [0, 40, 70, 100],
        (p: Posture, threat: number) =>
          postureEffects('seoul', p, { season, threat, stance: 'engaged', difficulty: 1 }, 60)['seoul.backlash'] ?? 0,
      ),
    );
    expect(out.join('\n\n')).toMatchSnapshot();
  });

  it('momentum from posture, by credibility', () => {
    expect(
      table(
        'posture \\ credibility',
        [0, 1, 2, 3],
        [0, 50, 100],
        (p: Posture, c: number) =>
          postureEffects('tokyo', p, { season: 'steady', threat: 40, stance: 'engaged', difficulty: 1 }, c).momentum ??
          0,
      ),
    ).toMatchSnapshot();
  });

  it('backlash multiplier by stance and difficulty', () => {
    expect(
      table(
        'stance \\ difficulty',
        ['quiet', 'engaged', 'pressing', 'overreaching'],
        [0.85, 1, 1.15],
        (stance: never, d: number) => backlashMultiplier({ season: 'steady', threat: 40, stance, difficulty: d }),
      ),
    ).toMatchSnapshot();
  });

  it('chance a delegation says yes, by willingness and backlash, in each season', () => {
    const out = SEASONS.map((season) =>
      table(`${season}: willingness \\ backlash`, [0, 25, 50, 75, 100], [0, 40, 60, 80, 100], (w: number, b: number) =>
        acceptProbability(
          answerScore({
            willingness: w,
            backlash: b,
            credibility: 60,
            trust: 40,
            threat: 40,
            season,
            domesticCost: 10,
            kind: 'diplomatic',
            channel: 'public',
            imbalance: 0,
            bias: 0,
          }),
        ),
      ),
    );
    expect(out.join('\n\n')).toMatchSnapshot();
  });

  it('election win probability by approval and backlash', () => {
    expect(
      table('approval \\ backlash', [20, 35, 50, 65], [30, 60, 90], (a: number, b: number) => winProbability(a, b, 0)),
    ).toMatchSnapshot();
  });

  it('monthly drift: cooling, decay and the willingness target', () => {
    const lines = [
      table('cooling: backlash \\ resting level', [0, 30, 60, 90, 100], [0, 27], (b: number, rest: number) =>
        coolingDelta(b, rest),
      ),
      table('momentum decay', [0, 25, 50, 75, 100], ['delta'], (m: number) => momentumDecay(m)),
      table('threat decay', [0, 30, 60, 100], ['delta'], (t: number) => threatDecay(t)),
      table('trust: trust \\ momentum', [0, 30, 60, 100], [10, 50], (t: number, m: number) => trustDelta(t, m)),
      ...SEASONS.map((season) =>
        table(
          `willingness target (${season}): threat \\ backlash`,
          [20, 50, 80],
          [20, 50, 80],
          (t: number, b: number) => willingnessTarget({ backlash: b, threat: t, trust: 40, season, imbalance: 0 }),
        ),
      ),
    ];
    expect(lines.join('\n\n')).toMatchSnapshot();
  });
});
