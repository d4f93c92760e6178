// The game as one XState statechart: setup → briefing → campaign → ended. `campaign` is parallel:
//   turn        the month, one state per step: planning → resolving → awaitingAnswers → settling →
//               drawingEvents → awaitingChoices → report (the three rest states wait for a person);
//   seoul/tokyo each ally's political season: steady, campaigning, honeymoon, paralysed;
//   threat      the threat band: calm, elevated, severe;
//   washington  Washington's stance: quiet, engaged, pressing, overreaching.
// Each step of the month runs one phase function (its entry action has that function's name) and
// then raises the events that move the other regions (a campaign opens, a vote is won, the threat
// turns severe…) followed by `month.stepDone`. The rules read the regions back: history
// concessions are refused while the asked ally's region is `campaigning`; the threat region's
// band sets next month's bandwidth; the washington region's stance scales backlash and decides
// the credibility cost of overreach; the season regions set backlash, drift and the record.
// The tags name what the screen shows (see `TAG`). Every formula lives in rules/, every context
// update in phases/, every acceptance rule in acceptance.ts. No Phaser, no DOM, no clock.

import { and, assertEvent, enqueueActions, setup, stateIn } from 'xstate';
import { accepts, historyAskOf } from './acceptance';
import { createInitialContext, nextContext, withFreshEstimates, withHiddenStart } from './context';
import { closeMonth, endingIfStoppedNow, openMonth } from './phases/closing';
import { chooseEvent, drawEvents, fireEvent, injectCustom, pendingChoices } from './phases/events';
import { adjustMeter, assignSeat, configure } from './phases/facilitation';
import { adoptPlan, cancelInitiative, queueInitiative, setPosture } from './phases/planning';
import { allAnswered, answerProposal, resolveMonth } from './phases/resolution';
import { settleProposals } from './phases/settlement';
import {
  type RegionEvent,
  type RegionFacts,
  regionEvents,
  SEASON_EVENT,
  SEASONS,
  STANCES,
  THREAT_BANDS,
} from './regions';
import { DIFFICULTY } from './rules/difficulty';
import { TAG } from './tags';
import { ALLIES, type AllyId, type GameContext, type GameEvent, type GameInput } from './types';

/** Events only the machine sends itself: region moves and the end of a step of the month. */
export type InternalEvent = RegionEvent | { type: 'month.stepDone' };
type MachineEvent = GameEvent | InternalEvent;

const ID = 'mendingFences';
const regionState = (region: string, state: string) => `#${ID}.campaign.${region}.${state}`;

/** One `stateIn` guard per region state, so a step can ask the machine which state each region is in. */
const IN_SEASON = Object.fromEntries(
  ALLIES.map((ally) => [ally, SEASONS.map((s) => [s, stateIn(regionState(ally, s))] as const)]),
) as Record<AllyId, (readonly [(typeof SEASONS)[number], ReturnType<typeof stateIn>])[]>;
const IN_BAND = THREAT_BANDS.map((b) => [b, stateIn(regionState('threat', b))] as const);
const IN_STANCE = STANCES.map((s) => [s, stateIn(regionState('washington', s))] as const);

type Check = (guard: ReturnType<typeof stateIn>) => boolean;
const first = <T>(pairs: readonly (readonly [T, ReturnType<typeof stateIn>])[], check: Check): T =>
  (pairs.find(([, g]) => check(g)) ?? pairs[0])[0];

/** What the regions say now. */
function factsOf(check: Check): RegionFacts {
  return {
    seasons: { seoul: first(IN_SEASON.seoul, check), tokyo: first(IN_SEASON.tokyo, check) },
    threatBand: first(IN_BAND, check),
    stance: first(IN_STANCE, check),
  };
}

/** The context with `event` appended to the decisions (the replay), as of `before`'s month. */
function recorded(ctx: GameContext, before: GameContext, event: GameEvent): GameContext {
  return nextContext(ctx, { decisions: [...before.decisions, { turn: before.turn, event }] });
}

/** One action of the machine: a phase function, and whether it records the event and ends a step. */
export interface StepDef {
  run: (ctx: GameContext, event: MachineEvent, facts: RegionFacts) => GameContext;
  /** Append the event to the decisions (it came from a player, a delegation or the facilitator). */
  record?: boolean;
  /**
   * Raise `month.stepDone` after the regions' events, so the turn region moves on to the next step
   * only once the regions have moved; a function decides from the next context (the last answer,
   * the last choice).
   */
  done?: boolean | ((next: GameContext) => boolean);
}

/** What an action did: the next context, and the events it raised (region moves, then the step's end). */
export interface StepResult {
  context: GameContext;
  raised: InternalEvent[];
}

export function runStep(def: StepDef, context: GameContext, event: MachineEvent, facts: RegionFacts): StepResult {
  const applied = def.run(context, event, facts);
  const next = def.record ? recorded(applied, context, event as GameEvent) : applied;
  const raised: InternalEvent[] = regionEvents(facts, next);
  if (typeof def.done === 'function' ? def.done(next) : def.done) raised.push({ type: 'month.stepDone' });
  return { context: next, raised };
}

