// The game's vocabulary, defined once: every closed set of names the model, the scenario format,
// the replay file and the screens share (allies, seats, meters, seasons, moods, bands, stances,
// channels, answers, endings, difficulties, postures), as `as const` arrays with their types and
// display names (whose words are the string catalogue's, src/strings/vocabulary.ts). A leaf module:
// it imports only that pure strings module, so anything may import it without a cycle.

import * as names from '../strings/vocabulary';

/** The two governments Washington mediates between. */
export const ALLIES = ['seoul', 'tokyo'] as const;
export type AllyId = (typeof ALLIES)[number];
export const ALLY_NAMES: Record<AllyId, string> = names.allyNames;

/** The other ally. */
export function otherAlly(ally: AllyId): AllyId {
  return ally === 'seoul' ? 'tokyo' : 'seoul';
}

/** Seats at the table. Washington is the player in solo play; the allies are delegations. */
export const SEATS = ['washington', 'seoul', 'tokyo'] as const;
export type SeatId = (typeof SEATS)[number];

/** Who plays a seat. */
export const SEAT_KINDS = ['human', 'computer'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

/** Whose elections a scenario schedules (the allies' and Washington's own). */
export const ELECTORATES = ['seoul', 'tokyo', 'washington'] as const;
export type Electorate = (typeof ELECTORATES)[number];

/** The posture dial: 0 quiet, 1 nudge, 2 press, 3 lean hard. */
export const POSTURES = [0, 1, 2, 3] as const;
export type Posture = (typeof POSTURES)[number];
export const POSTURE_NAMES: Record<Posture, string> = names.postureNames;

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

/** A meter's name as a label (meter rows, change lists). */
export const METER_NAMES: Record<MeterKey, string> = names.meterNames;

/** A meter's name inside a sentence ("… added 4 to Seoul's backlash."). */
export const METER_PHRASES: Record<MeterKey, string> = names.meterPhrases;

/** The meters Washington sees only through its estimates. */
export const HIDDEN_METERS: readonly MeterKey[] = [
  'seoul.backlash',
  'seoul.willingness',
  'tokyo.backlash',
  'tokyo.willingness',
];

/** Meters everyone can see: the process meters and polls of approval, in the order screens list them. */
export const PUBLIC_METERS = [
  'trust',
  'momentum',
  'threat',
  'credibility',
  'seoul.approval',
  'tokyo.approval',
] as const satisfies readonly MeterKey[];

export const ENDINGS = ['builtToLast', 'fragileThaw', 'drift', 'rupture', 'discredited'] as const;
export type EndingId = (typeof ENDINGS)[number];

/** An ally's political season. */
export const SEASONS = ['steady', 'campaigning', 'honeymoon', 'paralysed'] as const;
export type Season = (typeof SEASONS)[number];

/** How a public feels about the rapprochement (a band of its backlash). */
export const MOODS = ['calm', 'simmering', 'boiling'] as const;
export type Mood = (typeof MOODS)[number];

/** The band of the North Korean threat. */
export const THREAT_BANDS = ['calm', 'elevated', 'severe'] as const;
export type ThreatBand = (typeof THREAT_BANDS)[number];

/** Washington's reputation from its recent pressure. */
export const STANCES = ['quiet', 'engaged', 'pressing', 'overreaching'] as const;
export type WashingtonStance = (typeof STANCES)[number];

/** The state of Seoul–Tokyo trust, as the map's link shows it. */
export const TRUST_BANDS = ['broken', 'strained', 'working', 'strong'] as const;
export type TrustBand = (typeof TRUST_BANDS)[number];
