// Cross-reference checks for event cards: every condition (on the card, its variants and its
// choices) and every `refersTo` entry names a known milestone or event, and every reference a text
// makes is guaranteed by the conditions that text is shown under, so a card can never presuppose
// a milestone or event the game did not reach. Used by the loader for the deck and custom events.

import type { Condition, EventDef, Reference } from './schema';

export interface CardProblem {
  path: string;
  message: string;
}

export interface KnownIds {
  milestones: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

export function conditionProblems(conditions: readonly Condition[], at: string, known: KnownIds): CardProblem[] {
  const out: CardProblem[] = [];
  conditions.forEach((c, i) => {
    if ('milestone' in c && !known.milestones.has(c.milestone))
      out.push({ path: `${at}[${i}].milestone`, message: `unknown milestone "${c.milestone}"` });
    if ('event' in c && !known.events.has(c.event))
      out.push({ path: `${at}[${i}].event`, message: `unknown event "${c.event}"` });
  });
  return out;
}

/** The references that `conditions` guarantee: milestones required reached, events required fired. */
function guaranteed(conditions: readonly Condition[]): Set<string> {
  const out = new Set<string>();
  for (const c of conditions) {
    if ('milestone' in c && c.reached !== false) out.add(`milestone:${c.milestone}`);
    if ('event' in c && c.fired !== false) out.add(`event:${c.event}`);
  }
  return out;
}

const keyOf = (r: Reference) => ('milestone' in r ? `milestone:${r.milestone}` : `event:${r.event}`);

function referenceProblems(
  refs: readonly Reference[],
  at: string,
  known: KnownIds,
  shownUnder: readonly Condition[],
  what: string,
): CardProblem[] {
  const out: CardProblem[] = [];
  const ok = guaranteed(shownUnder);
  refs.forEach((r, i) => {
    const path = `${at}[${i}]`;
    if ('milestone' in r && !known.milestones.has(r.milestone))
      out.push({ path: `${path}.milestone`, message: `unknown milestone "${r.milestone}"` });
    else if ('event' in r && !known.events.has(r.event))
      out.push({ path: `${path}.event`, message: `unknown event "${r.event}"` });
    else if (!ok.has(keyOf(r)))
      out.push({
        path,
        message: `${what} refers to ${keyOf(r).replace(':', ' "')}" but is shown without a condition that it happened`,
      });
  });
  return out;
}

/** Every problem of one card at JSON path `at` (for example `$.events[3]`). */
export function cardProblems(e: EventDef, at: string, known: KnownIds): CardProblem[] {
  const out = conditionProblems(e.conditions, `${at}.conditions`, known);
  out.push(...referenceProblems(e.refersTo ?? [], `${at}.refersTo`, known, e.conditions, 'the base text'));
  const ids = new Set<string>();
  (e.variants ?? []).forEach((v, i) => {
    const vat = `${at}.variants[${i}]`;
    if (ids.has(v.id)) out.push({ path: `${vat}.id`, message: `duplicate variant id "${v.id}"` });
    ids.add(v.id);
    out.push(...conditionProblems(v.when, `${vat}.when`, known));
    out.push(
      ...referenceProblems(v.refersTo, `${vat}.refersTo`, known, [...e.conditions, ...v.when], `variant "${v.id}"`),
    );
  });
  e.choices.forEach((c, i) => {
    const cat = `${at}.choices[${i}]`;
    out.push(...conditionProblems(c.conditions ?? [], `${cat}.conditions`, known));
    const under = [...e.conditions, ...(c.conditions ?? [])];
    out.push(...referenceProblems(c.refersTo ?? [], `${cat}.refersTo`, known, under, `choice "${c.id}"`));
  });
  if (e.historicalMonth !== undefined && e.kind !== 'random')
    out.push({ path: `${at}.historicalMonth`, message: 'only random events have a historical month' });
  if (e.historicalMonth !== undefined && (e.historicalMonth < e.month || (e.until && e.historicalMonth > e.until)))
    out.push({ path: `${at}.historicalMonth`, message: `${e.historicalMonth} is outside the card's window` });
  return out;
}
