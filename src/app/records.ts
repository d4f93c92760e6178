// The debrief's exports of the current game: the replay file, the Markdown report and the CSV of
// the meters, each as a file name, a MIME type and its text (the browser download is in ui/).

import { debriefMarkdown, metersCsv, replayToJson, toReplay } from '../report';
import type { GameSession } from './session';
import { app as A } from '../strings';

export type ExportKind = 'replay' | 'markdown' | 'csv';

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

export const EXPORT_LABELS: Record<ExportKind, string> = A.exportLabels;

export function exportFile(session: GameSession, kind: ExportKind): ExportFile {
  const ctx = session.actor.getSnapshot().context;
  const messages = session.messages ?? [];
  const base = `mending-fences-${session.scenarioId}-${ctx.inputSettings.seed}`;
  switch (kind) {
    case 'replay':
      return {
        name: `${base}.replay.json`,
        mime: 'application/json',
        text: replayToJson(toReplay(ctx, session.scenarioId, messages)),
      };
    case 'markdown':
      return { name: `${base}.md`, mime: 'text/markdown', text: debriefMarkdown(ctx, { messages }) };
    case 'csv':
      return { name: `${base}.csv`, mime: 'text/csv', text: metersCsv(ctx, messages) };
  }
}
