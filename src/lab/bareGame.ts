// The same game as the statechart, played by calling the phase functions directly: the baseline
// that `npm run bench:model` compares the machine against (the statechart's own overhead), and the
// fast runner of the fixed-rule search. It must reach the same final context as the actor for the
// same input, strategy and lens; a test checks that. The strategy reads Washington's view only.

import { closeMonth, openMonth } from '../model/phases/closing';
import { createInitialContext } from '../model/context';
import { chooseEvent, drawEvents, pendingChoices } from '../model/phases/events';
import { adoptPlan } from '../model/phases/planning';
import { resolveMonth } from '../model/phases/resolution';
import { settleProposals } from '../model/phases/settlement';
import type { Lens } from '../model/play/lenses';
import { strategySeedFor } from '../model/play/runGame';
import type { Strategy } from '../model/play/strategies';
import { selectStrategyView } from '../model/play/view';
import { seedRng, startDraws } from '../model/random';
import type { GameContext, GameInput } from '../model/types';

export function playBare(input: GameInput, strategy: Strategy, lens?: Lens): GameContext {
  let ctx = createInitialContext(input);
  const draws = startDraws(seedRng(strategySeedFor(input)));
  const view = (c: GameContext) => (lens ? lens.apply(selectStrategyView(c), c) : selectStrategyView(c));
  for (;;) {
    ctx = resolveMonth(adoptPlan(ctx, strategy.plan(view(ctx), draws.next)));
    ctx = drawEvents(settleProposals(ctx));
    for (const f of pendingChoices(ctx)) ctx = chooseEvent(ctx, f.id, strategy.choose(view(ctx), f.id, draws.next));
    ctx = closeMonth(ctx);
    if (ctx.ending) return ctx;
    ctx = openMonth(ctx);
  }
}
