// Plays a whole game headless through the real actor: the simulator, the benchmark and the
// property tests all use this loop. Washington's decisions come from a strategy; human delegation
// seats, if any, are answered by `answer` (the default stalls, so nothing hangs).

import { createActor, type SnapshotFrom } from 'xstate';
import { seedRng, startDraws } from '../random';
import { gameMachine } from '../machine';
import { selectAwaitingSeats, selectPhase, selectPendingChoices } from '../selectors';
import type { GameEvent, GameInput } from '../types';
import type { Strategy } from './strategies';

export type GameSnapshot = SnapshotFrom<typeof gameMachine>;

export interface RunOptions {
  /** Seed of the strategy's own stream (defaults to a mix of the game's seed). */
  strategySeed?: number;
  /** Called with every event sent, in order (for replays). */
  onSend?: (e: GameEvent) => void;
}

const MAX_STEPS = 10_000;

export function runGame(input: GameInput, strategy: Strategy, opts: RunOptions = {}): GameSnapshot {
  const actor = createActor(gameMachine, { input }).start();
  const draws = startDraws(seedRng(opts.strategySeed ?? input.settings.seed ^ 0x5bd1e995));
  const send = (e: GameEvent) => {
    opts.onSend?.(e);
    actor.send(e);
  };
  for (let step = 0; step < MAX_STEPS; step++) {
    const snap = actor.getSnapshot();
    const ctx = snap.context;
    switch (selectPhase(snap)) {
      case 'setup':
        send({ type: 'setup.confirm' });
        break;
      case 'briefing':
        send({ type: 'briefing.done' });
        break;
      case 'planning':
        for (const pending of selectPendingChoices(ctx)) {
          send({ type: 'event.choose', event: pending.id, choice: strategy.choose(ctx, pending.id, draws.next) });
        }
        send({ type: 'turn.commit', plan: strategy.plan(actor.getSnapshot().context, draws.next) });
        break;
      case 'awaitingAnswers': {
        const waiting = selectAwaitingSeats(ctx)[0];
        send({
          type: 'proposal.answer',
          seat: waiting.seat,
          proposal: waiting.proposal,
          answer: 'stall',
          rationale: '',
        });
        break;
      }
      case 'events': {
        const pending = selectPendingChoices(ctx)[0];
        send({ type: 'event.choose', event: pending.id, choice: strategy.choose(ctx, pending.id, draws.next) });
        break;
      }
      case 'report':
        send({ type: 'turn.next' });
        break;
      case 'ended': {
        actor.stop();
        return snap;
      }
    }
  }
  throw new Error(`game did not end within ${MAX_STEPS} steps`);
}
