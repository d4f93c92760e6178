// A table's messages reach the game's own debrief: once the game has ended, a seat exports its
// table's replay with the messages that seat may read (never another pair's), the facilitator's
// holds them all, and the replay opened in the game shows them month by month in the decision
// log, the Markdown report and the meters CSV, as text and formula-safe.
import { afterEach, describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../src/content/catalog';
import { debriefMarkdown, metersCsv, parseReplay, replayGame, snapshotHash } from '../../src/report';
import type { SeminarServer } from '../../src/server/seminarServer';
import { logParas } from '../../src/views/debrief/debriefText';
import { type Client, playScripted, serve, tempDir, seatTable } from './helpers';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function seated() {
  const tmp = tempDir();
  const server: SeminarServer = await serve(tmp.dir);
  cleanup.push(tmp.remove, () => server.close());
  return { server, clients: await seatTable(server, cleanup) };
}

type Export = { ok: boolean; reason?: string; name?: string; text?: string };
const exportReplay = async (c: Client, table?: string) =>
  (await c.send('export', { kind: 'replay', ...(table ? { table } : {}) })) as unknown as Export;

describe('a networked table’s messages in the game’s debrief', () => {
  it('a seat’s replay, once the game has ended, carries the messages it may read', async () => {
    const { server, clients } = await seated();
    const [w, s, t, f] = clients;
    expect((await w.send('say', { to: 'seoul', text: 'Seoul first?' })).ok).toBe(true);
    expect((await w.send('say', { to: 'tokyo', text: '=HYPERLINK("http://evil.example","x")' })).ok).toBe(true);
    expect((await s.send('say', { to: 'all', text: '<b>not bold</b> *nor this*' })).ok).toBe(true);
    expect((await exportReplay(s)).reason).toMatch(/once the game has ended/);
    expect((await s.send('export', { kind: 'grading' })).reason).toMatch(/facilitator key/);
    // a message in a later month, then the game to its end
    await playScripted([w, s, t], (p) => p.month.turn === 2 && p.phase === 'planning');
    expect((await t.send('say', { to: 'seoul', text: 'Month three: still talking.' })).ok).toBe(true);
    await playScripted([w, s, t]);

    const mine = await exportReplay(s);
    expect(mine.ok, mine.reason).toBe(true);
    expect(mine.name).toBe('table-1-seoul.replay.json');
    const parsed = parseReplay(mine.text!);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.replay.messages?.map((m) => `${m.turn} ${m.by}>${m.to}`)).toEqual([
      '0 washington>seoul',
      '0 seoul>all',
      '2 tokyo>seoul',
    ]);
    expect(mine.text).not.toContain('HYPERLINK'); // Washington→Tokyo is not Seoul's to read
    const all = parseReplay((await exportReplay(f, '1')).text!);
    if (!all.ok) throw new Error(all.message);
    expect(all.replay.messages).toHaveLength(4);

    // the replay is the same game as the table's, and its debrief shows the messages in their months
    const scenario = loadShippedScenario('july-window');
    if (!scenario.ok) throw new Error('scenario');
    const run = replayGame(all.replay, () => scenario.value);
    if (!run.ok) throw new Error(run.message);
    expect(snapshotHash(run.context)).toBe(snapshotHash(server.tables.get('1')!.table.snapshot.context));
    const messages = all.replay.messages!;
    const log = logParas(run.context, messages).map((p) => p.text);
    const may = log.indexOf('May 2022 (month 1)');
    const july = log.indexOf('Jul 2022 (month 3)');
    expect(may).toBe(0);
    const at = (text: string) => log.findIndex((l) => l.includes(text));
    expect(at('Message, Washington to Seoul: “Seoul first?”')).toBeGreaterThan(may);
    expect(at('Message, Washington to Seoul')).toBeLessThan(july);
    expect(log).toContain('Message, Seoul to everyone: “<b>not bold</b> *nor this*”'); // as typed, never markup
    expect(at('Message, Tokyo to Seoul: “Month three: still talking.”')).toBeGreaterThan(july);
    expect(at('Message, Tokyo to Seoul')).toBeLessThan(log.indexOf('Aug 2022 (month 4)'));
    const md = debriefMarkdown(run.context, { messages });
    expect(md).toContain('- Message, Seoul to everyone: “&lt;b&gt;not bold&lt;/b&gt; \\*nor this\\*”');
    expect(md).not.toContain('<b>');
    const csv = metersCsv(run.context, messages).split('\r\n');
    expect(csv[0].endsWith(',messages')).toBe(true);
    expect(csv[1]).toContain('Washington to Seoul: Seoul first? | Washington to Tokyo: =HYPERLINK');
    expect(csv.join('\n')).not.toMatch(/,"?=HYPERLINK/);
    expect(csv[3]).toMatch(/,Tokyo to Seoul: Month three: still talking\.$/);
    // a solo game's exports are as they were: no messages column, no messages field
    expect(metersCsv(run.context).split('\r\n')[0].endsWith(',milestones')).toBe(true);
  });
});
