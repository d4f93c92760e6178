// The machine's context, its settings and the records it keeps, and the events it accepts. The
// names they are built from live in vocabulary.ts (re-exported here). Everything in the context is
// plain JSON (no classes, Maps or functions) so a persisted snapshot round-trips exactly.

import type { CustomEvent, DelegationEvent, FacilitatorEvent, Plan, PlayerEvent, Settings } from './gameEvents';
import type { ResolvedScenario } from './scenario';
import type { AllyId, Answer, Channel, EndingId, MeterKey, Posture, Season, WashingtonStance } from './vocabulary';

export * from './vocabulary';
export type { ResolvedScenario } from './scenario';
export type {
  CustomEvent,
  DelegationEvent,
  FacilitatorEvent,
  GameEvent,
  Plan,
  PlayerEvent,
  Settings,
} from './gameEvents';

export type Meters = Record<MeterKey, number>;
export type Effects = Partial<Record<MeterKey, number>>;

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

/** How far off Washington's readings of one ally are (hidden: estimate minus truth). */
export interface ReadingError {
  backlash: number;
  willingness: number;
}

export interface QueuedInitiative {
  id: string;
  channel: Channel;
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
  /** Hidden: how far off each estimate is (estimate minus truth, before rounding); it persists. */
  readingError: Record<AllyId, ReadingError>;
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

export interface GameInput {
  scenario: ResolvedScenario;
  settings: Settings;
}
