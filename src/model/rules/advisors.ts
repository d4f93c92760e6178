// The three advisers' counsel. Each month every adviser reads the situation Washington can see
// (estimates, not hidden truths) and speaks to the first situation on its own priority list that
// holds, so the State Department's Asia hand, the Pentagon planner and the White House political
// adviser weigh the same facts differently and often disagree. Lines are content (advisors.json).

import type { AdvisorDef } from '../../content/schema';

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

/** The first situation on `outlook`'s list that holds in `active`. */
export function situationFor(outlook: AdvisorDef['outlook'], active: ReadonlySet<Situation>): Situation {
  for (const s of PRIORITIES[outlook]) if (s === 'default' || active.has(s)) return s;
  return 'default';
}
