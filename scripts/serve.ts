// `npm run serve`: the networked seminar on this machine. Builds the game if dist/ is missing or
// older than the sources, opens (or creates) the seminar in the data folder, serves dist/ and the
// socket on one port, and prints the facilitator's link (with its secret key), one join link per
// seat and table on every LAN address, and a QR code of each of table 1's links.
//
//   npm run serve -- [--port 8080] [--host 0.0.0.0] [--data seminar-data] [--tables 1]
//                    [--code MF1-JW-…] [--no-build] [--no-fsync]
//                    [--only 1,2 --redis redis://host:6379]   (one of several processes: docs/facilitator.md)

import { execSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import qrcode from 'qrcode-terminal';
import { SEATS } from '../src/model/types';
import { startSeminarServer } from '../src/server/seminarServer';
import { encodeSession } from '../src/seminar/sessionCode';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '0.0.0.0' },
    data: { type: 'string', default: 'seminar-data' },
    tables: { type: 'string', default: '1' },
    code: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'no-fsync': { type: 'boolean', default: false },
    'no-qr': { type: 'boolean', default: false },
    // past one machine (docs/facilitator.md): the tables this process holds, and the Redis it shares frames through
    only: { type: 'string' },
    redis: { type: 'string' },
  },
});

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newest(join(path, n))));
}

function buildIfNeeded(): void {
  const page = join(dist, 'table.html');
  const sources = Math.max(
    newest(join(root, 'src')),
    ...['index.html', 'console.html', 'table.html'].map((f) => newest(join(root, f))),
  );
  if (existsSync(page) && statSync(page).mtimeMs >= sources) return;
  console.log('Building the game (dist/ is missing or older than the sources)…');
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

if (!values['no-build']) buildIfNeeded();
const code =
  values.code ??
  encodeSession({
    scenario: 'july-window',
    seed: randomInt(0, 2 ** 32 - 1),
    difficulty: 'normal',
    seats: { washington: 'human', seoul: 'human', tokyo: 'human' },
    preset: 45,
  });
const server = await startSeminarServer({
  dataDir: resolve(values.data),
  distDir: dist,
  host: values.host,
  port: Number(values.port),
  code,
  tables: Number(values.tables),
  fsync: !values['no-fsync'],
  only: values.only?.split(',').map((s) => s.trim()),
  redis: values.redis,
});

const port = server.port;
const hosts = values.host === '0.0.0.0' ? lanAddresses() : [values.host];
const base = (h: string) => `http://${h}:${port}`;
console.log(
  `\nMending Fences seminar ${server.meta.code} — ${server.fresh ? 'new session' : 'resumed from'} ${resolve(values.data)}`,
);
for (const r of server.reports) console.log(`  ! ${r}`);
console.log(
  `\nFacilitator (keep this link to yourself; it holds the key):\n  http://localhost:${port}/table.html#key=${server.meta.key}`,
);
console.log(
  `\nLAN addresses: ${hosts.length ? hosts.join(', ') : '(none found; students need this machine reachable on the network)'}`,
);
const lan = hosts[0] ?? 'localhost';
for (const t of server.meta.tables) {
  console.log(`\nTable ${t.id}:`);
  for (const seat of SEATS) console.log(`  ${seat.padEnd(10)} ${base(lan)}/table.html?join=${t.joins[seat]}`);
}
if (!values['no-qr']) {
  const t = server.meta.tables[0];
  for (const seat of SEATS) {
    console.log(`\n${seat} (table ${t.id}):`);
    qrcode.generate(`${base(lan)}/table.html?join=${t.joins[seat]}`, { small: true }, (q) => console.log(q));
  }
}
console.log('\nStop with Ctrl+C; start again with the same --data to carry on where you left off.');
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
