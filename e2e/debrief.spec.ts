// The debrief: reached from the ending after a fast-forwarded game of The July Window (model events
// through window.__mf!.actor; the keyboard playthrough is play.spec.ts), its sections read through
// the live region, every export downloaded and checked, the exported replay replayed in node to the
// same state hash, a branch played and compared, the print handout, and Load replay on the title.

import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { replayGame, snapshotHash } from '../src/report/replay';
import { parseReplay } from '../src/report/replayFile';
import { openTitle, waitLive, watchConsole } from './helpers';
import { shippedScenario } from './scenarios';

const OUT = 'test-results/debrief';
/** Downloads go outside test-results, which another Playwright run may clear meanwhile. */
const DOWNLOADS = mkdtempSync(join(tmpdir(), 'mf-debrief-'));

/** Plays the current game through the actor up to its last report; `style` varies the postures. */
async function fastForward(page: Page, style: number): Promise<void> {
  await page.evaluate((style) => {
    // biome-ignore lint/suspicious/noExplicitAny: the test hook's actor is untyped in the page
    const a = (window as any).__mf.actor;
    for (let step = 0; step < 3000; step++) {
      const s = a.getSnapshot();
      const ctx = s.context;
      const phase = (window as unknown as { __mf: { phase(): string | null } }).__mf.phase();
      // biome-ignore lint/suspicious/noExplicitAny: plain model events
      const send = (e: any) => {
        if (!a.getSnapshot().can(e)) return false;
        a.send(e);
        return true;
      };
      if (phase === 'ended' || (phase === 'report' && ctx.ending)) return;
      if (phase === 'planning') {
        send({ type: 'posture.set', ally: 'seoul', posture: (ctx.turn + style) % 4 });
        send({ type: 'posture.set', ally: 'tokyo', posture: (ctx.turn * style + 1) % 3 });
        for (const id of Object.keys(ctx.scenario.initiatives)) {
          if (send({ type: 'initiative.queue', initiative: id, channel: ctx.turn % 2 ? 'public' : 'private' })) break;
        }
        for (const f of ctx.monthEvents) {
          const c = ctx.scenario.events[f.id]?.choices?.[0];
          if (c && !f.choice) send({ type: 'event.choose', event: f.id, choice: c.id });
        }
        send({ type: 'turn.commit' });
      } else if (phase === 'events') {
        for (const f of a.getSnapshot().context.monthEvents) {
          const c =
            ctx.scenario.events[f.id]?.choices?.[style % Math.max(1, ctx.scenario.events[f.id]?.choices?.length ?? 1)];
          if (c && !f.choice) send({ type: 'event.choose', event: f.id, choice: c.id });
        }
      } else if (phase === 'report') send({ type: 'turn.next' });
      else throw new Error(`unexpected phase ${phase}`);
    }
  }, style);
  await page.keyboard.press('Enter'); // the last report's Continue, through the room's own key
  await waitLive(page, /^Ending\./);
}

async function download(page: Page, key: string): Promise<{ name: string; text: string; path: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(key)]);
  const path = join(DOWNLOADS, dl.suggestedFilename());
  await dl.saveAs(path);
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

/** Screenshots for a person to look at, only when DEBRIEF_SHOTS is set (they cost seconds each). */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.DEBRIEF_SHOTS) await page.screenshot({ path: `${DOWNLOADS}/${name}.png` });
}

const hash = (page: Page) => page.evaluate(() => window.__mf!.hash());

