// A table's append-only log: one JSON object per line, the header first, then every accepted
// record. append() writes synchronously (and fsyncs unless told not to) so a record is on disk
// before the client's ack. read() returns the good records and, when the end of the file is
// truncated or corrupt, a report; repair() cuts the file back to its last good line and keeps
// the cut bytes beside it for inspection.

import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';

/** A log never grows past this; the table refuses new events with a clear message instead. */
export const MAX_LOG_BYTES = 64 * 1024 * 1024;

export interface LogRead<T> {
  header: unknown;
  records: T[];
  /** Set when a line could not be read: which line, why, and what was kept. */
  problem: string | null;
  /** Byte length of the good part of the file. */
  goodBytes: number;
  /** Where each good line ends: [0] the header, [i] record i. */
  lineEnds: number[];
  totalBytes: number;
}

export function readLog<T>(path: string, parse: (value: unknown) => T | null): LogRead<T> {
  const buf = readFileSync(path);
  const records: T[] = [];
  let header: unknown = null;
  let pos = 0;
  let line = 0;
  let problem: string | null = null;
  const lineEnds: number[] = [];
  while (pos < buf.length) {
    const nl = buf.indexOf(0x0a, pos);
    line += 1;
    if (nl === -1) {
      problem = `line ${line} is truncated (no line end)`;
      break;
    }
    const text = buf.subarray(pos, nl).toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      problem = `line ${line} is not valid JSON`;
      break;
    }
    if (line === 1) header = value;
    else {
      const rec = parse(value);
      if (rec === null) {
        problem = `line ${line} is not a valid record`;
        break;
      }
      records.push(rec);
    }
    pos = nl + 1;
    lineEnds.push(pos);
  }
  return { header, records, problem, goodBytes: pos, lineEnds, totalBytes: buf.length };
}

/** Cut a damaged log back to its good part; the rest goes to `<path>.damaged-<n>`. Returns that path. */
export function repairLog(path: string, goodBytes: number): string {
  const buf = readFileSync(path);
  let n = 1;
  while (existsSync(`${path}.damaged-${n}`)) n += 1;
  const aside = `${path}.damaged-${n}`;
  writeFileSync(aside, buf.subarray(goodBytes));
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, buf.subarray(0, goodBytes));
  renameSync(tmp, path);
  return aside;
}

export class TableLog {
  private fd: number;
  private bytes: number;

  constructor(
    readonly path: string,
    private readonly fsync: boolean,
    header?: unknown,
  ) {
    const fresh = !existsSync(path);
    this.fd = openSync(path, 'a');
    this.bytes = fresh ? 0 : readFileSync(path).length;
    if (fresh) {
      if (header === undefined) throw new Error(`${path}: a new log needs a header`);
      this.append(header);
    }
  }

  get size(): number {
    return this.bytes;
  }

  /** Write one record as a line; on return it is in the file (and on the disk when fsync is on). */
  append(record: unknown): void {
    const line = `${JSON.stringify(record)}\n`;
    const data = Buffer.from(line, 'utf8');
    if (this.bytes + data.length > MAX_LOG_BYTES) throw new Error('the table log is full');
    writeSync(this.fd, data);
    if (this.fsync) fsyncSync(this.fd);
    this.bytes += data.length;
  }

  close(): void {
    closeSync(this.fd);
  }
}
