// Golden tables of the formulas a designer tunes. Each sweeps a grid of inputs, rounds, and
// compares with the committed snapshot, so any balance change shows up as a reviewable diff in
// test/golden/__snapshots__. After an intended change: `npx vitest run test/golden -u`, then read
// the diff and regenerate docs/balance.md with `npm run balance`.
import { describe, expect, it } from 'vitest';
import { createInitialContext } from '../../src/model/context';
import { settleProposals } from '../../src/model/phases/settlement';
import { type AdvisorInputs, PRIORITIES, situationFor, situationsOf } from '../../src/model/rules/advisors';
import { moodOf, threatBandOf, trustBandOf } from '../../src/model/rules/bounds';
import { coolingDelta, momentumDecay, threatDecay, trustDelta, willingnessTarget } from '../../src/model/rules/drift';
import { washingtonResultEffects, washingtonWinProbability, winProbability } from '../../src/model/rules/elections';
import { backlashMultiplier, postureEffects } from '../../src/model/rules/pressure';
import {
  acceptanceScale,
  APPROVAL_PIVOT,
  MOMENTUM_PIVOT,
  acceptProbability,
  answerScore,
  concessionCost,
  oneSidedCost,
} from '../../src/model/rules/proposals';
import { type Answer, METERS, type Posture, SEASONS } from '../../src/model/types';
import { miniInput } from '../helpers/game';
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
          postureEffects('seoul', p, { season, backlash: 40, threat, stance: 'engaged', difficulty: 1 }, 60)[
            'seoul.backlash'
          ] ?? 0,
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
          postureEffects(
            'tokyo',
            p,
            { season: 'steady', backlash: 40, threat: 40, stance: 'engaged', difficulty: 1 },
            c,
          ).momentum ?? 0,
      ),
    ).toMatchSnapshot();
  });

  it('backlash multiplier by stance and difficulty', () => {
    expect(
      table(
        'stance \\ difficulty',
        ['quiet', 'engaged', 'pressing', 'overreaching'],
        [0.85, 1, 1.15],
        (stance: never, d: number) =>
          backlashMultiplier({ season: 'steady', backlash: 40, threat: 40, stance, difficulty: d }),
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
            momentum: MOMENTUM_PIVOT,
            approval: APPROVAL_PIVOT,
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

  it('settlement: what a yes costs at home, by domestic cost, answer and backlash multiplier', () => {
    const cols = [
      ['accept', 1],
      ['acceptPrivately', 1],
      ['accept', 1.8],
      ['acceptPrivately', 1.8],
    ] as const;
    const head = cols.map(([a, m]) => `${a} ×${m}`);
    const lines = [`backlash: cost \\ answer | ${head.join(' | ')}`];
    for (const cost of [0, 4, 10, 20, 30]) {
      lines.push(`${cost} | ${cols.map(([a, m]) => r(concessionCost(cost, a, m).backlash)).join(' | ')}`);
    }
    lines.push(
      '',
      'cost | approval | remembered | one-sided backlash | one-sided trust | one-sided momentum | remembered',
    );
    for (const cost of [0, 4, 10, 20, 30]) {
      const yes = concessionCost(cost, 'accept', 1);
      const one = oneSidedCost(cost);
      lines.push(
        [cost, yes.approval, yes.remembered, one.backlash, one.trust, one.momentum, one.remembered].map(r).join(' | '),
      );
    }
    lines.push('', `effects scale: accept, accept | ${r(acceptanceScale(['accept', 'accept']))}`);
    lines.push(`effects scale: accept, acceptPrivately | ${r(acceptanceScale(['accept', 'acceptPrivately']))}`);
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('settlement of one ask to both allies, by their answers (meter changes and remembered concessions)', () => {
    const start = createInitialContext(miniInput());
    const combos: [Answer, Answer][] = [
      ['accept', 'accept'],
      ['acceptPrivately', 'accept'],
      ['accept', 'reject'],
      ['reject', 'reject'],
      ['stall', 'accept'],
      ['acceptPrivately', 'stall'],
    ];
    const lines = [`meter \\ seoul, tokyo | ${combos.map((c) => c.join(', ')).join(' | ')}`];
    const settled = combos.map(([seoul, tokyo]) =>
      settleProposals({
        ...start,
        proposals: [
          {
            key: '0.framework',
            initiative: 'framework',
            channel: 'public',
            asks: ['seoul', 'tokyo'],
            answers: { seoul, tokyo },
            rationales: {},
            carried: 0,
          },
        ],
      }),
    );
    for (const k of METERS) lines.push(`${k} | ${settled.map((c) => r(c.meters[k] - start.meters[k])).join(' | ')}`);
    lines.push(`conceded seoul | ${settled.map((c) => r(c.concessions.seoul)).join(' | ')}`);
    lines.push(`conceded tokyo | ${settled.map((c) => r(c.concessions.tokyo)).join(' | ')}`);
    lines.push(`asked again | ${settled.map((c) => c.carried.length).join(' | ')}`);
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it("Washington's own election: chance of a good result and its credibility effect, by lean", () => {
    expect(
      table("lean \\ Washington's vote", [-0.5, -0.25, 0, 0.25, 0.5], ['P(win)', 'won', 'lost'], (lean: number, c) =>
        c === 'P(win)' ? washingtonWinProbability(lean) : washingtonResultEffects((c as string) === 'won').credibility,
      ),
    ).toMatchSnapshot();
  });

  it('bands: mood, threat and trust by meter value', () => {
    const values = [0, 24.9, 25, 39.9, 40, 44.9, 45, 49.9, 50, 64.9, 65, 69.9, 70, 74.9, 75, 100];
    const lines = ['value | mood | threat | trust'];
    for (const v of values) lines.push(`${v} | ${moodOf(v)} | ${threatBandOf(v)} | ${trustBandOf(v)}`);
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('the advisers: which situations hold, and what each adviser speaks to, one change at a time', () => {
    const base: AdvisorInputs = {
      estimatedBacklash: { seoul: 40, tokyo: 40 },
      seasons: { seoul: 'steady', tokyo: 'steady' },
      electionIn: { seoul: null, tokyo: null },
      usCampaign: false,
      threatBand: 'calm',
      momentum: 40,
      credibility: 60,
      stance: 'engaged',
      concessions: { seoul: 0, tokyo: 0 },
    };
    const rows: [string, Partial<AdvisorInputs>][] = [
      ['nothing special', {}],
      ['Seoul estimate 74.9', { estimatedBacklash: { seoul: 74.9, tokyo: 40 } }],
      ['Seoul estimate 75', { estimatedBacklash: { seoul: 75, tokyo: 40 } }],
      ['Tokyo estimate 80', { estimatedBacklash: { seoul: 40, tokyo: 80 } }],
      ['Seoul vote in 2 months', { electionIn: { seoul: 2, tokyo: null } }],
      ['Seoul vote in 3 months', { electionIn: { seoul: 3, tokyo: null } }],
      ['Tokyo campaigning', { seasons: { seoul: 'steady', tokyo: 'campaigning' } }],
      ['Seoul honeymoon', { seasons: { seoul: 'honeymoon', tokyo: 'steady' } }],
      ['Tokyo paralysed', { seasons: { seoul: 'steady', tokyo: 'paralysed' } }],
      ['US campaign', { usCampaign: true }],
      ['threat elevated', { threatBand: 'elevated' }],
      ['threat severe', { threatBand: 'severe' }],
      ['momentum 24.9', { momentum: 24.9 }],
      ['momentum 25', { momentum: 25 }],
      ['momentum 65', { momentum: 65 }],
      ['momentum 65.1', { momentum: 65.1 }],
      ['credibility 34.9', { credibility: 34.9 }],
      ['credibility 35', { credibility: 35 }],
      ['pressing', { stance: 'pressing' }],
      ['overreaching', { stance: 'overreaching' }],
      ['concessions 12 apart', { concessions: { seoul: 12, tokyo: 0 } }],
      ['concessions 12.1 apart', { concessions: { seoul: 0, tokyo: 12.1 } }],
    ];
    const outlooks = Object.keys(PRIORITIES) as (keyof typeof PRIORITIES)[];
    const lines = [`case | situations | ${outlooks.join(' | ')}`];
    for (const [name, over] of rows) {
      const active = situationsOf({ ...base, ...over });
      lines.push(
        `${name} | ${[...active].join(', ') || '–'} | ${outlooks.map((o) => situationFor(o, active)).join(' | ')}`,
      );
    }
    expect(lines.join('\n')).toMatchSnapshot();
  });
});
