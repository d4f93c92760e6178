// What each seat of a networked table is sent: Washington the situation room's read models
// (estimates, never an ally's true backlash or willingness), each delegation its own true values,
// red lines and asks, the facilitator everything. Built only from the model's selectors. Pure.
// Once the game has ended the debrief is everyone's, true values included.

import {
  selectAwaitingSeats,
  selectAdvisors,
  selectCalendar,
  selectDelegationBrief,
  selectEnding,
  selectForecast,
  selectInitiatives,
  selectMilestones,
  selectMonth,
  selectNews,
  selectPendingChoices,
  selectPhase,
  selectReport,
  selectWashingtonReport,
  selectSeasons,
  selectWashingtonView,
  type SnapshotLike,
} from '../model/selectors';
import { BOILING, RUPTURE, round1 } from '../model/rules/bounds';
import { ALLIES, type AllyId, type GameContext, type GameEvent, PUBLIC_METERS } from '../model/types';
import { whyNot } from '../model/whyNot';
import { backlashSection, givenAnswerLines } from '../views/readouts';
import { snapshotHash } from '../report/replay';
import { redLinesFor } from '../seminar/handover';
import type { LogEntry } from '../seminar/protocol';
import type { Role } from './inbound';
import { refuse } from '../strings/server';

export interface TableStatus {
  table: string;
  /** Accepted records so far: every frame carries it, so a client sees gaps and repeats. */
  seq: number;
  paused: boolean;
  deadline: number | null;
  remainingMs: number | null;
  revealed: boolean;
}

export interface ProjectableSnapshot extends SnapshotLike {
  can(event: GameEvent): boolean;
}

function publicMeters(ctx: GameContext) {
  return Object.fromEntries(PUBLIC_METERS.map((k) => [k, ctx.meters[k]])) as Record<
    (typeof PUBLIC_METERS)[number],
    number
  >;
}

function truths(ctx: GameContext) {
  const t = (a: AllyId) => ({ backlash: ctx.meters[`${a}.backlash`], willingness: ctx.meters[`${a}.willingness`] });
  return { seoul: t('seoul'), tokyo: t('tokyo') };
}

function common(snap: ProjectableSnapshot, status: TableStatus) {
  const ctx = snap.context;
  const phase = selectPhase(snap);
  return {
    ...status,
    phase,
    month: selectMonth(ctx),
    seats: ctx.settings.seats,
    waitingFor: [...new Set(selectAwaitingSeats(ctx).map((w) => w.seat))],
    public: publicMeters(ctx),
    news: selectNews(ctx),
    /** The facilitator revealed the true values to the room (as on the projector). */
    truth: status.revealed || phase === 'ended' ? truths(ctx) : null,
    ending:
      phase === 'ended' ? { ...selectEnding(ctx), hash: snapshotHash(ctx), decisions: ctx.decisions.length } : null,
  };
}

export function washingtonProjection(snap: ProjectableSnapshot, status: TableStatus) {
  const ctx = snap.context;
  return {
    role: 'washington' as const,
    ...common(snap, status),
    view: selectWashingtonView(ctx, selectSeasons(snap)),
    initiatives: selectInitiatives(snap).map((c) => ({ ...c })),
    queued: ctx.plan.initiatives,
    calendar: selectCalendar(ctx, 4),
    advisors: selectAdvisors(ctx),
    choices: selectPendingChoices(ctx),
    report: selectWashingtonReport(ctx),
    milestones: selectMilestones(ctx),
    commitBlocked: selectPhase(snap) === 'planning' ? whyNot(snap, { type: 'turn.commit' }) : refuse.notPlanning,
    // the plan's forecast, worked out from Washington's own view (its bands, never the hidden levels)
    forecast: selectPhase(snap) === 'planning' ? selectForecast(snap) : null,
    // the closed month's backlash account, as Washington can account for it (the solo report's words)
    backlash: selectPhase(snap) === 'report' ? backlashSection(ctx) : null,
    // while the room waits: each answer given so far with its reason, as the report will word it.
    // Washington asked, so it learns each answer as it comes; the delegations learn the other's
    // only in the month's report, so that neither answers knowing the other's.
    answered: selectPhase(snap) === 'awaitingAnswers' ? givenAnswerLines(ctx) : [],
  };
}

/** A delegation's report of the closed month: public changes and its own, never the other side's. */
function delegationReport(ctx: GameContext, ally: AllyId) {
  const r = selectReport(ctx);
  if (!r) return null;
  const own = new Set<string>([...PUBLIC_METERS, `${ally}.backlash`, `${ally}.willingness`]);
  return {
    label: r.label,
    deltas: Object.fromEntries(Object.entries(r.deltas).filter(([k]) => own.has(k))),
    causes: r.causes.filter((c) => own.has(c.meter)),
    proposals: r.proposals,
    milestones: r.milestones,
  };
}

export function delegationProjection(snap: ProjectableSnapshot, status: TableStatus, ally: AllyId) {
  const ctx = snap.context;
  const brief = selectDelegationBrief(ctx, ally);
  return {
    role: ally,
    ...common(snap, status),
    brief,
    headroom: { boiling: round1(Math.max(0, BOILING - brief.backlash)), rupture: round1(RUPTURE - brief.backlash) },
    redLines: redLinesFor(ctx, ally, brief),
    report: delegationReport(ctx, ally),
  };
}

export function facilitatorProjection(
  snap: ProjectableSnapshot,
  status: TableStatus,
  log: LogEntry[],
  undoDepth: number,
) {
  const ctx = snap.context;
  return {
    role: 'facilitator' as const,
    ...common(snap, status),
    truth: truths(ctx),
    meters: ctx.meters,
    estimates: ctx.estimates,
    politics: ctx.politics,
    plan: ctx.plan,
    briefs: Object.fromEntries(ALLIES.map((a) => [a, selectDelegationBrief(ctx, a)])),
    report: selectReport(ctx),
    decisions: ctx.decisions.length,
    hash: snapshotHash(ctx),
    log,
    undoDepth,
  };
}

export type Projection =
  | ReturnType<typeof washingtonProjection>
  | ReturnType<typeof delegationProjection>
  | ReturnType<typeof facilitatorProjection>;

export function projectFor(
  role: Role,
  snap: ProjectableSnapshot,
  status: TableStatus,
  facilitator: { log: LogEntry[]; undoDepth: number },
): Projection {
  if (role === 'washington') return washingtonProjection(snap, status);
  if (role === 'facilitator') return facilitatorProjection(snap, status, facilitator.log, facilitator.undoDepth);
  return delegationProjection(snap, status, role);
}
