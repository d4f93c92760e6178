// The forecast's words (src/model/forecast.ts): the risks of a plan, in the order the planning
// screen lists them, and what the ranges leave out. Pure, with no imports, so the model may use it.

export const leavesOut = 'Event cards and their choices are not in the forecast: nobody knows them yet.';

export const risk = {
  // short enough for two lines of the room's forecast panel with the longest card name
  leak: (card: string, percent: number, where: string, credibility: number) =>
    `A leak of ${card} (${percent}%) adds ${where}, −${credibility} credibility.`,
  leakNowhere: 'no backlash',
  leakWhere: (points: number, capital: string) => `${points} to ${capital}`,
  leakAnd: ', ',
  megaphone: (stance: string, launches: number, points: number) =>
    `Washington is ${stance}: ${launches === 1 ? 'the public launch costs' : `the ${launches} public launches cost`} ${points} credibility (the megaphone).`,
  /** Read at the month's peak, before it cools: the range above it is the month's end. */
  rupture: (capital: string) => `${capital}'s public could reach 100 mid-month, before it cools: a rupture.`,
  boiling: (capital: string, high: number) => `${capital} could end the month boiling (up to ${high}).`,
  pressure: (capital: string, points: number, multiplier: number) =>
    `Your pressure on ${capital} adds ${points} (backlash weighs ×${multiplier} there now).`,
  answers: (capital: string, points: number) => `Saying yes could cost ${capital} up to ${points} at home.`,
  /** `until` is a month ("Dec 2022"), or null when the card could not come back before the end. */
  stump: (capital: string, card: string, until: string | null, months: number) =>
    `${capital} campaigns: a no shelves ${card} ${until ? `until ${until}` : 'to the end'} (+${months} months for it).`,
  vote: (capital: string, win: number, loss: number) =>
    `${capital} votes this month: a win takes ${win} off, a loss adds ${loss}.`,
} as const;
