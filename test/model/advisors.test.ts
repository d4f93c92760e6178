// Advisers never recommend a locked action: over many seeded months of every shipped scenario, each
// line an adviser says names only initiatives the machine would queue now (checked with `whyNot`
// on the snapshot, not with the rule that picked the line), and the filter really passes lines over.
// Also the deck's checks on `recommends` and the rule that picks the first sayable situation.

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { DECK_DATA, loadShippedScenario, SCENARIO_IDS } from '../../src/content/catalog';
import { parseDeck } from '../../src/content/load';
import type { Recommendation } from '../../src/content/schema';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import { gameMachine } from '../../src/model/machine';
import { type GameActor, playToEnd } from '../../src/model/play/runGame';
import { STRATEGIES } from '../../src/model/play/strategies';
import { situationFor } from '../../src/model/rules/advisors';
import { activeSituations, selectAdvisors, selectPhase } from '../../src/model/selectors';
import { CHANNELS } from '../../src/model/types';
import { whyNot } from '../../src/model/whyNot';

/** Whether the machine would queue `rec` at the opening of this planning phase (nothing queued yet). */
function queueable(actor: GameActor, rec: Recommendation): boolean {
  const s = actor.getSnapshot();
  const ids = Object.values(s.context.scenario.initiatives)
    .filter((d) => ('initiative' in rec ? d.id === rec.initiative : d.kind === rec.kind))
    .map((d) => d.id);
  return ids.some((initiative) =>
    CHANNELS.some((channel) => whyNot(s, { type: 'initiative.queue', initiative, channel }) === null),
  );
}

describe('selectAdvisors', () => {
  it('never recommends a locked initiative (3 scenarios × 3 strategies × 5 seeds, every month)', () => {
    let months = 0;
    let recommended = 0;
    let passedOver = 0;
    const locked: string[] = [];
    for (const id of SCENARIO_IDS) {
      const loaded = loadShippedScenario(id);
      if (!loaded.ok) throw new Error(`${id} does not load`);
      for (const strategy of ['random', 'adaptive', 'hard']) {
        for (let seed = 1; seed <= 5; seed++) {
          const actor = createActor(gameMachine, {
            input: { scenario: loaded.value, settings: { ...DEFAULT_SETTINGS, seed: seed * 977 } },
          }).start();
          playToEnd(actor, STRATEGIES[strategy], {
            strategySeed: seed,
            beforePlanning: (a) => {
              const s = a.getSnapshot();
              if (selectPhase(s) !== 'planning' || s.context.plan.initiatives.length) return;
              months++;
              const active = activeSituations(s.context);
              for (const adv of selectAdvisors(s.context)) {
                const def = s.context.scenario.advisors.find((d) => d.id === adv.id);
                if (def && situationFor(def.outlook, active) !== adv.situation) passedOver++;
                for (const rec of adv.recommends) {
                  recommended++;
                  if (!queueable(a, rec))
                    locked.push(`${id} seed ${seed} turn ${s.context.turn}: ${adv.id} ${JSON.stringify(rec)}`);
                }
              }
            },
          });
          actor.stop();
        }
      }
    }
    console.log(`[advisers] ${months} months, ${recommended} recommendations shown, ${passedOver} lines passed over`);
    expect(locked).toEqual([]);
    // the check bites: recommendations were shown, and locked ones were passed over
    expect(recommended).toBeGreaterThan(50);
    expect(passedOver).toBeGreaterThan(10);
  });
});

describe('situationFor', () => {
  const active = new Set(['threatSevere', 'threatElevated', 'momentumLow'] as const);
  it.each([
    [() => true, 'threatSevere'],
    [(s: string) => s !== 'threatSevere', 'threatElevated'],
    [(s: string) => s === 'momentumLow', 'momentumLow'],
    [() => false, 'default'],
  ])('skips situations whose line may not be said (%#)', (sayable, expected) => {
    expect(situationFor('security', active, sayable)).toBe(expected);
  });
});

describe('the deck checks advisers’ recommendations', () => {
  const withRecommends = (recommends: Record<string, unknown>) => ({
    ...DECK_DATA,
    advisors: DECK_DATA.advisors.map((a, i) => (i === 0 ? { ...a, recommends } : a)),
  });
  it.each([
    [{ momentumLow: [{ initiative: 'no-such-card' }] }, 'unknown initiative "no-such-card"'],
    [{ default: [{ kind: 'security' }] }, 'the default line recommends nothing'],
    [{ notASituation: [{ kind: 'security' }] }, 'no line for "notASituation"'],
  ])('refuses %j', (recommends, message) => {
    const r = parseDeck('deck.json', withRecommends(recommends));
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toContain(message);
  });
  it('accepts the shipped recommendations', () => {
    expect(parseDeck('deck.json', DECK_DATA).ok).toBe(true);
  });
});
