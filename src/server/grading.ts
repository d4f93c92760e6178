// The facilitator's exports of a networked session: one grading row per table and seat (answers
// given and on time, rationales, messages, decisions) and the activity log behind it, every act
// and message with its table, seat and month; the messages as a transcript; and a table's debrief,
// the game's own (report/markdown.ts) followed by the table's log with the messages in their place
// among the decisions and answers. CSV through the game's formula-safe writer, Markdown escaped.

import { SEATS } from '../model/types';
import { csvRow } from '../report/csv';
import { debriefMarkdown, md } from '../report/markdown';
import { exports as E } from '../strings/server';
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
  const out = [E.transcript, ''];
  for (const t of tables) {
    out.push(E.table(t.id), '');
    if (t.said.length === 0) out.push(E.noMessages, '');
    for (const m of t.said) out.push(`- **${m.month}**, ${m.by} → ${m.to}: ${md(m.text)}`);
    out.push('');
  }
  return out.join('\n');
}

const ACT_WORDS: Record<string, string> = E.acts;

/** One table's debrief: the game's debrief, then every act of the table month by month, messages included. */
export function tableDebriefMarkdown(t: Table): string {
  const out = [debriefMarkdown(t.snapshot.context), E.tableLog(t.id), ''];
  let month = '';
  for (const a of t.acts) {
    if (a.month !== month) {
      month = a.month;
      out.push('', `### ${md(month)}`, '');
    }
    const who = a.kind === 'message' ? `${a.by} → ${a.to}` : a.by;
    out.push(`- ${who}, ${ACT_WORDS[a.kind] ?? a.kind}: ${md(a.detail)}`);
  }
  if (t.acts.length === 0) out.push(E.nothingYet);
  out.push('');
  return out.join('\n');
}
