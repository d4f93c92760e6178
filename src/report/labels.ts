// Words the debrief shares: month labels for turns, each ally's political season at a past turn (as
// the turn records hold it), the election a campaign window leads to, and a plain-English label for
// every ledger cause. Names of meters and capitals are the model's vocabulary. Pure; no Markdown.

import { campaignElection, monthLabel, monthOfTurn, type ResolvedScenario } from '../model';
import type { AllyId, GameContext, Season, TurnRecord } from '../model';
import { ALLIES, ALLY_NAMES, POSTURE_NAMES } from '../model';
import { cardOf } from '../model';
import * as W from '../strings/report';

/** 'Jun 2022' for a turn of the scenario. */
export function turnLabel(scenario: ResolvedScenario, turn: number): string {
  return monthLabel(monthOfTurn(scenario.start, turn));
}

/** Each ally's season for turns 0..upTo, as the model recorded it (the open month: as it is now). */
export function seasonsUpTo(ctx: Pick<GameContext, 'history' | 'politics'>, upTo: number): Record<AllyId, Season[]> {
  const out: Record<AllyId, Season[]> = { seoul: [], tokyo: [] };
  for (const ally of ALLIES) {
    for (let t = 0; t <= upTo; t++) out[ally].push(ctx.history[t]?.seasons[ally] ?? ctx.politics[ally].season);
  }
  return out;
}

const SEASON_CLAUSES: Record<Season, (who: string) => string> = { steady: () => '', ...W.seasonClause };

/** "during Tokyo's campaign window", or '' for a steady season. */
export function seasonClause(ally: AllyId, season: Season | undefined): string {
  return season ? SEASON_CLAUSES[season](ALLY_NAMES[ally]) : '';
}

/** The election whose campaign window covers `turn` for `ally`, if any. */
export function campaignAt(scenario: ResolvedScenario, ally: AllyId, turn: number) {
  return campaignElection(scenario.elections, scenario.start, ally, turn);
}

const POSTURE_VERBS = W.postureVerbs;

function proposalOutcome(record: TurnRecord | undefined, initiative: string): string {
  const p = record?.proposals.find((x) => x.initiative === initiative);
  if (!p) return W.outcome.unknown;
  const answers = p.asks.map((a) => [a, p.answers[a]] as const);
  const no = answers.filter(([, a]) => a === 'reject').map(([a]) => ALLY_NAMES[a]);
  if (no.length) return W.outcome.rejecting(no);
  if (answers.every(([, a]) => a === 'accept' || a === 'acceptPrivately')) {
    return answers.some(([, a]) => a === 'acceptPrivately') ? W.outcome.quietAcceptance : W.outcome.acceptance;
  }
  return W.outcome.stalling;
}

export interface CauseLabel {
  /** What happened, as a phrase that can start a sentence ("pressing Tokyo"). */
  what: string;
  /** True for the player's own moves and choices (postures, initiatives, leaks, event choices). */
  yours: boolean;
}

/** A human label for one ledger cause at `turn`; names come from the scenario and the turn record. */
export function labelCause(ctx: GameContext, cause: string, turn: number): CauseLabel {
  const { scenario } = ctx;
  const record = ctx.history.find((h) => h.turn === turn);
  const [head, ...rest] = cause.split('.');
  const name = (id: string) => W.cause.card(scenario.initiatives[id]?.name ?? id);
  if (cause.startsWith('facilitator.adjust')) {
    const reason = cause.slice('facilitator.adjust'.length).replace(/^:\s*/, '');
    return { what: W.cause.facilitator(reason), yours: false };
  }
  switch (head) {
    case 'posture': {
      const ally = rest[0] as AllyId;
      const level = record?.posture[ally];
      const verb = level === undefined ? W.cause.postureUnknown : POSTURE_VERBS[level];
      return { what: W.cause.posture(verb, ALLY_NAMES[ally] ?? rest[0]), yours: true };
    }
    case 'initiative':
      return { what: W.cause.launch(name(rest[0]), rest[1] === 'public'), yours: true };
    case 'leak':
      return { what: W.cause.leak(name(rest[0])), yours: true };
    case 'ask':
      return { what: W.cause.ask(name(rest[0])), yours: true };
    case 'megaphone':
      return { what: W.cause.megaphone(name(rest[0])), yours: true };
    case 'opening':
      return { what: W.cause.opening, yours: false };
    case 'answer':
      return { what: W.cause.answer(proposalOutcome(record, rest[0]), name(rest[0])), yours: false };
    case 'milestone':
      return { what: W.cause.milestone(scenario.milestones[rest[0]]?.name ?? rest[0]), yours: false };
    case 'event':
      return { what: W.cause.event(eventTitle(ctx, rest.join('.'), turn)), yours: false };
    case 'choice': {
      const def = scenario.events[rest[0]];
      const label = def?.choices.find((c) => c.id === rest[1])?.label ?? rest[1];
      return { what: W.cause.choice(label, def?.title ?? rest[0]), yours: true };
    }
    case 'election': {
      const def = scenario.elections.find((e) => e.id === rest[0]);
      const won = record?.elections.find((r) => r.id === rest[0])?.won;
      return { what: W.cause.election(def?.name ?? rest[0], won), yours: false };
    }
    case 'drift':
      return { what: DRIFT_LABELS[rest[0]] ?? W.cause.drift, yours: false };
    case 'stance':
      return { what: W.cause.stance, yours: true };
    default:
      return { what: cause, yours: false };
  }
}

/** The title of an event fired at `turn`: its card's title (the variant that fired), or a facilitator's custom title. */
export function eventTitle(ctx: GameContext, id: string, turn: number): string {
  const def = ctx.scenario.events[id];
  const events = ctx.history.find((h) => h.turn === turn)?.events ?? (turn === ctx.turn ? ctx.monthEvents : []);
  const fired = events.find((e) => e.id === id);
  if (def) return cardOf(def, fired?.variant).title;
  return fired?.custom?.title ?? id;
}

export function postureName(level: number): string {
  return POSTURE_NAMES[level as 0 | 1 | 2 | 3] ?? String(level);
}

/** What each part of the month's drift is, in words. */
const DRIFT_LABELS: Record<string, string> = W.drift;