/**
 * The XState action of a step: the phase function in a single assign (XState builds a snapshot
 * per assign), then the events that bring the regions in line with what the rule did.
 * `observe` sees each result (the benchmark's tape recorder).
 */
export function stepAction(def: StepDef, observe?: (r: StepResult) => void) {
  return replayAction(({ context, event, check }) => {
    const r = runStep(def, context, event, factsOf(check as unknown as Check));
    observe?.(r);
    return r;
  });
}

/** An action that assigns the result `produce` gives and raises its events, in order. */
export function replayAction(
  produce: (args: { context: GameContext; event: MachineEvent; check: unknown }) => StepResult,
) {
  return enqueueActions<GameContext, MachineEvent, undefined, MachineEvent, never, never, never, never, never>(
    ({ context, event, check, enqueue }) => {
      const r = produce({ context, event, check });
      enqueue.assign(() => r.context);
      for (const e of r.raised) enqueue.raise(e);
    },
  );
}

const step = (run: StepDef['run'], opts: Omit<StepDef, 'run'> = {}): StepDef => ({ run, ...opts });

/** Every action of the machine, by name: each runs one phase function. */
export const STEPS = {
  recordDecision: step((ctx) => ctx, { record: true }),
  configure: step(
    (ctx, e) => {
      assertEvent(e, 'setup.configure');
      const next = configure(ctx, e.settings);
      return withFreshEstimates(withHiddenStart(next), DIFFICULTY[next.settings.difficulty].uncertainty);
    },
    { record: true },
  ),
  // Entering the campaign, the regions take the seasons, band and stance the scenario opens in.
  openCampaign: step((ctx) => ctx),

  // ---- Planning: Washington's decisions and the facilitator's moves ----
  setPosture: step(
    (ctx, e) => {
      assertEvent(e, 'posture.set');
      return setPosture(ctx, e.ally, e.posture);
    },
    { record: true },
  ),
  queueInitiative: step(
    (ctx, e) => {
      assertEvent(e, 'initiative.queue');
      return queueInitiative(ctx, e.initiative, e.channel);
    },
    { record: true },
  ),
  cancelInitiative: step(
    (ctx, e) => {
      assertEvent(e, 'initiative.cancel');
      return cancelInitiative(ctx, e.initiative);
    },
    { record: true },
  ),
  chooseEvent: step(
    (ctx, e) => {
      assertEvent(e, 'event.choose');
      return chooseEvent(ctx, e.event, e.choice);
    },
    { record: true, done: (next) => pendingChoices(next).length === 0 },
  ),
  assignSeat: step(
    (ctx, e) => {
      assertEvent(e, 'seat.assign');
      return assignSeat(ctx, e.seat, e.kind);
    },
    { record: true },
  ),
  injectEvent: step(
    (ctx, e) => {
      assertEvent(e, 'facilitator.inject');
      return fireEvent(ctx, e.event, true);
    },
    { record: true },
  ),
  injectCustom: step(
    (ctx, e) => {
      assertEvent(e, 'facilitator.injectCustom');
      return injectCustom(ctx, e.custom);
    },
    { record: true },
  ),
  adjustMeter: step(
    (ctx, e) => {
      assertEvent(e, 'facilitator.adjust');
      return adjustMeter(ctx, e.meter, e.value, e.reason);
    },
    { record: true },
  ),
  answerProposal: step(
    (ctx, e) => {
      assertEvent(e, 'proposal.answer');
      return e.seat === 'washington' ? ctx : answerProposal(ctx, e.seat, e.proposal, e.answer, e.rationale ?? '');
    },
    { record: true, done: allAnswered },
  ),

  // ---- The month's steps, one phase function each ----
  // The commit that ends planning is recorded with it (a `plan` replaces the month's decisions).
  resolveMonth: step(
    (ctx, e, facts) => {
      assertEvent(e, 'turn.commit');
      return resolveMonth(e.plan ? adoptPlan(ctx, e.plan) : ctx, facts);
    },
    { record: true, done: true },
  ),
  settleProposals: step((ctx, _e, facts) => settleProposals(ctx, facts), { done: true }),
  drawEvents: step((ctx) => drawEvents(ctx), { done: true }),
  closeMonth: step((ctx, _e, facts) => closeMonth(ctx, facts)),
  openMonth: step((ctx, _e, facts) => openMonth(ctx, facts), { record: true }),
  endNow: step((ctx) => nextContext(ctx, { ending: ctx.ending ?? endingIfStoppedNow(ctx) }), { record: true }),
} satisfies Record<string, StepDef>;

/** The XState actions of `steps`, under the same names. */
function stepActions<K extends string>(steps: Record<K, StepDef>) {
  return Object.fromEntries(Object.entries<StepDef>(steps).map(([name, def]) => [name, stepAction(def)])) as Record<
    K,
    ReturnType<typeof stepAction>
  >;
}

