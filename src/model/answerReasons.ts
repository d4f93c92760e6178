// Why a delegation answered as it did: the answer score's terms in words (never a number), and
// the meters the delegations answered from, rebuilt from the month's ledger. A computer seat's
// reason comes from the model's own answer rule; a human delegation's is its typed rationale. Pure.

import * as words from '../strings/answers';
import { startMeters } from './context';
import { ALLY_METERS } from './rules/allyMeters';
import { DIFFICULTY } from './rules/difficulty';
import { type AnswerInputs, type AnswerTerms, answerTerms, heldOnStump, isYes } from './rules/proposals';
import type { AllyId, Answer, GameContext, Meters, Proposal, TurnRecord } from './types';

type Term = keyof AnswerTerms;

/** Each term in words, for when it helped a yes and for when it pushed toward no. */
const TERM_WORDS: Record<Exclude<Term, 'base' | 'bias'>, { helps: string; hurts: string }> = words.terms;

/** The neutral level each term is read against (willingness is read against a coin-flip 50). */
function contributions(t: AnswerTerms): [Exclude<Term, 'base' | 'bias'>, number][] {
  return [
    ['willingness', t.willingness - 50],
    ['domesticCost', t.domesticCost],
    ['backlash', t.backlash],
    ['credibility', t.credibility],
    ['trust', t.trust],
    ['threat', t.threat],
    ['season', t.season],
    ['imbalance', t.imbalance],
    ['channel', t.channel],
    ['momentum', t.momentum],
    ['approval', t.approval],
  ];
}

/** Special wordings where two facts combine. */
function wordFor(term: Exclude<Term, 'base' | 'bias'>, helps: boolean, i: AnswerInputs): string {
  if (term === 'domesticCost' && !helps && i.season === 'campaigning') {
    return i.kind === 'history' ? words.combined.campaignHistory : words.combined.campaignConcession;
  }
  if (term === 'threat' && helps && i.kind === 'security') return words.combined.threatSecurity;
  if (term === 'backlash' && !helps) {
    return answerTerms(i).backlash <= -PUBLIC_ANGRY ? words.combined.publicAngry : TERM_WORDS.backlash.hurts;
  }
  if (term === 'season' && !helps) {
    return i.season === 'campaigning' ? words.combined.campaigning : words.combined.weakened;
  }
  return TERM_WORDS[term][helps ? 'helps' : 'hurts'];
}

export interface AnswerReason {
  /** The largest terms that pushed toward the answer given, in words. */
  because: string[];
  /** The largest term that pushed the other way, if it was sizeable. */
  despite: string | null;
  /** One sentence: "willing, but the campaign makes history costly". */
  text: string;
  /** The two biggest reasons only, for a crowded screen, and the biggest alone. */
  short: string;
  first: string;
}

/**
 * Size (score points) of the backlash term from which the delegation says its public will not stand
 * for the ask rather than that it is uneasy: about 13 points of backlash above the term's pivot.
 */
export const PUBLIC_ANGRY = 6;

