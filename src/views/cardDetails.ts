// Words for the initiative details pane: a card's summary, cost, every prerequisite (met or not)
// and the glossary terms it uses. Formatting and matching only; the facts come from the model's
// `selectInitiativeDetails`, the terms from the deck's glossary. Pure (no Phaser), tested in node.

import type { GlossaryEntry } from '../content/schema';
import { ALLY_NAMES, type InitiativeDetails, type Prerequisite } from '../model';
import { ONBOARDING } from '../strings/onboarding';
import { literal } from './cardText';

export interface CardDetailsModel {
  title: string;
  summary: string;
  /** Cost, channels, who is asked; and what an accepted proposal secures. */
  cost: string;
  ask: string | null;
  /** "Prerequisites: 1 of 2 not met yet", or that there are none. */
  prerequisitesHeading: string;
  prerequisites: { mark: string; text: string; met: boolean | null }[];
  terms: { term: string; text: string }[];
}

/** Lower case, with hyphens and dashes read as spaces ("forced-labour" matches "Forced labour"). */
const normal = (s: string) => s.toLowerCase().replace(/[-‐–—]/g, ' ');

/**
 * The glossary entries card `id` uses: each entry one of whose names ("A / B" gives two) appears as
 * a whole word in `texts`, or that lists the card among its `cards`; in glossary order, at most `max`.
 */
export function glossaryTermsIn(
  id: string,
  texts: readonly string[],
  glossary: readonly GlossaryEntry[],
  max = 3,
): GlossaryEntry[] {
  const hay = normal(texts.join(' \n '));
  const named = (term: string) =>
    term
      .split('/')
      .map((v) => normal(v.trim()))
      .filter((v) => v.length > 1)
      .some((v) => new RegExp(`(?<![\\p{L}\\p{N}])${literal(v)}s?(?![\\p{L}\\p{N}])`, 'u').test(hay));
  return glossary.filter((g) => g.cards?.includes(id) || named(g.term)).slice(0, max);
}

/** Prerequisites not met yet (a hidden one counts as not known to be met). */
export function unmetPrerequisites(list: readonly Prerequisite[]): Prerequisite[] {
  return list.filter((p) => p.met !== true);
}

const S = ONBOARDING.details;

/** The pane's model for one card. */
export function cardDetails(d: InitiativeDetails, glossary: readonly GlossaryEntry[]): CardDetailsModel {
  const channels = d.channels.length === 2 ? S.channels.both : S.channels[d.channels[0] ?? 'private'];
  const asks = d.asks.length ? S.asks(d.asks.map((a) => ALLY_NAMES[a]).join(' & ')) : S.asksNobody;
  const secures = d.secures ? ` ${S.secures(d.secures)}` : '';
  const prerequisites = d.prerequisites.map((p) => ({
    mark: p.met === null ? S.unknown : p.met ? S.met : S.unmet,
    text: p.text,
    met: p.met,
  }));
  const texts = [d.name, d.summary, d.ask ?? '', ...d.prerequisites.map((p) => p.text)];
  return {
    title: d.name,
    summary: d.summary,
    cost: `${S.cost(d.bandwidth)} · ${channels} · ${asks}.${secures}`,
    ask: d.ask ? S.theAsk(d.ask) : null,
    prerequisitesHeading: d.prerequisites.length
      ? S.prerequisites(unmetPrerequisites(d.prerequisites).length, d.prerequisites.length)
      : S.noPrerequisites,
    prerequisites,
    terms: glossaryTermsIn(d.id, texts, glossary).map((g) => ({ term: g.term, text: g.text })),
  };
}
