// Helpers for the report tests: whole games on the mini scenario played by the model's scripted
// strategies, and a loop that finishes an already running actor with a strategy (for branches).

import { createActor } from 'xstate';
import { gameMachine } from '../../src/model/machine';
import { playToEnd, runGame } from '../../src/model/play/runGame';
import { STRATEGIES, type Strategy } from '../../src/model/play/strategies';
import type { GameContext, Settings } from '../../src/model/types';
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

/** Plays `actor` to its ending with `strategy`; human delegations accept with `rationale`. */
export function playOut(actor: GameActor, strategy: Strategy, opts: PlayOutOptions = {}): GameContext {
  const { before, rationale = 'ok' } = opts;
  return playToEnd(actor, strategy, {
    strategySeed: opts.seed ?? 7,
    beforePlanning: before,
    answer: () => ({ answer: 'accept', rationale }),
  });
}

/** A started actor on the mini scenario with the given settings. */
export function newActor(settings: Partial<Settings> = {}): GameActor {
  return createActor(gameMachine, { input: miniInput(settings) }).start();
}
