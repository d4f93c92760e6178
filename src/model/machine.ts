// The game as one XState statechart: setup → briefing → campaign → ended. `campaign` is parallel:
// the turn cycle, a political season and a mood per ally, the threat band and Washington's stance.
// The machine orchestrates; every formula lives in rules/ and every context update in phases/.
// No Phaser, no DOM, no clock: the same input and events give the same game everywhere.

import { assign, setup } from 'xstate';
import { moodOf, threatBandOf } from './rules/bounds';
import { stanceOf } from './rules/washington';
import { createInitialContext, withFreshEstimates } from './phases/context';
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
    recordDecision: assign({
      decisions: ({ context, event }) => [...context.decisions, { turn: context.turn, event }],
    }),
    configure: assign(({ context, event }) => {
      if (event.type !== 'setup.configure') return {};
      const next = configure(context, event.settings);
      return withFreshEstimates(next, DIFFICULTY[next.settings.difficulty].uncertainty);
    }),
    setPosture: assign(({ context, event }) =>
      event.type === 'posture.set' ? setPosture(context, event.ally, event.posture) : {},
    ),
    queueInitiative: assign(({ context, event }) =>
      event.type === 'initiative.queue' ? queueInitiative(context, event.initiative, event.channel) : {},
    ),
    cancelInitiative: assign(({ context, event }) =>
      event.type === 'initiative.cancel' ? cancelInitiative(context, event.initiative) : {},
    ),
    resolveMonth: assign(({ context, event }) =>
      resolveMonth(event.type === 'turn.commit' && event.plan ? adoptPlan(context, event.plan) : context),
    ),
    answerProposal: assign(({ context, event }) =>
      event.type === 'proposal.answer' && event.seat !== 'washington'
        ? answerProposal(context, event.seat, event.proposal, event.answer, event.rationale ?? '')
        : {},
    ),
    settleProposals: assign(({ context }) => settleProposals(context)),
    drawEvents: assign(({ context }) => drawEvents(context)),
    chooseEvent: assign(({ context, event }) =>
      event.type === 'event.choose' ? chooseEvent(context, event.event, event.choice) : {},
    ),
    closeMonth: assign(({ context }) => closeMonth(context)),
    openMonth: assign(({ context }) => openMonth(context)),
    injectEvent: assign(({ context, event }) =>
      event.type === 'facilitator.inject' ? fireEvent(context, event.event, true) : {},
    ),
    injectCustom: assign(({ context, event }) =>
      event.type === 'facilitator.injectCustom' ? injectCustom(context, event.custom) : {},
    ),
    adjustMeter: assign(({ context, event }) =>
      event.type === 'facilitator.adjust' ? adjustMeter(context, event.meter, event.value, event.reason) : {},
    ),
    assignSeat: assign(({ context, event }) =>
      event.type === 'seat.assign' ? assignSeat(context, event.seat, event.kind) : {},
    ),
    endNow: assign(({ context }) => ({ ending: context.ending ?? endingIfStoppedNow(context) })),
  },
}).createMachine({
  id: 'mendingFences',
  context: ({ input }) => createInitialContext(input),
  initial: 'setup',
  states: {
    setup: {
      on: {
        'setup.configure': { guard: 'validSettings', actions: ['configure', 'recordDecision'] },
        'setup.confirm': { target: 'briefing', actions: 'recordDecision' },
      },
    },
    briefing: {
      on: { 'briefing.done': { target: 'campaign', actions: 'recordDecision' } },
    },
    campaign: {
      type: 'parallel',
      on: {
        'facilitator.adjust': { guard: 'validAdjust', actions: ['adjustMeter', 'recordDecision'] },
        'facilitator.end': { target: 'ended', actions: ['endNow', 'recordDecision'] },
      },
      states: {
        turn: {
          initial: 'planning',
          states: {
            planning: {
              tags: ['acceptsPlayerInput'],
              on: {
                'posture.set': { guard: 'validPosture', actions: ['setPosture', 'recordDecision'] },
                'initiative.queue': { guard: 'canQueue', actions: ['queueInitiative', 'recordDecision'] },
                'initiative.cancel': { guard: 'canCancel', actions: ['cancelInitiative', 'recordDecision'] },
                'event.choose': { guard: 'canChoose', actions: ['chooseEvent', 'recordDecision'] },
                'seat.assign': { guard: 'validSeat', actions: ['assignSeat', 'recordDecision'] },
                'facilitator.inject': { guard: 'canInject', actions: ['injectEvent', 'recordDecision'] },
                'facilitator.injectCustom': { guard: 'validCustom', actions: ['injectCustom', 'recordDecision'] },
                'turn.commit': { guard: 'canCommit', target: 'resolving', actions: 'recordDecision' },
              },
            },
            resolving: {
              entry: 'resolveMonth',
              always: 'awaitingAnswers',
            },
            awaitingAnswers: {
              tags: ['awaitsDelegation'],
              on: {
                'proposal.answer': { guard: 'validAnswer', actions: ['answerProposal', 'recordDecision'] },
              },
              always: { guard: 'allAnswered', target: 'events', actions: 'settleProposals' },
            },
            events: {
              tags: ['awaitsChoice'],
              entry: 'drawEvents',
              on: {
                'event.choose': { guard: 'canChoose', actions: ['chooseEvent', 'recordDecision'] },
              },
              always: { guard: 'noPendingChoices', target: 'report' },
            },
            report: {
              tags: ['showsReport'],
              entry: 'closeMonth',
              on: {
                'turn.next': [
                  { guard: 'isOver', target: '#mendingFences.ended', actions: 'recordDecision' },
                  { target: 'planning', actions: ['recordDecision', 'openMonth'] },
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