/** Smallest size (score points) a term needs to be named as a cause, and as a "though". */
export const REASON_MIN = 2;
export const DESPITE_MIN = 5;

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(words.join.list)}${words.join.pair}${items.at(-1)}`;
}

/** Why a computer delegation with these inputs gave `answer`: its biggest two or three reasons. */
export function explainAnswer(i: AnswerInputs, answer: Answer): AnswerReason {
  const yes = isYes(answer);
  const terms = contributions(answerTerms(i));
  const toward = terms
    .filter(([, v]) => (yes ? v > 0 : v < 0) && Math.abs(v) >= REASON_MIN)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    // "the campaign makes … costly" already says it is campaigning
    .filter(([k], _, all) => !(k === 'season' && i.season === 'campaigning' && all.some(([o]) => o === 'domesticCost')))
    .slice(0, 3);
  const against = terms
    .filter(([, v]) => (yes ? v < 0 : v > 0) && Math.abs(v) >= DESPITE_MIN)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0];
  const because = toward.map(([k]) => wordFor(k, yes, i));
  const despite = against ? wordFor(against[0], !yes, i) : null;
  const main = because.length ? listed(because) : yes ? words.balance.yes : words.balance.no;
  const text = despite ? words.join.though(main, despite) : main;
  const two = because.length ? because.slice(0, 2).join(words.join.pair) : main;
  const cap = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
  return { because, despite, text: `${cap(text)}.`, short: cap(two), first: cap(because[0] ?? main) };
}

/** The meters at the start of month `record.turn`: the previous month's close (or the opening). */
export function monthStartMeters(ctx: GameContext, record: Pick<TurnRecord, 'turn'>): Meters {
  const prev = ctx.history.find((h) => h.turn === record.turn - 1);
  return { ...(prev?.meters ?? startMeters(ctx.scenario)) };
}

const RESOLUTION = /^(posture|initiative|leak|ask|megaphone)\./;

/**
 * The meters when the delegations answered: the month's start plus the ledger up to the month's
 * last launch (the ledger is in the order things happened; answers come right after the launches).
 */
export function metersAtAnswers(ctx: GameContext, record: Pick<TurnRecord, 'turn' | 'ledger'>): Meters {
  const meters = monthStartMeters(ctx, record);
  let last = -1;
  record.ledger.forEach((e, i) => {
    if (RESOLUTION.test(e.cause)) last = i;
  });
  for (let i = 0; i <= last; i++) {
    const e = record.ledger[i];
    meters[e.meter] = Math.round((meters[e.meter] + e.delta) * 10) / 10;
  }
  return meters;
}

export interface AnswerExplanation {
  ally: AllyId;
  answer: Answer;
  /** Who gave the reason: the computer's accounting, or a person's own words. */
  by: 'computer' | 'delegation';
  text: string;
  /** The reason in a few words, and in fewer (a person's rationale as typed). */
  short: string;
  first: string;
}

/**
 * Why each delegation answered each of last month's proposals: a computer seat's reason from its
 * answer score's terms (imbalance read from the concessions on record now, an approximation), a
 * human delegation's typed rationale.
 */
export function selectAnswerReasons(ctx: GameContext): Record<string, AnswerExplanation[]> {
  const record = ctx.history.at(-1);
  if (!record) return {};
  return explainProposals(ctx, record.proposals, metersAtAnswers(ctx, record), record.seasons);
}

/**
 * The answers already given to this month's open proposals while the room waits for the others,
 * each with its reason as the report will give it (the same terms, from the meters the delegations
 * answered from: the month's start and its ledger up to the last launch). Empty outside a month
 * that awaits answers (its proposals are then settled or not yet made).
 */
export function selectGivenAnswers(ctx: GameContext): Record<string, AnswerExplanation[]> {
  const month = { turn: ctx.turn, ledger: ctx.monthLedger };
  const seasons = { seoul: ctx.politics.seoul.season, tokyo: ctx.politics.tokyo.season };
  return explainProposals(ctx, ctx.proposals, metersAtAnswers(ctx, month), seasons);
}

function explainProposals(
  ctx: GameContext,
  proposals: readonly Proposal[],
  meters: Meters,
  seasons: TurnRecord['seasons'],
): Record<string, AnswerExplanation[]> {
  const out: Record<string, AnswerExplanation[]> = {};
  for (const p of proposals) {
    const def = ctx.scenario.initiatives[p.initiative];
    out[p.key] = [];
    for (const ally of p.asks) {
      const answer = p.answers[ally];
      if (!answer) continue;
      const typed = p.rationales[ally];
      if (typed !== undefined || ctx.settings.seats[ally] === 'human') {
        const said = typed?.trim() || words.noReason;
        out[p.key].push({ ally, answer, by: 'delegation', text: said, short: said, first: said });
        continue;
      }
      const other: AllyId = ally === 'seoul' ? 'tokyo' : 'seoul';
      const inputs: AnswerInputs = {
        willingness: meters[ALLY_METERS[ally].willingness],
        backlash: meters[ALLY_METERS[ally].backlash],
        credibility: meters.credibility,
        trust: meters.trust,
        threat: meters.threat,
        season: seasons[ally],
        domesticCost: def?.proposal?.domesticCost[ally] ?? 0,
        kind: def?.kind ?? 'diplomatic',
        channel: p.channel,
        imbalance: ctx.concessions[ally] - ctx.concessions[other],
        bias: DIFFICULTY[ctx.settings.difficulty].answerBias,
        momentum: meters.momentum,
        approval: meters[ALLY_METERS[ally].approval],
      };
      const why = explainAnswer(inputs, answer);
      // settlement holds the card back longer after such a no (refusalWait)
      const text = heldOnStump(answer, inputs.season, p.carried) ? `${why.text} ${words.stumpHold}` : why.text;
      out[p.key].push({ ally, answer, by: 'computer', text, short: why.short, first: why.first });
    }
  }
  return out;
}