test('debrief: sections, exports, node replay, branch, print and Load replay', async ({ page }) => {
  test.setTimeout(process.env.DEBRIEF_SHOTS ? 120_000 : 60_000);
  const problems = watchConsole(page);
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await openTitle(page);
  await page.keyboard.press('n');
  let text = await waitLive(page, /^Setup\./);
  for (const n of ['1', '2', '3']) {
    if (/july-window/.test(text)) break;
    await page.keyboard.press(n);
    text = await waitLive(page, /^Setup\./);
  }
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\. The July Window/);
  await page.keyboard.press('Enter');
  await waitLive(page, /^Situation room\. Planning\./);
  await fastForward(page, 1);
  await page.keyboard.press('d');

  // 1 charts, 2 log, 3 attribution, 4 questions, 5 the record, 6 branch: all in the live region
  text = await waitLive(page, /^Debrief\. Section 1 of 6, Charts\./);
  expect(text).toMatch(/Backlash in both capitals.*Seoul backlash \(true\) from \d+ to \d+/);
  expect(text).toMatch(/Washington’s estimate from \d+/);
  expect(text).toMatch(/Trust from \d+.*Threat from \d+.*Momentum from \d+/);
  expect(text).toMatch(/Posture toward Seoul from \w+/);
  expect(text).toContain('Milestone timeline:');
  await shot(page, 'charts-1920');
  await page.keyboard.press('2');
  text = await waitLive(page, /Section 2 of 6, Decision log\. Items 1 to \d+/);
  expect(text).toMatch(
    /\(month 1\) Posture: Seoul \w+, Tokyo \w+ \(Washington seen as \w+\)\. Initiatives and channels:/,
  );
  await shot(page, 'log-1920');
  await page.keyboard.press('PageDown');
  await waitLive(page, /Decision log\. Items ([2-9]|\d\d+) to/);
  await page.keyboard.press('3');
  text = await waitLive(page, /Section 3 of 6, What moved\./);
  expect(text).toMatch(/Seoul's backlash: [\d.]+ → [\d.]+/);
  expect(text).toMatch(/(added|took) [\d.]+ (to|from) Seoul's backlash\./);
  await shot(page, 'attribution-1920');
  await page.keyboard.press('4');
  text = await waitLive(page, /Section 4 of 6, Questions\./);
  expect(text).toMatch(/1\. .*\?/);
  expect(text).toContain('Entrapment or abandonment');
  await page.keyboard.press('5');
  text = await waitLive(page, /Section 5 of 6, Against the record\./);
  expect(text).toMatch(/Against the record: \d+ earlier than history/);

  // exports
  const replay = await download(page, 'j');
  expect(replay.name).toMatch(/^mending-fences-july-window-\d+\.replay\.json$/);
  const file = JSON.parse(replay.text);
  expect(file.format).toBe('mending-fences/replay');
  expect(file.decisions.length).toBeGreaterThan(10);
  await waitLive(page, /Downloaded the replay file \(JSON\)/);
  const csv = await download(page, 'c');
  const months = await page.evaluate(
    () =>
      (window.__mf!.actor as { getSnapshot(): { context: { history: unknown[] } } }).getSnapshot().context.history
        .length,
  );
  const rows = csv.text.split('\r\n').filter(Boolean);
  expect(rows[0]).toMatch(/^turn,month,seoul\.backlash/);
  expect(rows.length).toBe(months + 1);
  const md = await download(page, 'm');
  for (const heading of [
    '# Mending Fences debrief: The July Window',
    '## Month by month',
    '## What moved the meters',
    '## Questions for discussion',
    '## Against the record',
  ])
    expect(md.text).toContain(heading);

  // the replay exported by the browser reproduces the same game in node
  const browserHash = await hash(page);
  const parsed = parseReplay(replay.text);
  if (!parsed.ok) throw new Error(parsed.message);
  const run = replayGame(parsed.replay, shippedScenario);
  if (!run.ok) throw new Error(run.message);
  expect(snapshotHash(run.context)).toBe(browserHash);
  run.actor.stop();

  // print: the handout article is filled, and only it shows in print media
  await page.keyboard.press('p');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#print-report h1')).toHaveText('Mending Fences debrief: The July Window');
  await expect(page.locator('#print-report h2').first()).toBeVisible();
  await expect(page.locator('#game')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#print-report')).toBeHidden();

  if (process.env.DEBRIEF_SHOTS) {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('1');
    await waitLive(page, /Section 1 of 6, Charts/);
    await shot(page, 'charts-1366');
    await page.setViewportSize({ width: 1920, height: 1080 });
  }

  // branch: two months before the end, play differently, then compare
  await page.keyboard.press('6');
  text = await waitLive(page, /Section 6 of 6, Branch replay\. Month chosen: /);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  text = await waitLive(page, new RegExp(`Month chosen: \\w+ \\d+ \\(month ${months - 2} of ${months}\\)`));
  await page.keyboard.press('b');
  await waitLive(page, /^Situation room\. Planning\./);
  await fastForward(page, 2);
  await page.keyboard.press('d');
  await waitLive(page, /^Debrief\. Section 1 of 6, Charts\..*This game is a branch/);
  await page.keyboard.press('6');
  text = await waitLive(page, /Section 6 of 6, Branch replay\./);
  expect(text).toMatch(/This game branched from the original at \w+ \d+\./);
  expect(text).toMatch(/Branch minus original at \w+ \d+: Seoul backlash/);
  await shot(page, 'branch-1920');

  // Load replay on the title: bad files change nothing and say why; the good one opens its debrief
  await page.keyboard.press('t');
  await waitLive(page, /^Title screen\./);
  const branchHash = await hash(page);
  const bad = [
    ['cut.replay.json', replay.text.slice(0, 200), /cut short/],
    ['newer.replay.json', JSON.stringify({ ...file, version: 99 }), /newer version of Mending Fences/],
  ] as const;
  for (const [name, body, re] of bad) {
    await page.setInputFiles('#replay-file', { name, mimeType: 'application/json', buffer: Buffer.from(body) });
    text = await waitLive(page, new RegExp(`^Title screen\\. The replay could not be loaded: .*${re.source}`));
    expect(await hash(page)).toBe(branchHash);
  }
  await shot(page, 'title-bad-replay');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('l')]);
  await chooser.setFiles(replay.path);
  await waitLive(page, /^Debrief\. Section 1 of 6, Charts\./);
  expect(await hash(page)).toBe(browserHash);
  cpSync(DOWNLOADS, OUT, { recursive: true });
  if (process.env.DEBRIEF_SHOTS) console.log(`screenshots and downloads in ${DOWNLOADS} and ${OUT}`);
  expect(problems).toEqual([]);
});
