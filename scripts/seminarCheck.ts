// `npx tsx scripts/seminarCheck.ts <data folder>`: reads a networked seminar's table logs the way
// the server does at start-up, replays each table's decisions in a fresh game as a solo replay
// would, and prints one line per table: its id, records, phase and the offline replay's hash
// (plus any damage the server would report). For checking a class's record, and for the tests.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { gameMachine } from '../src/model/machine';
import { selectPhase } from '../src/model/selectors';
import type { GameEvent } from '../src/model/types';
import { feed, snapshotHash } from '../src/report/replay';
import { parseRecord } from '../src/server/record';
import { tablesDir } from '../src/server/sessionStore';
import { Table } from '../src/server/table';
import { readLog } from '../src/server/tableLog';
import { sessionSetup } from '../src/seminar/setup';

const dir = process.argv[2];
if (!dir) throw new Error('usage: seminarCheck.ts <data folder>');
const meta = JSON.parse(readFileSync(join(dir, 'session.json'), 'utf8')) as { code: string; tables: { id: string }[] };
const setup = sessionSetup(meta.code);
if (!setup.ok) throw new Error(setup.error);
for (const { id } of meta.tables) {
  const log = readLog(join(tablesDir(dir), `${id}.jsonl`), parseRecord);
  const { table, problem } = Table.replay(meta.code, id, log.records, () => 0);
  const ctx = table.snapshot.context;
  const fresh = createActor(gameMachine, {
    input: { scenario: setup.input.scenario, settings: ctx.inputSettings },
  }).start();
  const fed = feed(
    fresh,
    ctx.decisions.map((d) => d.event as GameEvent),
  );
  const hash = fed.ok ? snapshotHash(fresh.getSnapshot().context) : `unreplayable (${fed.message})`;
  const issues = [log.problem, problem].filter(Boolean).join('; ');
  console.log(
    `table ${id}: ${log.records.length} records, ${selectPhase(table.snapshot)}, offline hash ${hash}${issues ? `, ${issues}` : ''}`,
  );
}
