// The three advisers' counsel. Each month every adviser reads the situation Washington can see
// (estimates, not hidden truths) and speaks to the first situation on its own priority list that
// holds, so the State Department's Asia hand, the Pentagon planner and the White House political
// adviser weigh the same facts differently and often disagree. Lines are content (advisors.json).
// Which situations hold is worked out here too, from what Washington sees, with the model's own
// bands (a public boils at the same backlash the mood shows). A line that recommends an action
// (advisors.json's `recommends`) is said only when that action is open this month.

import type { AdvisorDef, InitiativeDef, Recommendation } from '../../content/schema';
import { ALLIES, type AllyId, type Season, type ThreatBand, type WashingtonStance } from '../types';
import { moodOf } from './bounds';

/** Situations an adviser can speak to; advisors.json has a line for each (plus `default`). */
export const SITUATIONS = [
  'seoulBoiling',
  'tokyoBoiling',
  'seoulCampaign',
  'tokyoCampaign',
  'usCampaign',
  'threatSevere',
  'threatElevated',
  'momentumLow',
  'momentumHigh',
  'credibilityLow',
  'overreaching',
  'imbalance',
  'honeymoon',
  'paralysed',
  'default',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** What each outlook attends to first. */
export const PRIORITIES: Record<AdvisorDef['outlook'], readonly Situation[]> = {
  diplomat: [
    'seoulBoiling',
    'tokyoBoiling',
    'imbalance',
    'seoulCampaign',
    'tokyoCampaign',
    'paralysed',
    'honeymoon',
    'momentumLow',
    'default',
  ],
  security: ['threatSevere', 'threatElevated', 'momentumLow', 'honeymoon', 'momentumHigh', 'default'],
  political: [
    'usCampaign',
    'credibilityLow',
    'overreaching',
    'momentumHigh',
    'momentumLow',
    'seoulCampaign',
    'tokyoCampaign',
    'default',
  ],
};

/** The advisers' own thresholds: when an election is near, momentum low or high, credibility low,
 * and the gap in concessions an adviser calls an imbalance. */
export const ADVISOR_THRESHOLDS = {
  /** Months to an ally's vote at which its campaign is on the advisers' minds. */
  electionWithin: 2,
  momentumLow: 25,
  momentumHigh: 65,
  credibilityLow: 35,
  /** Difference in the allies' remembered concessions (domestic cost points). */
  imbalance: 12,
} as const;

/** What the advisers read: Washington's view of the month, never a hidden true value. */
export interface AdvisorInputs {
  /** Washington's estimate of each public's backlash. */
  estimatedBacklash: Record<AllyId, number>;
  seasons: Record<AllyId, Season>;
  /** Months to each ally's next vote, or null when none is left. */
  electionIn: Record<AllyId, number | null>;
  usCampaign: boolean;
  threatBand: ThreatBand;
  momentum: number;
  credibility: number;
  stance: WashingtonStance;
  concessions: Record<AllyId, number>;
}

const BOILING_SITUATION: Record<AllyId, Situation> = { seoul: 'seoulBoiling', tokyo: 'tokyoBoiling' };
const CAMPAIGN_SITUATION: Record<AllyId, Situation> = { seoul: 'seoulCampaign', tokyo: 'tokyoCampaign' };

/** The situations that hold this month. */
export function situationsOf(i: AdvisorInputs): Set<Situation> {
  const t = ADVISOR_THRESHOLDS;
  const s = new Set<Situation>();
  for (const a of ALLIES) {
    if (moodOf(i.estimatedBacklash[a]) === 'boiling') s.add(BOILING_SITUATION[a]);
    const next = i.electionIn[a];
    if (i.seasons[a] === 'campaigning' || (next !== null && next <= t.electionWithin)) s.add(CAMPAIGN_SITUATION[a]);
    if (i.seasons[a] === 'honeymoon') s.add('honeymoon');
    if (i.seasons[a] === 'paralysed') s.add('paralysed');
  }
  if (i.usCampaign) s.add('usCampaign');
  if (i.threatBand === 'severe') s.add('threatSevere');
  if (i.threatBand === 'elevated') s.add('threatElevated');
  if (i.momentum < t.momentumLow) s.add('momentumLow');
  if (i.momentum > t.momentumHigh) s.add('momentumHigh');
  if (i.credibility < t.credibilityLow) s.add('credibilityLow');
  if (i.stance === 'pressing' || i.stance === 'overreaching') s.add('overreaching');
  if (Math.abs(i.concessions.seoul - i.concessions.tokyo) > t.imbalance) s.add('imbalance');
  return s;
}

/**
 * The first situation on `outlook`'s list that holds in `active` and whose line may be said now
 * (`sayable`: its recommendation is not locked this month); `default` is always sayable.
 */
export function situationFor(
  outlook: AdvisorDef['outlook'],
  active: ReadonlySet<Situation>,
  sayable: (s: Situation) => boolean = () => true,
): Situation {
  for (const s of PRIORITIES[outlook]) if (s === 'default' || (active.has(s) && sayable(s))) return s;
  return 'default';
}

/**
 * Whether every action `recs` names could be launched through some channel (`launchable` says for
 * one initiative): a named initiative itself, or for a kind, any initiative of that kind.
 */
export function recommendationsOpen(
  recs: readonly Recommendation[],
  initiatives: Readonly<Record<string, InitiativeDef>>,
  launchable: (def: InitiativeDef) => boolean,
): boolean {
  return recs.every((r) => {
    if ('initiative' in r) {
      const def = initiatives[r.initiative];
      return def !== undefined && launchable(def);
    }
    return Object.values(initiatives).some((def) => def.kind === r.kind && launchable(def));
  });
}
