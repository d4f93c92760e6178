// The game as one XState statechart: setup → briefing → campaign → ended. `campaign` is parallel:
// the turn cycle, a political season and a mood per ally, the threat band and Washington's stance.
// The machine orchestrates; every formula lives in rules/ and every context update in phases/.
// No Phaser, no DOM, no clock: the same input and events give the same game everywhere.

import { assign, setup } from 'xstate';
import { moodOf, threatBandOf } from './rules/bounds';
import { stanceOf } from './rules/washington';
import { createInitialContext, nextContext, withFreshEstimates } from './phases/context';
import { closeMonth, endingIfStoppedNow, openMonth } from './phases/closing';
import {
  chooseEvent,
  chooseProblem,
  customProblem,
  drawEvents,
  fireEvent,
  injectCustom,
  injectProblem,
  pendingChoices,
} from './phases/events';
import { adjustMeter, adjustProblem, assignSeat, configure, seatProblem, settingsProblem } from './phases/facilitation';
import {
  adoptPlan,
  cancelInitiative,
  cancelProblem,
  planProblem,
  postureProblem,
  queueInitiative,
  queueProblem,
  setPosture,
} from './phases/planning';
import { allAnswered, answerProblem, answerProposal, resolveMonth } from './phases/resolution';
import { settleProposals } from './phases/settlement';
import { DIFFICULTY } from './rules/difficulty';
import type { AllyId, GameContext, GameEvent, GameInput, Mood, Season, ThreatBand, WashingtonStance } from './types';

const SEASONS: Season[] = ['steady', 'campaigning', 'honeymoon', 'paralysed'];
const MOODS: Mood[] = ['calm', 'simmering', 'boiling'];
const THREAT_BANDS: ThreatBand[] = ['calm', 'elevated', 'severe'];
const STANCES: WashingtonStance[] = ['quiet', 'engaged', 'pressing', 'overreaching'];

/** States whose value mirrors the context: each moves by eventless transitions guarded by `guard`. */
function mirrorRegion<T extends string>(names: readonly T[], guard: string, params: (name: T) => object) {
  const states: Record<string, object> = {};
  for (const name of names) {
    states[name] = {
      always: names
        .filter((other) => other !== name)
        .map((other) => ({ guard: { type: guard, params: params(other) }, target: other })),
    };
  }
  return { initial: names[0], states };
}

function allyRegion(ally: AllyId) {
  return {
    type: 'parallel' as const,
    states: {
      season: mirrorRegion(SEASONS, 'seasonIs', (season) => ({ ally, season })),
      mood: mirrorRegion(MOODS, 'moodIs', (mood) => ({ ally, mood })),
    },
  };
}

/** The context with `event` appended to the decisions (the replay), as of `before`'s month. */
function recorded(ctx: GameContext, before: GameContext, event: GameEvent): GameContext {
  return nextContext(ctx, { decisions: [...before.decisions, { turn: before.turn, event }] });
}

/**
 * An action that applies a decision and records it in one assign: XState builds a whole snapshot
 * per assign, so one assign per accepted event keeps that cost to a minimum.
 */
