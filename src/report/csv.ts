// The CSV export: one header row, then one row per closed month with every meter, Washington's
// estimates, the postures, the stance and what happened that month (and, for a networked table,
// a last column with that month's messages between delegations). RFC 4180: CRLF line ends,
// fields with commas, quotes or line breaks are quoted and inner quotes doubled. Text that a
// spreadsheet would read as a formula (= + - @, tab, CR at the start) gets a leading apostrophe.

import { METERS, type GameContext } from '../model';
import { type DebriefMessage, messageHeading, messagesOfTurn } from './messages';
import { buildSeries } from './series';

const CRLF = '\r\n';

/** A leading character that makes spreadsheets evaluate the cell (OWASP's CSV-injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field, quoted when RFC 4180 needs it; text that looks like a formula is defused. */
export function csvField(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(',');
}

export const CSV_HEADER = [
  'turn',
  'month',
  ...METERS,
  'seoul.estimate.backlash',
  'seoul.estimate.willingness',
  'seoul.estimate.uncertainty',
  'tokyo.estimate.backlash',
  'tokyo.estimate.willingness',
  'tokyo.estimate.uncertainty',
  'seoul.posture',
  'tokyo.posture',
  'stance',
  'events',
  'milestones',
] as const;

/** The meters per month as CSV text (ends with CRLF); with messages, a `messages` column too. */
export function metersCsv(ctx: GameContext, messages: readonly DebriefMessage[] = []): string {
  const series = buildSeries(ctx);
  const withMessages = messages.length > 0;
  const lines = [csvRow(withMessages ? [...CSV_HEADER, 'messages'] : CSV_HEADER)];
  for (const r of series.rows) {
    const marks = series.markers.filter((m) => m.turn === r.turn);
    lines.push(
      csvRow([
        r.turn,
        r.month,
        ...METERS.map((k) => r.meters[k]),
        r.estimates.seoul.backlash,
        r.estimates.seoul.willingness,
        r.estimates.seoul.uncertainty,
        r.estimates.tokyo.backlash,
        r.estimates.tokyo.willingness,
        r.estimates.tokyo.uncertainty,
        r.posture.seoul,
        r.posture.tokyo,
        r.stance,
        marks
          .filter((m) => m.kind !== 'milestone')
          .map((m) => m.title)
          .join('; '),
        marks
          .filter((m) => m.kind === 'milestone')
          .map((m) => m.title)
          .join('; '),
        ...(withMessages
          ? [
              messagesOfTurn(messages, r.turn)
                .map((m) => `${messageHeading(m)}: ${m.text}`)
                .join(' | '),
            ]
          : []),
      ]),
    );
  }
  return lines.join(CRLF) + CRLF;
}
