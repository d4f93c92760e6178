// XState's own share of a game: the same statechart and the same events, with what every action
// produced (its context and the events it raised) and every guard's answer read from a tape recorded
// on a real run instead of computed by the rules. Transitions, microsteps and snapshots run as in the
// real game; only the rule work (in actions and in guards) is gone. The benchmark prints it so the
// statechart's cost splits into "XState's interpreter" and "our rules".

import { createActor } from 'xstate';
import { gameMachine, replayAction, STEPS, type StepResult, stepAction } from '../model/machine';
import { type GameSnapshot, playToEnd, strategySeedFor } from '../model/play/runGame';
import type { Strategy } from '../model/play/strategies';
import type { GameEvent, GameInput } from '../model/types';

/** What a real run did: the events sent, what each action produced (context and raised events), each guard's answer. */
export interface Tape {
  input: GameInput;
  events: GameEvent[];
  contexts: StepResult[];
  guards: boolean[];
}

type Guards = typeof gameMachine.implementations.guards;
type GuardImpl = (args: unknown, params: unknown) => boolean;
const GUARDS = gameMachine.implementations.guards as unknown as Record<string, GuardImpl>;

/** Every guard of the machine, each replaced by `make(itsRealImplementation)`. */
function guardsFrom(make: (real: GuardImpl) => GuardImpl): Guards {
  return Object.fromEntries(Object.entries(GUARDS).map(([name, real]) => [name, make(real)])) as Guards;
}

/**
 * Plays `strategy` for real and records the events sent, every guard's answer in order, and what
 * every action produced: its context and the events it raised, in order.
 */
export function recordTape(input: GameInput, strategy: Strategy): Tape {
  const events: GameEvent[] = [];
  const contexts: StepResult[] = [];
  const guards: boolean[] = [];
  const recording = gameMachine.provide({
    actions: Object.fromEntries(
      Object.entries(STEPS).map(([name, def]) => [name, stepAction(def, (r) => contexts.push(r))]),
    ),
    guards: guardsFrom((real) => (args, params) => {
      const answer = real(args, params);
      guards.push(answer);
      return answer;
    }),
  });
  const actor = createActor(recording, { input }).start();
  playToEnd(actor, strategy, { strategySeed: strategySeedFor(input), onSend: (e) => events.push(e) });
  actor.stop();
  return { input, events, contexts, guards };
}

/** The tape being replayed and how far each of its two tracks has been read. */
const cursor = { tape: undefined as Tape | undefined, context: 0, guard: 0 };

/**
 * The statechart with every action and guard replaced by "the next entry on the tape". Built on
 * first use and kept: `provide` constructs a new machine, which a per-game replay must not pay for,
 * and a process that never replays should not hold a second machine definition.
 */
let tapedMachine: typeof gameMachine | undefined;

function taped(): typeof gameMachine {
  tapedMachine ??= gameMachine.provide({
    actions: Object.fromEntries(
      Object.keys(STEPS).map((name) => [name, replayAction(() => read(tapeOf().contexts, cursor.context++))]),
    ),
    guards: guardsFrom(() => () => read(tapeOf().guards, cursor.guard++)),
  });
  return tapedMachine;
}

function read<T>(track: readonly T[], at: number): T {
  if (at >= track.length) throw new Error(`the replay ran past its tape (entry ${at + 1} of ${track.length})`);
  return track[at];
}

function tapeOf(): Tape {
  if (!cursor.tape) throw new Error('no tape is being replayed');
  return cursor.tape;
}

/**
 * Replays a tape through the taped statechart and returns the final snapshot. Throws if the
 * replay ran past the tape or left part of it unread: either means it went off the recorded game.
 */
export function replayTape(tape: Tape): GameSnapshot {
  Object.assign(cursor, { tape, context: 0, guard: 0 });
  try {
    const actor = createActor(taped(), { input: tape.input });
    let failure: unknown;
    actor.subscribe({ error: (err) => (failure ??= err) });
    actor.start();
    for (const e of tape.events) {
      if (failure !== undefined) break;
      actor.send(e);
    }
    actor.stop();
    if (failure !== undefined) throw failure;
    if (cursor.context !== tape.contexts.length || cursor.guard !== tape.guards.length) {
      throw new Error(
        `the replay left its tape unread (contexts ${cursor.context} of ${tape.contexts.length}, ` +
          `guards ${cursor.guard} of ${tape.guards.length})`,
      );
    }
    return actor.getSnapshot();
  } finally {
    cursor.tape = undefined;
  }
}
