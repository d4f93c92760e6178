// Helpers for the report tests: whole games on the mini scenario played by the model's scripted
// strategies, and a loop that finishes an already running actor with a strategy (for branches).

import { createActor } from 'xstate';
import { gameMachine } from '../../src/model/machine';
import { runGame } from '../../src/model/play/runGame';
import { STRATEGIES, type Strategy } from '../../src/model/play/strategies';
import { seedRng, startDraws } from '../../src/model/random';
import { selectAwaitingSeats, selectPendingChoices, selectPhase } from '../../src/model/selectors';
import type { GameContext, GameEvent, Settings } from '../../src/model/types';
import type { GameActor } from '../../src/report/replay';
import { miniInput } from '../helpers/game';

export function playedGame(strategy: keyof typeof STRATEGIES, settings: Partial<Settings> = {}): GameContext {
  return runGame(miniInput(settings), STRATEGIES[strategy]).context;
}

export interface PlayOutOptions {
  seed?: number;
  /** Sends extra events at the start of each planning phase. */
  before?: (actor: GameActor) => void;
  /** The rationale human delegations give (they always accept). */
  rationale?: string;
}

/** Plays `actor` to its ending with `strategy`. */
export function playOut(actor: GameActor, strategy: Strategy, opts: PlayOutOptions = {}): GameContext {
  const { before, rationale = 'ok' } = opts;
  const draws = startDraws(seedRng(opts.seed ?? 7));
  for (let step = 0; step < 5000; step++) {
    const snap = actor.getSnapshot();
    const ctx = snap.context;
    const send = (e: GameEvent) => actor.send(e);
    switch (selectPhase(snap)) {
      case 'setup':
        send({ type: 'setup.confirm' });
        break;
      case 'briefing':
        send({ type: 'briefing.done' });
        break;
      case 'planning':
        before?.(actor);
        if (selectPhase(actor.getSnapshot()) !== 'planning') break;
        for (const p of selectPendingChoices(actor.getSnapshot().context)) {
          send({ type: 'event.choose', event: p.id, choice: strategy.choose(ctx, p.id, draws.next) });
        }
        send({ type: 'turn.commit', plan: strategy.plan(actor.getSnapshot().context, draws.next) });
        break;
      case 'awaitingAnswers': {
        const w = selectAwaitingSeats(ctx)[0];
        send({ type: 'proposal.answer', seat: w.seat, proposal: w.proposal, answer: 'accept', rationale });
        break;
      }
      case 'events': {
        const p = selectPendingChoices(ctx)[0];
        send({ type: 'event.choose', event: p.id, choice: strategy.choose(ctx, p.id, draws.next) });
        break;
      }
      case 'report':
        send({ type: 'turn.next' });
        break;
      case 'ended':
        return ctx;
    }
  }
  throw new Error('game did not end');
}

/** A started actor on the mini scenario with the given settings. */
export function newActor(settings: Partial<Settings> = {}): GameActor {
  return createActor(gameMachine, { input: miniInput(settings) }).start();
}
