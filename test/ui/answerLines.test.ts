// The turn report's answers (answerLines): a proposal stalled last month and put to every capital
// again says so, so a yes of last month that turns into a stall is not a silent reversal.

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { nextContext } from '../../src/model/context';
import { gameMachine } from '../../src/model/machine';
import { playToEnd } from '../../src/model/play/runGame';
import { STRATEGIES } from '../../src/model/play/strategies';
import { answerLines } from '../../src/views/readouts';
import { miniInput } from '../helpers/game';

describe('answerLines', () => {
  it('marks a proposal asked again after a stall, and no other', () => {
    let again = 0;
    let fresh = 0;
    for (let seed = 1; seed <= 12 && (again < 3 || fresh < 3); seed++) {
      const actor = createActor(gameMachine, { input: miniInput({ seed }) }).start();
      const end = playToEnd(actor, STRATEGIES.random, { strategySeed: seed });
      actor.stop();
      for (let n = 1; n <= end.history.length; n++) {
        const ctx = nextContext(end, { history: end.history.slice(0, n) });
        const lines = answerLines(ctx);
        end.history[n - 1].proposals.forEach((p, i) => {
          const marked = lines[i].includes('(asked again after last month');
          expect(marked).toBe(p.carried > 0);
          if (marked) again++;
          else fresh++;
        });
      }
    }
    expect(again).toBeGreaterThan(0);
    expect(fresh).toBeGreaterThan(0);
  });
});
