// Random legal play for property tests: at each step pick one of the legal decisions with a
// seeded stream (with `facilitator`, now and then a facilitator move or a seat change instead);
// delegations answer at random; in planning, commit after a few moves so every game moves on.

import { createActor } from 'xstate';
import { gameMachine } from '../../src/model/machine';
import { legalDecisions } from '../../src/model/play/legal';
import { seedRng, startDraws } from '../../src/model/random';
import { selectAwaitingSeats, selectPhase } from '../../src/model/selectors';
import type { GameEvent, GameInput } from '../../src/model/types';

export type GameActor = ReturnType<typeof createActor<typeof gameMachine>>;

export interface RandomPlayOptions {
  /** Called after every accepted step. */
  onStep?: (actor: GameActor, step: number) => void;
  /** Stop (without finishing) once this many steps have been sent. */
  stopAfter?: number;
  /** Mix in the facilitator's moves and seat changes (adjust, inject, custom event, seat.assign). */
  facilitator?: boolean;
}

const ADJUSTABLE = ['seoul.backlash', 'tokyo.backlash', 'seoul.approval', 'threat', 'momentum', 'credibility'] as const;

/** A random facilitator move or seat change, or null when the drawn one would be refused. */
export function randomFacilitatorEvent(actor: GameActor, draw: () => number): GameEvent | null {
  const snap = actor.getSnapshot();
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(draw() * xs.length)];
  const events: GameEvent[] = [
    { type: 'facilitator.adjust', meter: pick(ADJUSTABLE), value: Math.round(draw() * 100), reason: 'property' },
    { type: 'facilitator.inject', event: pick(Object.keys(snap.context.scenario.events)) },
    {
      type: 'facilitator.injectCustom',
      custom: {
        title: 'A custom shock',
        text: 'Made up by the test.',
        effects: { threat: Math.round(draw() * 40 - 20) },
      },
    },
    { type: 'seat.assign', seat: pick(['seoul', 'tokyo'] as const), kind: pick(['human', 'computer'] as const) },
  ];
  const e = pick(events);
  return snap.can(e) ? e : null;
}

/** The next random legal event for the actor's state, or null when the game is over. */
export function nextRandomEvent(
  actor: GameActor,
  draw: () => number,
  movesThisMonth: number,
  facilitator = false,
): GameEvent | null {
  const snap = actor.getSnapshot();
  if (selectPhase(snap) === 'awaitingAnswers') {
    const w = selectAwaitingSeats(snap.context)[0];
    const answers = ['accept', 'acceptPrivately', 'stall', 'reject'] as const;
    return {
      type: 'proposal.answer',
      seat: w.seat,
      proposal: w.proposal,
      answer: answers[Math.floor(draw() * 4)],
      rationale: 'r',
    };
  }
  const legal = legalDecisions(snap);
  if (legal.length === 0) return null;
  if (facilitator && selectPhase(snap) === 'planning' && draw() < 0.12) {
    const move = randomFacilitatorEvent(actor, draw);
    if (move) return move;
  }
  const commit = legal.find((e) => e.type === 'turn.commit');
  if (commit && (movesThisMonth >= 5 || draw() < 0.25)) return commit;
  return legal[Math.floor(draw() * legal.length)];
}

export function playRandom(input: GameInput, strategySeed: number, opts: RandomPlayOptions = {}) {
  const actor = createActor(gameMachine, { input }).start();
  const draws = startDraws(seedRng(strategySeed));
  const sent: GameEvent[] = [];
  let moves = 0;
  for (let step = 0; step < 5000; step++) {
    if (opts.stopAfter !== undefined && step >= opts.stopAfter) break;
    const e = nextRandomEvent(actor, draws.next, moves, opts.facilitator);
    if (!e) break;
    moves = e.type === 'turn.commit' ? 0 : moves + 1;
    if (!actor.getSnapshot().can(e)) throw new Error(`legalDecisions offered a refused event: ${JSON.stringify(e)}`);
    actor.send(e);
    sent.push(e);
    opts.onStep?.(actor, step);
  }
  return { actor, sent };
}
