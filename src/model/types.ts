// The model's vocabulary: ids, meters, the machine's context and the events it accepts.
// Owns only types and the small constant tables that define them. Everything in the context is
// plain JSON (no classes, Maps or functions) so a persisted snapshot round-trips exactly.

import type { ResolvedScenario } from '../content/schema';

export const ALLIES = ['seoul', 'tokyo'] as const;
export type AllyId = (typeof ALLIES)[number];

/** Seats at the table. Washington is the player in solo play; the allies are delegations. */
export const SEATS = ['washington', 'seoul', 'tokyo'] as const;
export type SeatId = (typeof SEATS)[number];
export type SeatKind = 'human' | 'computer';

/** The posture dial: 0 quiet, 1 nudge, 2 press, 3 lean hard. */
export const POSTURES = [0, 1, 2, 3] as const;
export type Posture = (typeof POSTURES)[number];
export const POSTURE_NAMES: Record<Posture, string> = {
  0: 'quiet',
  1: 'nudge',
  2: 'press',
  3: 'lean hard',
};

export const CHANNELS = ['private', 'public'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ANSWERS = ['accept', 'acceptPrivately', 'stall', 'reject'] as const;
export type Answer = (typeof ANSWERS)[number];

export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Every quantity the model tracks, as a flat record so effects, ledgers and exports are uniform. */
export const METERS = [
  'seoul.backlash',
  'seoul.approval',
  'seoul.willingness',
  'tokyo.backlash',
  'tokyo.approval',
  'tokyo.willingness',
  'trust',
  'momentum',
  'threat',
  'credibility',
] as const;
export type MeterKey = (typeof METERS)[number];
export type Meters = Record<MeterKey, number>;
export type Effects = Partial<Record<MeterKey, number>>;

export const ENDINGS = ['builtToLast', 'fragileThaw', 'drift', 'rupture', 'discredited'] as const;
export type EndingId = (typeof ENDINGS)[number];

export type Season = 'steady' | 'campaigning' | 'honeymoon' | 'paralysed';
export type Mood = 'calm' | 'simmering' | 'boiling';
export type ThreatBand = 'calm' | 'elevated' | 'severe';
export type WashingtonStance = 'quiet' | 'engaged' | 'pressing' | 'overreaching';

export interface Settings {
  seed: number;
  difficulty: Difficulty;
  seats: Record<SeatId, SeatKind>;
  /** Scales random events' monthly probability (seminar length presets): 0.25–2. */
  eventDensity: number;
  /** Fire anchored random events in their real month (rules/events.ts); absent means drawn. */
  historicalCalendar?: boolean;
}

export interface AllyPolitics {
  season: Season;
  /** Turn index (inclusive) until which a honeymoon or paralysis lasts. */
  seasonUntil: number;
}

/** What Washington believes about an ally: a noisy reading of the hidden values. */
export interface Estimate {
  backlash: number;
  willingness: number;
  /** Half-width of the band the true value is likely in (0–30). */
  uncertainty: number;
}

export interface QueuedInitiative {
  id: string;
  channel: Channel;
}

export interface Plan {
  posture: Record<AllyId, Posture>;
  initiatives: QueuedInitiative[];
}

export interface Proposal {
  /** Unique within the game: `${turn}.${initiativeId}`. */
  key: string;
  initiative: string;
  channel: Channel;
  /** Which delegations are asked, and how each has answered so far. */
  asks: AllyId[];
  answers: Partial<Record<AllyId, Answer>>;
  rationales: Partial<Record<AllyId, string>>;
  /** Times this proposal has been stalled and carried over. */
  carried: number;
}

/** An event that fired this month; `choice` is set once the player picks one (if it has choices). */
export interface FiredEvent {
  id: string;
  choice?: string;
  /** The card variant that fired (rules/cardVariants.ts); absent for the base card. */
  variant?: string;
  /** Injected by the facilitator rather than drawn. */
  injected?: boolean;
  /** A facilitator's own event (title and text are shown as plain text). */
  custom?: CustomEvent;
}

/** One applied change, after clamping, with the move or event that caused it. */
export interface LedgerEntry {
  turn: number;
  meter: MeterKey;
  delta: number;
  cause: string;
}

export interface ElectionResult {
  id: string;
  turn: number;
  ally: AllyId | 'washington';
  won: boolean;
}

export interface TurnRecord {
  turn: number;
  month: string;
  posture: Record<AllyId, Posture>;
  initiatives: QueuedInitiative[];
  proposals: Proposal[];
  events: FiredEvent[];
  meters: Meters;
  estimates: Record<AllyId, Estimate>;
  /** Milestones reached this month. */
  milestones: string[];
  elections: ElectionResult[];
  /** Each ally's political season during the month. */
  seasons: Record<AllyId, Season>;
  stance: WashingtonStance;
  bandwidth: number;
  ledger: LedgerEntry[];
}

/** A decision as it was accepted by the model: the replay is exactly this list. */
export interface Decision {
  turn: number;
  event: PlayerEvent | DelegationEvent | FacilitatorEvent;
}

export interface GameContext {
  scenario: ResolvedScenario;
  settings: Settings;
  /** The settings the game was created with (a replay starts from these). */
  inputSettings: Settings;
  rng: readonly number[];
  turn: number;
  meters: Meters;
  bandwidth: number;
  /** Bandwidth spent on event choices, taken from next month's. */
  bandwidthDebt: number;
  politics: Record<AllyId, AllyPolitics>;
  estimates: Record<AllyId, Estimate>;
  plan: Plan;
  proposals: Proposal[];
  /** Stalled proposals waiting to be asked again next month. */
  carried: Proposal[];
  monthEvents: FiredEvent[];
  /** Event id → the turn it last fired. */
  firedEvents: Record<string, number>;
  milestones: Record<string, number>;
  elections: ElectionResult[];
  /** Concessions each ally has made recently (domestic cost points, decaying). */
  concessions: Record<AllyId, number>;
  /** Sum of both posture settings over recent months (newest last), for Washington's stance. */
  pressureHistory: number[];
  /** Consecutive months momentum has been at 0. */
  stalledMonths: number;
  /** The month an initiative was last launched, for cooldowns. */
  lastLaunched: Record<string, number>;
  /** This month's meter changes; moved into the turn record when the month closes. */
  monthLedger: LedgerEntry[];
  history: TurnRecord[];
  decisions: Decision[];
  ending: EndingId | null;
}

// ---- Events (dot.case, namespaced by who sends them) ----

export type PlayerEvent =
  | { type: 'setup.configure'; settings: Partial<Settings> }
  | { type: 'setup.confirm' }
  | { type: 'briefing.done' }
  | { type: 'posture.set'; ally: AllyId; posture: Posture }
  | { type: 'initiative.queue'; initiative: string; channel: Channel }
  | { type: 'initiative.cancel'; initiative: string }
  /** Ends planning; a `plan` replaces the month's postures and initiatives in one step (scripts). */
  | { type: 'turn.commit'; plan?: Plan }
  | { type: 'event.choose'; event: string; choice: string }
  | { type: 'turn.next' }
  | { type: 'seat.assign'; seat: SeatId; kind: SeatKind };

export type DelegationEvent = {
  type: 'proposal.answer';
  seat: SeatId;
  proposal: string;
  answer: Answer;
  rationale?: string;
};

export interface CustomEvent {
  title: string;
  text: string;
  effects: Effects;
}

export type FacilitatorEvent =
  | { type: 'facilitator.inject'; event: string }
  | { type: 'facilitator.injectCustom'; custom: CustomEvent }
  | { type: 'facilitator.adjust'; meter: MeterKey; value: number; reason: string }
  | { type: 'facilitator.end' };

export type GameEvent = PlayerEvent | DelegationEvent | FacilitatorEvent;

export interface GameInput {
  scenario: ResolvedScenario;
  settings: Settings;
}
