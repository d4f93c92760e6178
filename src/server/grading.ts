// The facilitator's exports of a networked session: one grading row per table and seat (answers
// given and on time, rationales, messages, decisions) and the activity log behind it, every act
// and message with its table, seat and month. CSV through the game's formula-safe writer.

import { SEATS } from '../model/types';
import { csvRow } from '../report/csv';
import { md } from '../report/markdown';
import type { Table } from './table';

const CRLF = '\r\n';

export const GRADING_HEADER = [
  'table',
  'seat',
  'answers',
  'answers_on_time',
  'answers_late',
  'rationales',
  'rationale_chars',
  'messages_sent',
  'message_chars',
  'decisions',
] as const;

export function gradingCsv(tables: readonly Table[]): string {
  const lines = [csvRow(GRADING_HEADER)];
  for (const t of tables) {
    for (const seat of SEATS) {
      const mine = t.acts.filter((a) => a.by === seat);
      const answers = mine.filter((a) => a.kind === 'answer');
      const messages = t.said.filter((m) => m.by === seat);
      lines.push(
        csvRow([
          t.id,
          seat,
          answers.length,
          answers.filter((a) => a.onTime !== false).length,
          answers.filter((a) => a.onTime === false).length,
          answers.filter((a) => a.rationaleChars > 0).length,
          answers.reduce((n, a) => n + a.rationaleChars, 0),
          messages.length,
          messages.reduce((n, m) => n + m.text.length, 0),
          mine.filter((a) => a.kind === 'decision').length,
        ]),
      );
    }
  }
  return lines.join(CRLF) + CRLF;
}

export const ACTIVITY_HEADER = ['table', 'seq', 'time', 'month', 'seat', 'kind', 'to', 'on_time', 'detail'] as const;

export function activityCsv(tables: readonly Table[]): string {
  const lines = [csvRow(ACTIVITY_HEADER)];
  for (const t of tables) {
    for (const a of t.acts) {
      lines.push(
        csvRow([
          t.id,
          a.seq,
          new Date(a.at).toISOString(),
          a.month,
          a.by,
          a.kind,
          a.to,
          a.onTime === null ? '' : a.onTime ? 'yes' : 'no',
          a.detail,
        ]),
      );
    }
  }
  return lines.join(CRLF) + CRLF;
}

/** The messages of every table as Markdown, for the debrief: month, who wrote to whom, the text. */
export function transcriptMarkdown(tables: readonly Table[]): string {
  const out = ['# Messages between delegations', ''];
  for (const t of tables) {
    out.push(`## Table ${t.id}`, '');
    if (t.said.length === 0) out.push('No messages.', '');
    for (const m of t.said) out.push(`- **${m.month}**, ${m.by} → ${m.to}: ${md(m.text)}`);
    out.push('');
  }
  return out.join('\n');
}
