// The closed month's seen changes with their largest causes (selectSeenChanges), checked at every
// closed month of seeded July Window games: the public meters' causes are their ledger summed by
// kind, the largest first; the capitals' backlash estimates take theirs from the backlash account
// (never the hidden opening, never a true level); willingness estimates name none. And the room's
// words for them (meterChanges, causeShare, meterChangesSaid).

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadShippedScenario } from '../../src/content/catalog';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import { selectBacklashAccount } from '../../src/model/explain';
import { gameMachine } from '../../src/model/machine';
import {
  CAUSES_SHOWN,
  type CauseShare,
  causeKind,
  REVISION_KIND,
  selectSeenChanges,
} from '../../src/model/meterCauses';
import { playToEnd } from '../../src/model/play/runGame';
import { STRATEGIES } from '../../src/model/play/strategies';
import { round1 } from '../../src/model/rules/bounds';
import { OPENING_CAUSE } from '../../src/model/rules/hiddenStart';
import { selectWashingtonReport } from '../../src/model/selectors';
import { ALLIES, type GameContext, type MeterKey, PUBLIC_METERS } from '../../src/model/types';
import { FEEL } from '../../src/strings/feel';
import { causeLines, causeShare, meterChanges, meterChangesSaid } from '../../src/views/feelModels';

/** The context at the planning phase after each closed month of a seeded game (as the room shows it). */
function closedMonths(seed: number, strategy: string): GameContext[] {
  const s = loadShippedScenario('july-window');
  if (!s.ok) throw new Error('july-window did not load');
  const actor = createActor(gameMachine, { input: { scenario: s.value, settings: { ...DEFAULT_SETTINGS, seed } } });
  const out: GameContext[] = [];
  playToEnd(actor.start(), STRATEGIES[strategy], {
    beforePlanning: (a) => {
      const ctx = a.getSnapshot().context;
      if (ctx.history.length) out.push(ctx);
    },
  });
  return out;
}

const months = [
  ...[4, 11, 25].flatMap((seed) => closedMonths(seed, 'adaptive')),
  // leaning hard on both every month: hot publics, clipped changes, one-sided concessions
  ...[7, 19].flatMap((seed) => closedMonths(seed, 'hard')),
];
const size = (c: CauseShare) => Math.max(Math.abs(c.low), Math.abs(c.high));
/** +1 for a share that pushed the way the meter went, −1 against, 0 unsized. */
const way = (c: CauseShare, delta: number) => (c.unsized ? 0 : Math.sign(c.low + c.high) * Math.sign(delta));
/** True when `a` comes before `b` or may (the order: the meter's way first, then the larger). */
const comesFirst = (a: CauseShare, b: CauseShare, delta: number) =>
  way(a, delta) > way(b, delta) || (way(a, delta) === way(b, delta) && size(a) >= size(b));

describe('selectSeenChanges', () => {
  it('the seeded games give many closed months', () => expect(months.length).toBeGreaterThan(20));

  it('lists the public meters, then each capital’s two estimates, with the changes the report gives', () => {
    for (const ctx of months) {
      const seen = selectSeenChanges(ctx);
      const r = selectWashingtonReport(ctx)!;
      expect(seen.map((c) => c.meter)).toEqual([
        ...PUBLIC_METERS,
        'seoul.backlash',
        'seoul.willingness',
        'tokyo.backlash',
        'tokyo.willingness',
      ]);
      for (const c of seen) {
        expect(c.turn).toBe(ctx.history.at(-1)!.turn);
        const [ally, what] = c.meter.split('.') as [(typeof ALLIES)[number], string];
        const want =
          what === 'backlash' || what === 'willingness'
            ? r.estimateDeltas[ally][what]
            : r.publicDeltas[c.meter as (typeof PUBLIC_METERS)[number]];
        expect(c.delta).toBe(want);
        expect(c.causes.length).toBeLessThanOrEqual(CAUSES_SHOWN);
        for (let i = 1; i < c.causes.length; i++) expect(comesFirst(c.causes[i - 1], c.causes[i], c.delta)).toBe(true);
      }
    }
  });

  it('sizes a public meter’s causes from its ledger, summed by kind, and names those that pushed its way first, the largest first', () => {
    let named = 0;
    for (const ctx of months) {
      const ledger = ctx.history.at(-1)!.ledger;
      for (const c of selectSeenChanges(ctx).filter((x) => (PUBLIC_METERS as readonly string[]).includes(x.meter))) {
        const byKind = new Map<string, number>();
        for (const e of ledger.filter((x) => x.meter === (c.meter as MeterKey)))
          byKind.set(causeKind(e.cause), (byKind.get(causeKind(e.cause)) ?? 0) + e.delta);
        for (const cause of c.causes) {
          named++;
          expect(cause.low).toBe(cause.high);
          expect(cause.low).toBe(round1(byKind.get(cause.kind)!));
        }
        // no kind left out comes before the last one named
        const left = [...byKind]
          .filter(([k]) => !c.causes.some((x) => x.kind === k))
          .map(([kind, v]) => ({ kind, low: round1(v), high: round1(v) }))
          // a kind that summed to nothing is never named
          .filter((v) => size(v) >= 0.05);
        const last = c.causes.at(-1);
        if (c.causes.length === CAUSES_SHOWN && last)
          for (const v of left) expect(comesFirst(last, v, c.delta), `${c.meter}: ${v.kind} left out`).toBe(true);
        else expect(left).toEqual([]);
      }
    }
    expect(named).toBeGreaterThan(50);
  });

  it('takes a backlash estimate’s causes from the backlash account, never the hidden opening; willingness names none', () => {
    let ranged = 0;
    let revised = 0;
    for (const ctx of months) {
      const account = selectBacklashAccount(ctx)!;
      const seen = selectSeenChanges(ctx);
      for (const ally of ALLIES) {
        const b = seen.find((c) => c.meter === `${ally}.backlash`)!;
        const kinds = new Set(account[ally].lines.map((l) => causeKind(l.cause)));
        for (const c of b.causes) {
          expect(c.kind).not.toBe(causeKind(OPENING_CAUSE));
          if (c.kind === REVISION_KIND) {
            // what the account leaves over of the estimate's move
            expect([c.low, c.high]).toEqual([account[ally].revision.low, account[ally].revision.high]);
            revised++;
            continue;
          }
          expect(kinds.has(c.kind)).toBe(true);
          const lines = account[ally].lines.filter((l) => causeKind(l.cause) === c.kind);
          expect(c.low).toBe(
            round1(Math.min(...[lines.reduce((n, l) => n + l.low, 0), lines.reduce((n, l) => n + l.high, 0)])),
          );
          if (c.low !== c.high) ranged++;
        }
        expect(seen.find((c) => c.meter === `${ally}.willingness`)!.causes).toEqual([]);
      }
    }
    expect(ranged).toBeGreaterThan(0); // cooling, or pressure over the band, comes as a range
    expect(revised).toBeGreaterThan(0); // the embassy's revision is named where it moved the estimate
  });

  it('reads no hidden true level: moving the true backlash and willingness leaves it unchanged', () => {
    for (const ctx of months.filter((_, i) => i % 3 === 0)) {
      const shift = (m: GameContext['meters']) => {
        const out = { ...m };
        for (const a of ALLIES) {
          out[`${a}.backlash`] = Math.min(100, out[`${a}.backlash`] + 9);
          out[`${a}.willingness`] = Math.max(0, out[`${a}.willingness`] - 9);
        }
        return out;
      };
      const moved: GameContext = {
        ...ctx,
        meters: shift(ctx.meters),
        history: ctx.history.map((h) => ({ ...h, meters: shift(h.meters) })),
      };
      expect(selectSeenChanges(moved)).toEqual(selectSeenChanges(ctx));
    }
  });

  it('is empty before the first month closes', () => {
    expect(selectSeenChanges({ ...months[0], history: [] })).toEqual([]);
  });
});

