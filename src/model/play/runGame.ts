// Plays a whole game headless through the real actor: the simulator, the benchmark, the property
// tests and the report tests all use this loop. Washington's decisions come from a strategy; human
// delegation seats, if any, are answered by `answer` (the default stalls, so nothing hangs).

import { type Actor, createActor, type SnapshotFrom } from 'xstate';
import { gameMachine } from '../machine';
import { seedRng, startDraws } from '../random';
import { selectAwaitingSeats, selectPendingChoices, selectPhase, selectSeasons } from '../selectors';
import type { Answer, AllyId, GameContext, GameEvent, GameInput } from '../types';
import type { Lens } from './lenses';
import type { Strategy } from './strategies';
import { selectStrategyView, type StrategyView } from './view';

export type GameSnapshot = SnapshotFrom<typeof gameMachine>;
export type GameActor = Actor<typeof gameMachine>;

export interface RunOptions {
  /** Seed of the strategy's own stream (defaults to a mix of the game's seed). */
  strategySeed?: number;
  /** Called with every event sent, in order (for replays). */
  onSend?: (e: GameEvent) => void;
  /** Called at the start of each planning phase, e.g. to send facilitator events. */
  beforePlanning?: (actor: GameActor) => void;
  /** How a human delegation answers (default: stall, with no rationale). */
  answer?: (ctx: GameContext, seat: AllyId, proposal: string) => { answer: Answer; rationale: string };
  /** Rewrites Washington's view before the strategy reads it (the lab's ablations). */
  lens?: Lens;
}

const MAX_STEPS = 10_000;
const STALL = () => ({ answer: 'stall' as const, rationale: '' });

/** The default seed of a strategy's own stream: a mix of the game's seed. */
export function strategySeedFor(input: GameInput): number {
  return input.settings.seed ^ 0x5bd1e995;
}

export function runGame(input: GameInput, strategy: Strategy, opts: RunOptions = {}): GameSnapshot {
  const actor = createActor(gameMachine, { input }).start();
  playToEnd(actor, strategy, { ...opts, strategySeed: opts.strategySeed ?? strategySeedFor(input) });
  actor.stop();
  return actor.getSnapshot();
}

/** Plays a running actor to its ending with `strategy` and returns the final context. */
export function playToEnd(actor: GameActor, strategy: Strategy, opts: RunOptions = {}): GameContext {
  const draws = startDraws(seedRng(opts.strategySeed ?? 7));
  const answer = opts.answer ?? STALL;
  const send = (e: GameEvent) => {
    opts.onSend?.(e);
    actor.send(e);
  };
  // The strategy sees Washington's view of the snapshot as it is now, never the context.
  const view = (): StrategyView => {
    const snap = actor.getSnapshot();
    const v = selectStrategyView(snap.context, selectSeasons(snap));
    return opts.lens ? opts.lens.apply(v, snap.context) : v;
  };
  const choose = (id: string) =>
    send({ type: 'event.choose', event: id, choice: strategy.choose(view(), id, draws.next) });
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
        opts.beforePlanning?.(actor);
        if (selectPhase(actor.getSnapshot()) !== 'planning') break;
        for (const pending of selectPendingChoices(actor.getSnapshot().context)) choose(pending.id);
        send({ type: 'turn.commit', plan: strategy.plan(view(), draws.next) });
        break;
      case 'awaitingAnswers': {
        const waiting = selectAwaitingSeats(ctx)[0];
        send({
          type: 'proposal.answer',
          seat: waiting.seat,
          proposal: waiting.proposal,
          ...answer(ctx, waiting.seat, waiting.proposal),
        });
        break;
      }
      case 'events':
        choose(selectPendingChoices(ctx)[0].id);
        break;
      case 'report':
        send({ type: 'turn.next' });
        break;
      case 'ended':
        return ctx;
    }
  }
  throw new Error(`game did not end within ${MAX_STEPS} steps`);
}
