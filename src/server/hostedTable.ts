// One table as the server holds it: its authoritative Table, its log on disk and the records it
// holds, opened (or created) from the data folder and rebuilt by replaying the log. A damaged end
// of a log is reported, kept aside and cut back to the last good record.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { headerSchema, parseRecord, type TableRecord } from './record';
import { tablesDir } from './sessionStore';
import { Table } from './table';
import { readLog, repairLog, TableLog } from './tableLog';

export interface Hosted {
  table: Table;
  log: TableLog;
  records: TableRecord[];
}

/** Open (or create) one table's log and rebuild the table from it, reporting and cutting any damage. */
export function loadTable(
  dataDir: string,
  code: string,
  id: string,
  fsync: boolean,
  clock: () => number,
  reports: string[],
): Hosted {
  const path = join(tablesDir(dataDir), `${id}.jsonl`);
  if (!existsSync(path)) {
    const header = { kind: 'table', v: 1, code, table: id, createdAt: clock() };
    return { table: new Table(code, id, clock), log: new TableLog(path, fsync, header), records: [] };
  }
  const read = readLog(path, parseRecord);
  const header = headerSchema.safeParse(read.header);
  if (!header.success || header.data.code !== code || header.data.table !== id)
    throw new Error(`${path} is not the log of table ${id} of ${code}; move it away to start afresh`);
  let records = read.records;
  if (read.problem) {
    const aside = repairLog(path, read.goodBytes);
    reports.push(
      `table ${id}: ${read.problem}; it resumes from record ${records.length} (the rest is kept in ${aside})`,
    );
  }
  const replayed = Table.replay(code, id, records, clock);
  if (replayed.problem) {
    const kept = replayed.table.seq;
    const aside = repairLog(path, read.lineEnds[kept]);
    records = records.slice(0, kept);
    reports.push(`table ${id}: ${replayed.problem}; it resumes from record ${kept} (the rest is kept in ${aside})`);
  }
  return { table: replayed.table, log: new TableLog(path, fsync), records };
}
