// The scenario format: a zod schema for the deck (events, initiatives, milestones, endings,
// advisors, glossary) and for scenario files. Owns the data contract only; loading and
// cross-reference checks live in load.ts, and the resolved shape the machine takes is the model's
// (src/model/scenario.ts). Names come from the model's vocabulary, never the other way round.

import { z } from 'zod';
import { MAX_EVENT_CHOICES } from '../model/rules/limits';
import { ALLIES, CHANNELS, ELECTORATES, ENDINGS, METERS, SEASONS, THREAT_BANDS } from '../model/vocabulary';

/** The kinds of initiative (a card's `kind`, and what an adviser may recommend by kind). */
export const INITIATIVE_KINDS = ['history', 'security', 'economic', 'diplomatic', 'exchange', 'signal'] as const;

export const MONTH = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM, for example 2022-05');

export const meterKey = z.enum(METERS);
const ally = z.enum(ALLIES);
const percent = z.number().min(0).max(100);
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens, starting with a letter');

/** A change to meters, in points. Bounded so no single card can swing a meter end to end. */
export const effects = z.partialRecord(meterKey, z.number().min(-40).max(40));

/** Where a fact comes from: a section of research/domain-facts.md and, where known, an address. */
export const source = z.object({
  section: z.string().regex(/^§\d+(\.\d+)?$/, 'a section of the fact base, for example §1 or §4.3'),
  url: z.url().optional(),
  note: z.string().optional(),
});

export const condition = z.union([
  z.object({ meter: meterKey, above: z.number().optional(), below: z.number().optional() }).strict(),
  z.object({ milestone: id, reached: z.boolean().default(true) }).strict(),
  z.object({ event: id, fired: z.boolean().default(true) }).strict(),
  z
    .object({
      season: z.enum(SEASONS),
      ally,
      is: z.boolean().default(true),
    })
    .strict(),
  z.object({ threat: z.enum(THREAT_BANDS) }).strict(),
]);

export const headlines = z.object({
  seoul: z.string().min(1),
  tokyo: z.string().min(1),
  washington: z.string().min(1),
});

/**
 * Something a text presupposes: a milestone reached, or an event fired, before the card fires.
 * The loader checks that every reference is guaranteed by the conditions the text is shown under.
 */
export const reference = z.union([z.object({ milestone: id }).strict(), z.object({ event: id }).strict()]);

/** Each text field is capped so one card cannot fill the screen (or a save). */
const cardText = z.string().min(1).max(1200);

export const eventChoice = z.object({
  id,
  label: z.string().min(1),
  text: z.string().min(1),
  effects,
  /** Bandwidth the choice consumes this month (an emergency trilateral costs attention). */
  bandwidth: z.number().int().min(0).max(2).default(0),
  /** The choice is offered only while these hold. */
  conditions: z.array(condition).max(8).default([]),
  /** What the choice's label and text presuppose happened. */
  refersTo: z.array(reference).max(8).default([]),
});

/**
 * Another version of a card for a game that went differently: the first variant whose `when`
 * conditions all hold when the card fires replaces the base title, text, headlines and effects
 * it names (what it does not name stays as in the base card).
 */
export const eventVariant = z
  .object({
    id,
    when: z.array(condition).min(1).max(8),
    title: z.string().min(1).max(200).optional(),
    text: cardText.optional(),
    headlines: headlines.optional(),
    effects: effects.optional(),
    /** What this variant's texts presuppose happened. */
    refersTo: z.array(reference).max(8).default([]),
  })
  .strict();

export const eventDef = z.object({
  id,
  title: z.string().min(1),
  text: z.string().min(1),
  kind: z.enum(['scheduled', 'random']),
  /** Scheduled: the historical month it fires. Random: the earliest month it can fire. */
  month: MONTH,
  /** Random events only: the last month it can fire (defaults to the scenario's end). */
  until: MONTH.optional(),
  /** Random events only: chance per eligible month, 0–1. */
  probability: z.number().min(0).max(1).default(1),
  repeatable: z.boolean().default(false),
  conditions: z.array(condition).default([]),
  tags: z.array(z.enum(['threat', 'history', 'security', 'economy', 'politics', 'diplomacy', 'election'])).default([]),
  effects,
  choices: z
    .array(eventChoice)
    .max(MAX_EVENT_CHOICES, `an event offers at most ${MAX_EVENT_CHOICES} choices (the event card shows that many)`)
    .default([]),
  headlines,
  source,
  /** What the base title, text and headlines presuppose happened. */
  refersTo: z.array(reference).max(8).default([]),
  /** Versions of the card for games in which the player's history differs; the first that holds wins. */
  variants: z.array(eventVariant).max(6).default([]),
  /** Random events only: the month it happened in reality, where it fires under the historical calendar. */
  historicalMonth: MONTH.optional(),
  /** A card that did not happen in reality (the historical calendar leaves it out). */
  counterfactual: z.boolean().default(false),
});

export const proposal = z.object({
  /** Which delegations must answer. */
  to: z.array(ally).min(1),
  /** How much saying yes costs each asked government at home (0–30). */
  domesticCost: z.partialRecord(ally, z.number().min(0).max(30)),
  /** Applied when every asked delegation accepts (halved for private acceptance). */
  onAccept: effects,
  /** The milestone this proposal secures when accepted by all asked. */
  milestone: id.optional(),
  /** Words put to the delegations. */
  ask: z.string().min(1),
});

