// The model's words for a card's prerequisites and for why a card cannot be launched now (rules/
// conditions.ts, rules/initiatives.ts): the disabled buttons, the details pane and the forecast
// show them as they come. Pure, with no imports, so the model may use it.

export const condition = {
  meter: (meter: string, parts: string[]) => `needs ${meter} ${parts.join(' and ')}`,
  above: (n: number) => `above ${n}`,
  below: (n: number) => `below ${n}`,
  needsMilestone: (name: string) => `needs milestone "${name}"`,
  beforeMilestone: (name: string) => `only before "${name}"`,
  afterEvent: (title: string) => `only after "${title}"`,
  beforeEvent: (title: string) => `only before "${title}"`,
  season: (ally: string, is: boolean, season: string) => `${ally} must ${is ? '' : 'not '}be ${season}`,
  threat: (band: string) => `threat must be ${band}`,
} as const;

/** A condition as a prerequisite a card lists, met or not. */
export const prerequisite = {
  /** The meter's sentence without its "needs ". */
  meter: (sentence: string) => sentence.replace(/^needs /, ''),
  milestoneSecured: (name: string) => `“${name}” secured`,
  beforeSecured: (name: string) => `before “${name}” is secured`,
  afterEvent: (title: string) => `after “${title}”`,
  beforeEvent: (title: string) => `before “${title}”`,
  season: (ally: string, is: boolean, season: string) => `${ally} ${is ? '' : 'not '}${season}`,
  threat: (band: string) => `threat ${band}`,
  notCampaigning: (ally: string) => `${ally} not campaigning (a history concession)`,
  leadersSummit: (now: string | null, next: { month: string; name: string } | null) =>
    now
      ? `a summit the three leaders attend (this month: ${now})`
      : `a summit the three leaders attend (next: ${next ? `${next.month}, ${next.name}` : 'none left'})`,
} as const;

/** A summit in the calendar strip: one the three leaders attend says so (a trilateral can meet there). */
export const summitName = (name: string, leaders: boolean) => (leaders ? `${name} (the three leaders)` : name);

/** Why a card cannot go now. */
export const blocked = {
  channel: (card: string, channel: string) => `${card} cannot go through the ${channel} channel`,
  planned: (card: string) => `${card} is already planned this month`,
  bandwidth: (card: string, needs: number) => `not enough bandwidth this month (${card} needs ${needs})`,
  cooldown: (card: string, months: number) =>
    `${card} was launched recently; wait ${months} more month${months === 1 ? '' : 's'}`,
  refused: (card: string, months: number) =>
    `${card} was refused; it can be asked again in ${months} month${months === 1 ? '' : 's'}`,
  onTable: (card: string) => `${card} is still on the table`,
  secured: 'already secured',
  campaign: (ally: string) => `history concessions are off the table while ${ally} campaigns`,
  summit: (next: { month: string } | null) =>
    next ? `no summit of the three leaders this month (next: ${next.month})` : 'no summit of the three leaders is left',
} as const;
