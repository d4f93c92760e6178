// The seminar a server runs, kept in its data folder: session.json (the public code, the
// facilitator's key and each table's seat join codes; readable by the owner only) and
// devices.jsonl (one line per device that joined a seat: the token's hash, table and seat),
// so a restarted server knows every key and device again.

import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SEATS, type SeatId } from '../model/types';
import { sessionSetup } from '../seminar/setup';
import { digest, newJoinCode, newKey } from './secrets';

export const MAX_TABLES = 200;

const metaSchema = z.object({
  v: z.literal(1),
  code: z.string(),
  key: z.string().min(20),
  createdAt: z.number(),
  tables: z
    .array(z.object({ id: z.string(), joins: z.record(z.enum(SEATS), z.string()) }))
    .min(1)
    .max(MAX_TABLES),
});
export type SessionMeta = z.infer<typeof metaSchema>;

const deviceSchema = z.object({ hash: z.string(), table: z.string(), seat: z.enum(SEATS) });
export type Device = z.infer<typeof deviceSchema>;

export interface OpenedSession {
  meta: SessionMeta;
  fresh: boolean;
  devices: Map<string, Device>;
  problems: string[];
}

export function tablesDir(dataDir: string): string {
  return join(dataDir, 'tables');
}

/** Load the session in `dataDir`, or make one (code and table count from `create`) when there is none. */
export function openSession(dataDir: string, create: { code: string; tables: number }, now: number): OpenedSession {
  mkdirSync(tablesDir(dataDir), { recursive: true });
  const path = join(dataDir, 'session.json');
  const problems: string[] = [];
  if (existsSync(path)) {
    const meta = metaSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    return { meta, fresh: false, devices: loadDevices(dataDir, problems), problems };
  }
  const setup = sessionSetup(create.code);
  if (!setup.ok) throw new Error(`session code ${create.code}: ${setup.error}`);
  if (!Number.isInteger(create.tables) || create.tables < 1 || create.tables > MAX_TABLES)
    throw new Error(`tables must be 1–${MAX_TABLES}`);
  const meta: SessionMeta = {
    v: 1,
    code: create.code,
    key: newKey(),
    createdAt: now,
    tables: Array.from({ length: create.tables }, (_, i) => ({
      id: String(i + 1),
      joins: Object.fromEntries(SEATS.map((s) => [s, newJoinCode()])) as Record<SeatId, string>,
    })),
  };
  writeFileSync(path, `${JSON.stringify(meta, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return { meta, fresh: true, devices: new Map(), problems };
}

function loadDevices(dataDir: string, problems: string[]): Map<string, Device> {
  const out = new Map<string, Device>();
  const path = join(dataDir, 'devices.jsonl');
  if (!existsSync(path)) return out;
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const d = deviceSchema.parse(JSON.parse(line));
      out.set(d.hash, d);
    } catch {
      problems.push(`devices.jsonl line ${i + 1} is damaged and was skipped (that device joins again with its link)`);
    }
  });
  return out;
}

export function rememberDevice(dataDir: string, token: string, table: string, seat: SeatId): Device {
  const d: Device = { hash: digest(token), table, seat };
  appendFileSync(join(dataDir, 'devices.jsonl'), `${JSON.stringify(d)}\n`, { mode: 0o600 });
  return d;
}