export const initiativeDef = z.object({
  id,
  name: z.string().min(1),
  summary: z.string().min(1),
  kind: z.enum(INITIATIVE_KINDS),
  bandwidth: z.number().int().min(0).max(3).default(1),
  channels: z
    .array(z.enum(CHANNELS))
    .min(1)
    .default([...CHANNELS]),
  preconditions: z.array(condition).default([]),
  /** Only in a month with a summit that all three leaders attend (the scenario's `summits`). */
  atLeadersSummit: z.boolean().default(false),
  /** Months before it can be launched again; 0 means once per month. */
  cooldown: z.number().int().min(0).max(24).default(2),
  /** Immediate effects of launching it through each channel. */
  effects: z.object({ private: effects, public: effects }),
  /** Chance a private launch leaks (then it also costs the public effects' backlash). */
  leakChance: z.number().min(0).max(1).default(0.15),
  /** Points by which it narrows the uncertainty of Washington's estimates. */
  intel: z.number().min(0).max(20).default(0),
  proposal: proposal.optional(),
  source,
});

export const milestoneDef = z.object({
  id,
  name: z.string().min(1),
  text: z.string().min(1),
  requires: z.array(id).default([]),
  conditions: z.array(condition).default([]),
  /** Effects when reached. */
  effects,
  source,
});

export const endingDef = z.object({
  id: z.enum(ENDINGS),
  title: z.string().min(1),
  text: z.string().min(1),
  debrief: z.string().min(1),
});

/** An action an adviser's line recommends: one initiative, or any initiative of a kind. */
export const recommendation = z.union([
  z.object({ initiative: id }).strict(),
  z.object({ kind: z.enum(INITIATIVE_KINDS) }).strict(),
]);

export const advisorDef = z.object({
  id,
  role: z.string().min(1),
  title: z.string().min(1),
  /** What this adviser weighs most; drives which counsel they pick. */
  outlook: z.enum(['diplomat', 'security', 'political']),
  lines: z.record(z.string(), z.string().min(1)),
  /**
   * What a situation's line tells Washington to launch this month: a named initiative, or any of a
   * kind. A line whose recommendation is locked this month is not said (the adviser speaks to the
   * next concern on its list); `default` recommends nothing, so there is always something to say.
   */
  recommends: z.record(z.string(), z.array(recommendation).min(1).max(4)).default({}),
});

export const glossaryEntry = z.object({
  term: z.string().min(1),
  text: z.string().min(1).max(700),
  /** Initiatives that use the term without naming it (a card naming it is found from its words). */
  cards: z.array(id).max(12).default([]),
});

export const deck = z.object({
  events: z.array(eventDef),
  initiatives: z.array(initiativeDef),
  milestones: z.array(milestoneDef),
  endings: z.array(endingDef),
  advisors: z.array(advisorDef).default([]),
  glossary: z.array(glossaryEntry).default([]),
});

export const election = z.object({
  id,
  name: z.string().min(1),
  who: z.enum(ELECTORATES),
  month: MONTH,
  /** Months before the vote (vote month included) that count as the campaign window. */
  campaign: z.number().int().min(0).max(6).default(2),
  /** national elections move leaders; local ones matter less. */
  weight: z.enum(['national', 'local']).default('national'),
  /** Win probability shift from what happened historically, for calibration (-0.5–0.5). */
  lean: z.number().min(-0.5).max(0.5).default(0),
  source,
});

export const allyStart = z.object({ backlash: percent, approval: percent, willingness: percent });

export const scenarioFile = z.object({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id,
  title: z.string().min(1),
  tagline: z.string().min(1),
  start: MONTH,
  end: MONTH,
  briefing: z.array(z.string().min(1)).min(1),
  startValues: z.object({
    seoul: allyStart,
    tokyo: allyStart,
    trust: percent,
    momentum: percent,
    threat: percent,
    credibility: percent,
    /** Why these numbers: the polls and facts they rest on. */
    reasoning: z.string().min(1),
  }),
  elections: z.array(election).default([]),
  summits: z
    .array(
      z.object({
        month: MONTH,
        name: z.string().min(1),
        /** All three leaders attend: a trilateral can be convened on its sidelines. */
        leaders: z.boolean().default(false),
      }),
    )
    .default([]),
  events: z.array(id),
  initiatives: z.array(id).min(1),
  milestones: z.array(id).min(1),
  /** Milestones already secured when the scenario opens. */
  alreadyReached: z.array(id).default([]),
  /** The milestone whose achievement (with both publics below boiling) is the best ending. */
  capstone: id,
  /** Extra events defined only for this scenario (for instructors' own material). */
  customEvents: z.array(eventDef).default([]),
});

export type EventDef = z.infer<typeof eventDef>;
export type EventChoice = z.infer<typeof eventChoice>;
export type InitiativeDef = z.infer<typeof initiativeDef>;
export type MilestoneDef = z.infer<typeof milestoneDef>;
export type EndingDef = z.infer<typeof endingDef>;
export type AdvisorDef = z.infer<typeof advisorDef>;
export type Recommendation = z.infer<typeof recommendation>;
export type GlossaryEntry = z.infer<typeof glossaryEntry>;
export type Condition = z.infer<typeof condition>;
export type EventVariant = z.infer<typeof eventVariant>;
export type Reference = z.infer<typeof reference>;
export type Deck = z.infer<typeof deck>;
export type ElectionDef = z.infer<typeof election>;
export type ScenarioFile = z.infer<typeof scenarioFile>;
export type SourceRef = z.infer<typeof source>;
