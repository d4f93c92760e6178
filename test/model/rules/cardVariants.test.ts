// Card variants and choice conditions (rules/cardVariants.ts), the events phase recording the
// variant it fired, the coherence check catching a card that presupposes what did not happen,
// and the historical calendar firing anchored random cards in their real month.
import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../../src/content/catalog';
import type { ResolvedScenario } from '../../../src/model/scenario';
import { createInitialContext, DEFAULT_SETTINGS } from '../../../src/model/context';
import { chooseProblem, fireEvent, fireEvents } from '../../../src/model/phases/events';
import { runGame } from '../../../src/model/play/runGame';
import { STRATEGIES } from '../../../src/model/play/strategies';
import { cardOf, offeredChoices, referencesOf, variantFor } from '../../../src/model/rules/cardVariants';
import { monthOfTurn, turnOf } from '../../../src/model/rules/calendar';
import type { GameContext } from '../../../src/model/types';
import { incoherences } from '../../helpers/coherence';

function scenario(id: string): ResolvedScenario {
  const s = loadShippedScenario(id);
  if (!s.ok) throw new Error('scenario does not load');
  return s.value;
}
const bt = scenario('built-to-last');
const mf = scenario('mending-fences');
const start = (s: ResolvedScenario, milestones: Record<string, number> = {}): GameContext => {
  const ctx = createInitialContext({ scenario: s, settings: DEFAULT_SETTINGS });
  return { ...ctx, milestones: { ...ctx.milestones, ...milestones } };
};

describe('variants', () => {
  const sado = bt.events['sado-inscription'];
  it.each([
    ['without the compromise: the contested base card', {}, undefined, 'UNESCO takes up the Sado gold mines'],
    [
      'with the compromise: the listing',
      { 'heritage-compromise': 3 },
      'listed',
      'Sado gold mines go on the World Heritage list',
    ],
  ])('%s', (_n, reached, variant, title) => {
    const ctx = start(bt, reached);
    expect(variantFor(sado, ctx)?.id).toBe(variant);
    const fired = fireEvent(ctx, 'sado-inscription', false);
    const f = fired.monthEvents.at(-1);
    expect(f?.variant).toBe(variant);
    expect(cardOf(sado, f?.variant).title).toBe(title);
    // The variant's own effects are the ones applied.
    const delta = fired.meters['tokyo.backlash'] - ctx.meters['tokyo.backlash'];
    expect(Math.sign(delta)).toBe(Math.sign(cardOf(sado, variant).effects['tokyo.backlash'] ?? 0));
  });

  it('the first variant that holds wins', () => {
    const pp = mf.events['phnom-penh-gathering'];
    const ctx = start(mf);
    expect(variantFor(pp, ctx)?.id).toBe('first-talks');
    expect(variantFor(pp, { ...ctx, firedEvents: { 'dprk-launch-barrage': 4 } })?.id).toBe('barrage-first-talks');
    expect(
      variantFor(pp, { ...ctx, firedEvents: { 'dprk-launch-barrage': 4 }, milestones: { 'leaders-meet': 3 } })?.id,
    ).toBe('barrage');
    expect(variantFor(pp, { ...ctx, milestones: { 'leaders-meet': 3 } })).toBeUndefined();
  });

  it('a variant sees the events of its own month (the barrage fired with Phnom Penh)', () => {
    const fired = fireEvents(start(mf), ['phnom-penh-gathering', 'dprk-launch-barrage'], false);
    expect(fired.monthEvents.find((e) => e.id === 'phnom-penh-gathering')?.variant).toBe('barrage-first-talks');
    const alone = fireEvents(start(mf), ['phnom-penh-gathering'], false);
    expect(alone.monthEvents[0].variant).toBe('first-talks');
  });

  it('choices are offered by condition, and an unoffered one is refused', () => {
    const sado = bt.events['sado-inscription'];
    const without = fireEvent(start(bt), 'sado-inscription', false);
    expect(offeredChoices(sado, without).map((c) => c.id)).toEqual(['urge-talks', 'stay-out']);
    expect(chooseProblem(without, 'sado-inscription', 'broker-exhibit')).toMatch(/not offered/);
    const withIt = fireEvent(start(bt, { 'heritage-compromise': 2 }), 'sado-inscription', false);
    expect(offeredChoices(sado, withIt).map((c) => c.id)).toEqual(['broker-exhibit', 'stay-out']);
    expect(chooseProblem(withIt, 'sado-inscription', 'broker-exhibit')).toBeNull();
    expect(referencesOf(sado, 'listed', 'broker-exhibit')).toEqual([
      { milestone: 'heritage-compromise' },
      { milestone: 'heritage-compromise' },
    ]);
  });
});

describe('the coherence check', () => {
  it('flags a card that fired in a variant its game had not reached', () => {
    const game = runGame({ scenario: mf, settings: { ...DEFAULT_SETTINGS, seed: 5 } }, STRATEGIES.quiet).context;
    expect(incoherences(game)).toEqual([]);
    const forged = structuredClone(game);
    delete forged.milestones['shuttle-diplomacy'];
    const last = forged.history.at(-1);
    if (!last) throw new Error('no month played');
    last.events.push({ id: 'kishida-seoul-visit', variant: 'returns-visit' });
    expect(incoherences(forged)).toContainEqual(
      expect.stringMatching(/kishida-seoul-visit\/returns-visit: milestone "shuttle-diplomacy"/),
    );
  });
});

describe('the historical calendar', () => {
  const firedMonth = (ctx: GameContext, id: string) =>
    ctx.firedEvents[id] === undefined ? null : monthOfTurn(ctx.scenario.start, ctx.firedEvents[id]);
  const games = (historicalCalendar: boolean) =>
    Array.from(
      { length: 12 },
      (_, i) =>
        runGame(
          { scenario: mf, settings: { ...DEFAULT_SETTINGS, seed: 11 + i, historicalCalendar } },
          STRATEGIES.adaptive,
        ).context,
    );
  it('fires anchored random cards in their real month and never the counterfactual test', () => {
    let whole = 0;
    for (const g of games(true)) {
      // a game that ended early never reached a later card's month
      const reached = (month: string) => turnOf(g.scenario.start, month) <= (g.history.at(-1)?.turn ?? -1);
      for (const [id, month] of [
        ['dprk-launch-barrage', '2022-11'],
        ['slush-fund-scandal', '2023-12'],
        ['kim-putin-summit', '2023-09'],
      ] as const) {
        expect(firedMonth(g, id)).toBe(reached(month) ? month : null);
      }
      expect(firedMonth(g, 'nuclear-test')).toBeNull();
      if (reached('2023-12')) whole++;
    }
    expect(whole).toBeGreaterThan(6);
  });
  it('leaves the default calendar drawn', () => {
    const months = new Set(games(false).map((g) => `${firedMonth(g, 'dprk-launch-barrage')}`));
    expect(months.size).toBeGreaterThan(1);
  });
});