describe('the room’s words for them', () => {
  it('falls back from every size to the words alone, so a crowded row still names its largest cause', () => {
    const W = FEEL.meters.causeWords;
    expect(
      causeLines([
        { kind: 'drift.reciprocity', low: -11.2, high: -13.4 },
        { kind: 'posture', low: 8.6, high: 12.3 },
      ]),
    ).toEqual([
      `${W['drift.reciprocity']} −11…−13 · ${W.posture} +9…+12`,
      `${W['drift.reciprocity']} −11…−13`,
      `${W['drift.reciprocity']} · ${W.posture}`,
      W['drift.reciprocity'],
    ]);
    // an unsized cause is its word already: no line twice
    expect(causeLines([{ kind: 'facilitator', low: 0, high: 0, unsized: true }])).toEqual([W.facilitator]);
    expect(causeLines([])).toEqual([]);
  });

  it('words a share: a size, a whole-number range nearer end first, or the word alone', () => {
    const W = FEEL.meters.causeWords;
    expect(causeShare({ kind: 'posture', low: 3.1, high: 3.1 })).toBe(`${W.posture} +3.1`);
    expect(causeShare({ kind: 'drift.cooling', low: -2.9, high: -1.4 })).toBe(`${W['drift.cooling']} −1…−3`);
    expect(causeShare({ kind: 'facilitator', low: 0, high: 0, unsized: true })).toBe(W.facilitator);
    expect(causeShare({ kind: 'no-such-kind', low: -2, high: -2 })).toBe(`${FEEL.meters.otherCause} −2`);
  });

  it('shows changes of at least ±1 with shorter fallbacks of the cause line, and says each', () => {
    let shown = 0;
    for (const ctx of months) {
      const changes = meterChanges(ctx);
      const seen = selectSeenChanges(ctx);
      for (const c of seen) {
        const m = changes[c.meter];
        if (Math.round(c.delta) === 0) {
          expect(m).toBeUndefined();
          continue;
        }
        shown++;
        expect(m!.shown).toBe(Math.round(c.delta));
        // every cause sized, one fewer at a time; then their words alone, down to the largest's word
        const n = c.causes.length;
        const sized = m!.causes.slice(0, n);
        const words = m!.causes.slice(n);
        expect(sized).toHaveLength(n);
        for (const part of [sized, words])
          for (let i = 1; i < part.length; i++) expect(part[i - 1].startsWith(part[i])).toBe(true);
        if (n) expect(m!.causes.at(-1)).toBe(FEEL.meters.causeWords[c.causes[0].kind] ?? FEEL.meters.otherCause);
        for (const line of words) expect(line).not.toMatch(/\d/);
        for (const line of m!.causes)
          for (const kind of Object.keys(FEEL.meters.causeWords)) expect(line).not.toContain(`${kind}.`);
      }
      const said = meterChangesSaid(changes);
      if (Object.keys(changes).length) expect(said).toMatch(/^Last month: .+\.$/);
      else expect(said).toBe('');
    }
    expect(shown).toBeGreaterThan(50);
  });
});