function decide(update: (ctx: GameContext, event: GameEvent) => GameContext) {
  return assign<GameContext, GameEvent, undefined, GameEvent, never>(({ context, event }) =>
    recorded(update(context, event), context, event),
  );
}

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    input: {} as GameInput,
  },
  guards: {
    validSettings: ({ event }) => event.type === 'setup.configure' && settingsProblem(event.settings) === null,
    validPosture: ({ event }) => event.type === 'posture.set' && postureProblem(event.ally, event.posture) === null,
    canQueue: ({ context, event }) =>
      event.type === 'initiative.queue' && queueProblem(context, event.initiative, event.channel) === null,
    canCancel: ({ context, event }) =>
      event.type === 'initiative.cancel' && cancelProblem(context, event.initiative) === null,
    noPendingChoices: ({ context }) => pendingChoices(context).length === 0,
    canCommit: ({ context, event }) =>
      event.type === 'turn.commit' &&
      pendingChoices(context).length === 0 &&
      (event.plan === undefined || planProblem(context, event.plan) === null),
    canChoose: ({ context, event }) =>
      event.type === 'event.choose' && chooseProblem(context, event.event, event.choice) === null,
    validAnswer: ({ context, event }) =>
      event.type === 'proposal.answer' && answerProblem(context, event.seat, event.proposal, event.answer) === null,
    allAnswered: ({ context }) => allAnswered(context),
    waitsForAnswers: ({ context }) => !allAnswered(context),
    canInject: ({ context, event }) =>
      event.type === 'facilitator.inject' && injectProblem(context, event.event) === null,
    validCustom: ({ event }) => event.type === 'facilitator.injectCustom' && customProblem(event.custom) === null,
    validAdjust: ({ event }) =>
      event.type === 'facilitator.adjust' && adjustProblem(event.meter, event.value, event.reason) === null,
    validSeat: ({ event }) => event.type === 'seat.assign' && seatProblem(event.seat, event.kind) === null,
    isOver: ({ context }) => context.ending !== null,
    seasonIs: ({ context }, p: { ally: AllyId; season: Season }) => context.politics[p.ally].season === p.season,
    moodIs: ({ context }, p: { ally: AllyId; mood: Mood }) => moodOf(context.meters[`${p.ally}.backlash`]) === p.mood,
    threatIs: ({ context }, p: { band: ThreatBand }) => threatBandOf(context.meters.threat) === p.band,
    stanceIs: ({ context }, p: { stance: WashingtonStance }) => stanceOf(context.pressureHistory) === p.stance,
  },
  actions: {
    recordDecision: assign(({ context, event }) => recorded(context, context, event)),
    configure: decide((ctx, e) => {
      if (e.type !== 'setup.configure') return ctx;
      const next = configure(ctx, e.settings);
      return withFreshEstimates(next, DIFFICULTY[next.settings.difficulty].uncertainty);
    }),
    setPosture: decide((ctx, e) => (e.type === 'posture.set' ? setPosture(ctx, e.ally, e.posture) : ctx)),
    queueInitiative: decide((ctx, e) =>
      e.type === 'initiative.queue' ? queueInitiative(ctx, e.initiative, e.channel) : ctx,
    ),
    cancelInitiative: decide((ctx, e) => (e.type === 'initiative.cancel' ? cancelInitiative(ctx, e.initiative) : ctx)),
    // Entry of `resolving`: the commit that led here is recorded with the month's resolution; when
    // every delegation has answered (all computer seats) the answers settle and events fire at once.
    resolveMonth: decide((ctx, e) => {
      const resolved = resolveMonth(e.type === 'turn.commit' && e.plan ? adoptPlan(ctx, e.plan) : ctx);
      return allAnswered(resolved) ? drawEvents(settleProposals(resolved)) : resolved;
    }),
    answerProposal: decide((ctx, e) =>
      e.type === 'proposal.answer' && e.seat !== 'washington'
        ? answerProposal(ctx, e.seat, e.proposal, e.answer, e.rationale ?? '')
        : ctx,
    ),
    settleAndDraw: assign(({ context }) => drawEvents(settleProposals(context))),
    chooseEvent: decide((ctx, e) => (e.type === 'event.choose' ? chooseEvent(ctx, e.event, e.choice) : ctx)),
    closeMonth: assign(({ context }) => closeMonth(context)),
    openMonth: decide((ctx) => openMonth(ctx)),
    injectEvent: decide((ctx, e) => (e.type === 'facilitator.inject' ? fireEvent(ctx, e.event, true) : ctx)),
    injectCustom: decide((ctx, e) => (e.type === 'facilitator.injectCustom' ? injectCustom(ctx, e.custom) : ctx)),
    adjustMeter: decide((ctx, e) =>
      e.type === 'facilitator.adjust' ? adjustMeter(ctx, e.meter, e.value, e.reason) : ctx,
    ),
    assignSeat: decide((ctx, e) => (e.type === 'seat.assign' ? assignSeat(ctx, e.seat, e.kind) : ctx)),
    endNow: decide((ctx) => nextContext(ctx, { ending: ctx.ending ?? endingIfStoppedNow(ctx) })),
  },
}).createMachine({
  id: 'mendingFences',
  context: ({ input }) => createInitialContext(input),
  initial: 'setup',
  states: {
    setup: {
      on: {
        'setup.configure': { guard: 'validSettings', actions: 'configure' },
        'setup.confirm': { target: 'briefing', actions: 'recordDecision' },
      },
    },
    briefing: {
      on: { 'briefing.done': { target: 'campaign', actions: 'recordDecision' } },
    },
    campaign: {
      type: 'parallel',
      on: {
        'facilitator.adjust': { guard: 'validAdjust', actions: 'adjustMeter' },
        'facilitator.end': { target: 'ended', actions: 'endNow' },
      },
      states: {
        turn: {
          initial: 'planning',
          states: {
            planning: {
              tags: ['acceptsPlayerInput'],
              on: {
                'posture.set': { guard: 'validPosture', actions: 'setPosture' },
                'initiative.queue': { guard: 'canQueue', actions: 'queueInitiative' },
                'initiative.cancel': { guard: 'canCancel', actions: 'cancelInitiative' },
                'event.choose': { guard: 'canChoose', actions: 'chooseEvent' },
                'seat.assign': { guard: 'validSeat', actions: 'assignSeat' },
                'facilitator.inject': { guard: 'canInject', actions: 'injectEvent' },
                'facilitator.injectCustom': { guard: 'validCustom', actions: 'injectCustom' },
                'turn.commit': { guard: 'canCommit', target: 'resolving' },
              },
            },
            resolving: {
              entry: 'resolveMonth',
              // Waits only where someone must act: a human delegation, or a choice on an event.
              always: [
                { guard: 'waitsForAnswers', target: 'awaitingAnswers' },
                { guard: 'noPendingChoices', target: 'report' },
                { target: 'events' },
              ],
            },
            awaitingAnswers: {
              tags: ['awaitsDelegation'],
              on: {
                'proposal.answer': { guard: 'validAnswer', actions: 'answerProposal' },
              },
              always: { guard: 'allAnswered', target: 'events', actions: 'settleAndDraw' },
            },
            events: {
              tags: ['awaitsChoice'],
              on: {
                'event.choose': { guard: 'canChoose', actions: 'chooseEvent' },
              },
              always: { guard: 'noPendingChoices', target: 'report' },
            },
            report: {
              tags: ['showsReport'],
              entry: 'closeMonth',
              on: {
                'turn.next': [
                  { guard: 'isOver', target: '#mendingFences.ended', actions: 'recordDecision' },
                  { target: 'planning', actions: 'openMonth' },
                ],
              },
            },
          },
        },
        seoul: allyRegion('seoul'),
        tokyo: allyRegion('tokyo'),
        threat: mirrorRegion(THREAT_BANDS, 'threatIs', (band) => ({ band })),
        washington: mirrorRegion(STANCES, 'stanceIs', (stance) => ({ stance })),
      },
    },
    ended: { type: 'final', tags: ['ended'] },
  },
});

export type GameMachine = typeof gameMachine;