/**
 * A region that moves only on its own events: `eventOf(state)` names the event that leads into
 * `state` (`seoul.voteWon` → honeymoon, `threat.severe` → severe). It opens in its first state.
 */
function region<T extends string>(names: readonly T[], eventOf: (state: T) => string) {
  const on = Object.fromEntries(names.map((n) => [eventOf(n), `.${n}`]));
  return { initial: names[0], on, states: Object.fromEntries(names.map((n) => [n, {}])) };
}

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as MachineEvent,
    input: {} as GameInput,
  },
  guards: {
    // Every event's acceptance rule (acceptance.ts); the state that handles it says when.
    accepted: ({ context, event }) => accepts(context, event),
    asksSeoulHistory: ({ context, event }) => historyAskOf(context, event, 'seoul'),
    asksTokyoHistory: ({ context, event }) => historyAskOf(context, event, 'tokyo'),
    waitsForAnswers: ({ context }) => !allAnswered(context),
    allAnswered: ({ context }) => allAnswered(context),
    hasPendingChoices: ({ context }) => pendingChoices(context).length > 0,
    noPendingChoices: ({ context }) => pendingChoices(context).length === 0,
    isOver: ({ context }) => context.ending !== null,
  },
  actions: stepActions(STEPS),
}).createMachine({
  id: ID,
  context: ({ input }) => createInitialContext(input),
  initial: 'setup',
  states: {
    setup: {
      tags: [TAG.setup],
      on: {
        'setup.configure': { guard: 'accepted', actions: 'configure' },
        'setup.confirm': { target: 'briefing', actions: 'recordDecision' },
      },
    },
    briefing: {
      tags: [TAG.briefing],
      on: { 'briefing.done': { target: 'campaign', actions: 'recordDecision' } },
    },
    campaign: {
      type: 'parallel',
      entry: 'openCampaign',
      on: {
        'facilitator.adjust': { guard: 'accepted', actions: 'adjustMeter' },
        'facilitator.end': { target: 'ended', actions: 'endNow' },
      },
      states: {
        turn: {
          initial: 'planning',
          states: {
            planning: {
              tags: [TAG.planning],
              on: {
                'posture.set': { guard: 'accepted', actions: 'setPosture' },
                'initiative.queue': [
                  // History concessions are refused while the asked ally's region is campaigning.
                  { guard: and(['asksSeoulHistory', stateIn(regionState('seoul', 'campaigning'))]) },
                  { guard: and(['asksTokyoHistory', stateIn(regionState('tokyo', 'campaigning'))]) },
                  { guard: 'accepted', actions: 'queueInitiative' },
                ],
                'initiative.cancel': { guard: 'accepted', actions: 'cancelInitiative' },
                'event.choose': { guard: 'accepted', actions: 'chooseEvent' },
                'seat.assign': { guard: 'accepted', actions: 'assignSeat' },
                'facilitator.inject': { guard: 'accepted', actions: 'injectEvent' },
                'facilitator.injectCustom': { guard: 'accepted', actions: 'injectCustom' },
                'turn.commit': { guard: 'accepted', target: 'resolving' },
              },
            },
            resolving: {
              tags: [TAG.resolving],
              entry: 'resolveMonth',
              on: {
                'month.stepDone': [{ guard: 'waitsForAnswers', target: 'awaitingAnswers' }, { target: 'settling' }],
              },
            },
            awaitingAnswers: {
              tags: [TAG.awaitingAnswers],
              on: {
                'proposal.answer': { guard: 'accepted', actions: 'answerProposal' },
                'month.stepDone': { guard: 'allAnswered', target: 'settling' },
              },
            },
            settling: {
              tags: [TAG.resolving],
              entry: 'settleProposals',
              on: { 'month.stepDone': 'drawingEvents' },
            },
            drawingEvents: {
              tags: [TAG.resolving],
              entry: 'drawEvents',
              on: {
                'month.stepDone': [{ guard: 'hasPendingChoices', target: 'awaitingChoices' }, { target: 'report' }],
              },
            },
            awaitingChoices: {
              tags: [TAG.awaitingChoices],
              on: {
                'event.choose': { guard: 'accepted', actions: 'chooseEvent' },
                'month.stepDone': { guard: 'noPendingChoices', target: 'report' },
              },
            },
            report: {
              tags: [TAG.report],
              entry: 'closeMonth',
              on: {
                'turn.next': [
                  { guard: 'isOver', target: `#${ID}.ended`, actions: 'recordDecision' },
                  { target: 'planning', actions: 'openMonth' },
                ],
              },
            },
          },
        },
        seoul: region(SEASONS, (s) => `seoul.${SEASON_EVENT[s]}`),
        tokyo: region(SEASONS, (s) => `tokyo.${SEASON_EVENT[s]}`),
        threat: region(THREAT_BANDS, (band) => `threat.${band}`),
        washington: region(STANCES, (stance) => `washington.${stance}`),
      },
    },
    ended: { type: 'final', tags: [TAG.ended] },
  },
});

export type GameMachine = typeof gameMachine;
