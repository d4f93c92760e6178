// Every cause the model writes into the ledger gets a human label: none falls through to its raw key.
import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../src/content/catalog';
import { createActor } from 'xstate';
import { gameMachine } from '../../src/model/machine';
import { playToEnd } from '../../src/model/play/runGame';
import { STRATEGIES } from '../../src/model/play/strategies';
import { labelCause } from '../../src/report/labels';
import { miniInput } from '../helpers/game';

describe('labelCause', () => {
  it('labels every cause of seeded games in words, never as the raw key', () => {
    const loaded = loadShippedScenario('mending-fences');
    if (!loaded.ok) throw new Error('flagship does not load');
    const raw = new Set<string>();
    const heads = new Set<string>();
    for (const name of ['hard', 'loud', 'adaptive', 'random']) {
      for (let seed = 1; seed <= 3; seed++) {
        const actor = createActor(gameMachine, {
          input: { scenario: loaded.value, settings: { ...miniInput().settings, seed } },
        }).start();
        const end = playToEnd(actor, STRATEGIES[name], { strategySeed: seed });
        actor.stop();
        for (const h of end.history)
          for (const e of h.ledger) {
            heads.add(e.cause.split('.')[0]);
            const { what } = labelCause(end, e.cause, h.turn);
            if (what === e.cause || /\b[a-z]+\.[a-z-]+/.test(what)) raw.add(e.cause);
          }
      }
    }
    expect([...raw]).toEqual([]);
    // the games reached the causes this test is about
    for (const head of ['ask', 'megaphone', 'opening', 'posture', 'initiative', 'answer'])
      expect(heads).toContain(head);
  });
});
