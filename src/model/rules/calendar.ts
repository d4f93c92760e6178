// Month arithmetic for a turn-per-month game. Months are 'YYYY-MM' strings in scenario data and
// turn indexes (0 = the scenario's first month) inside the model.

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const parsed = new Map<string, number>();

/** Months since year 0 for 'YYYY-MM' (memoised: scenarios reuse a few dozen month strings). */
export function monthNumber(month: string): number {
  let n = parsed.get(month);
  if (n === undefined) {
    n = Number(month.slice(0, 4)) * 12 + (Number(month.slice(5, 7)) - 1);
    parsed.set(month, n);
  }
  return n;
}

export function monthFromNumber(n: number): string {
  const year = Math.floor(n / 12);
  const m = (n % 12) + 1;
  return `${year}-${m < 10 ? '0' : ''}${m}`;
}

/** The turn index of `month` in a scenario starting at `start` (may be negative or past the end). */
export function turnOf(start: string, month: string): number {
  return monthNumber(month) - monthNumber(start);
}

export function monthOfTurn(start: string, turn: number): string {
  return monthFromNumber(monthNumber(start) + turn);
}

/** Number of turns from start to end, both included. */
export function monthsInclusive(start: string, end: string): number {
  return monthNumber(end) - monthNumber(start) + 1;
}

/** 'May 2022' for '2022-05'. */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}
