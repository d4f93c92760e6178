// The networked seminar in four browser contexts (Washington, Seoul, Tokyo and the facilitator,
// like four laptops) against `npm run serve`'s server in its own process on loopback: a whole July
// Window with messages, an inject, Seoul reloading in the middle of an answer and one server
// restart. Every device reaches the same ending, equal to the offline replay of the server's log
// (scripts/seminarCheck.ts), and Seoul opens the game's own debrief of the table from its ending,
// with the messages it may read in their month; table.html has no serious axe violations for a
// seat, a delegation or the facilitator. Also: the production game page has no test hook unless opened with ?test=1.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { axe, serious } from './axe';
import { waitLive } from './helpers';
import { encodeSession } from '../src/seminar/sessionCode';
import { freePort } from '../test/helpers/freePort';

const CODE = encodeSession({
  scenario: 'july-window',
  seed: 4242,
  difficulty: 'normal',
  seats: { washington: 'human', seoul: 'human', tokyo: 'human' },
  preset: 45,
});
let PORT = 0;

test('the game page has window.__mf only with ?test=1', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => document.querySelector('canvas') !== null);
  expect(await page.evaluate(() => typeof window.__mf)).toBe('undefined');
  await page.goto('/?test=1');
  await page.waitForFunction(() => typeof window.__mf === 'object');
});

/** `npm run serve` without the build (the test run built dist/ already), resolved once it listens. */
function serve(dir: string): Promise<ChildProcess> {
  const args = ['--import', 'tsx', 'scripts/serve.ts', '--no-build', '--no-qr', '--no-fsync'];
  args.push('--host', '127.0.0.1', '--port', String(PORT), '--data', dir, '--code', CODE);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('Stop with Ctrl+C')) resolve(child);
    });
    child.once('exit', (c) => reject(new Error(`the server exited (${c}):\n${out}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function open(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(url);
  await expect(page.locator('#status')).toHaveText(/Connected/);
  return page;
}

test('four devices play a July Window against the server, through a reload and a restart', async ({ browser }) => {
  test.setTimeout(240_000);
  PORT = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mf-e2e-seminar-'));
  let server = await serve(dir);
  try {
    const meta = JSON.parse(readFileSync(join(dir, 'session.json'), 'utf8'));
    const j = meta.tables[0].joins;
    const url = `http://127.0.0.1:${PORT}/table.html`;
    const w = await open(browser, `${url}?join=${j.washington}`);
    const s = await open(browser, `${url}?join=${j.seoul}`);
    const t = await open(browser, `${url}?join=${j.tokyo}`);
    const f = await open(browser, `${url}#key=${meta.key}`);
    /** The table as the facilitator's page shows it (the server's latest frame). */
    const table = async () => {
      const d = await f.evaluate(() => ({ ...document.body.dataset }));
      const waiting = (d.waiting ?? '').split(',').filter(Boolean);
      return { seq: Number(d.seq), phase: d.phase ?? '', turn: Number(d.turn), waiting };
    };
    /** Wait until a page shows the same record as the facilitator's. */
    const current = (page: Page, seq: number) =>
      expect(page.locator('body')).toHaveAttribute('data-seq', String(seq), { timeout: 20_000 });
    /**
     * The table once the four pages agree on the latest record. A frame reaches the pages one by
     * one, so the facilitator's page may still be a record behind a seat's when it is read.
     */
    const settled = async () => {
      await expect
        .poll(
          async () =>
            new Set(await Promise.all([f, w, s, t].map((page) => page.evaluate(() => document.body.dataset.seq)))).size,
          { timeout: 20_000 },
        )
        .toBe(1);
      return table();
    };

    // messages: Washington to Seoul only; Tokyo never sees it; the facilitator reads it
    await w.getByRole('button', { name: 'Begin the first month' }).click();
    await w.getByLabel('Send to').selectOption('seoul');
    await w.getByLabel('Message').fill('Can Seoul live with a private channel first?');
    await w.getByRole('button', { name: 'Send message' }).click();
    await expect(s.getByText('Can Seoul live with a private channel first?')).toBeVisible();
    await expect(f.getByText('Can Seoul live with a private channel first?')).toBeVisible();
    await s.getByLabel('Send to').selectOption('tokyo');
    await s.getByLabel('Message').fill('直接話しましょう。');
    await s.getByRole('button', { name: 'Send message' }).click();
    await expect(t.getByText('直接話しましょう。')).toBeVisible();
    await expect(w.getByText('直接話しましょう。')).toHaveCount(0);
    await expect(t.getByText('private channel first')).toHaveCount(0);
    // table.html for a seat, a delegation and the facilitator's dashboard: no serious axe violations
    for (const [page, where] of [
      [w, 'table.html (Washington)'],
      [s, 'table.html (Seoul)'],
      [f, 'table.html (facilitator)'],
    ] as const)
      expect(serious(await axe(page, where)), where).toEqual([]);

    // the facilitator injects an event from the library; Washington sees it in the news
    await expect(w.getByRole('button', { name: 'Commit the month' })).toBeVisible();
    // Washington's device forecasts its plan from its own estimates, as the solo room does
    await expect(w.locator('#forecast')).toContainText(/Backlash Seoul [\d–]+ · Tokyo [\d–]+ · momentum/);
    // and shows the room's counsel, the months ahead and the milestone track
    for (const name of ['Advisers’ counsel', 'The months ahead', 'Milestones'])
      await expect(w.getByRole('heading', { name, exact: true })).toBeVisible();
    await w.screenshot({ path: 'test-results/shots/net-washington.png', fullPage: true });
    const injected = await f.getByLabel('Event to inject').locator('option').first().textContent();
    await f.getByRole('button', { name: 'Inject', exact: true }).click();
    await expect(w.getByText(injected!, { exact: false }).first()).toBeVisible();

    let reloaded = false;
    let restarted = false;
    // Seoul's reason, once Seoul has answered a proposal Tokyo still has to answer
    let seoulSaid: string | null = null;
    let sawEarly = false;
    for (let step = 0; step < 400; step++) {
      const now = await settled();
      if (now.phase === 'ended') break;
      if (now.turn === 3 && !restarted && now.phase === 'planning') {
        // the server stops and starts again on its data folder; every page reconnects by itself
        restarted = true;
        await stop(server);
        for (const page of [w, s, t, f]) await expect(page.locator('#status')).toHaveText(/Connection lost/);
        server = await serve(dir);
        for (const page of [w, s, t, f])
          await expect(page.locator('#status')).toHaveText(/Connected/, { timeout: 30_000 });
        continue;
      }
      if (now.phase === 'planning' || now.phase === 'events') {
        const choice = w
          .locator('section', { has: w.getByRole('heading', { name: 'Decide' }) })
          .getByRole('button')
          .first();
        if (await choice.count()) await choice.click();
        else if (now.phase === 'planning') {
          const queue = w.getByRole('button', { name: 'Queue private', disabled: false }).first();
          const queued = await w.getByRole('button', { name: /^Cancel/ }).count();
          if (queued === 0 && (await queue.count())) await queue.click();
          else await w.getByRole('button', { name: 'Commit the month' }).click();
        }
      } else if (now.phase === 'awaitingAnswers') {
        const ally = now.waiting[0];
        if (seoulSaid && ally === 'tokyo') {
          // Washington reads Seoul's answer and reason while it waits for Tokyo; Tokyo's laptop does not
          const waitingBox = w.locator('section', { has: w.getByRole('heading', { name: 'Answered so far' }) });
          await expect(waitingBox).toContainText('Seoul accepts privately');
          await expect(waitingBox).toContainText(seoulSaid);
          await expect(t.getByText(seoulSaid)).toHaveCount(0);
          sawEarly = true;
        }
        seoulSaid =
          ally === 'seoul' && now.waiting.includes('tokyo') ? `${ally} answers in month ${now.turn + 1}` : null;
        const seat = ally === 'seoul' ? s : t;
        const box = seat.locator('section', { has: seat.getByRole('heading', { name: 'Washington asks' }) });
        await box
          .getByRole('textbox')
          .first()
          .fill(`${ally} answers in month ${now.turn + 1}`);
        if (ally === 'seoul' && !reloaded) {
          // Seoul's laptop reloads in the middle of the answer: the seat and the typed reason survive
          reloaded = true;
          await s.reload();
          await expect(s.locator('#status')).toHaveText(/Connected/);
          await expect(box.getByRole('textbox').first()).toHaveValue(/seoul answers in month/);
        }
        await box.getByRole('button', { name: 'Accept privately' }).first().click();
      } else if (now.phase === 'report') {
        // the month's backlash account, as the solo report gives it
        await expect(w.getByRole('heading', { name: /^Backlash as Washington accounts for it/ })).toBeVisible();
        await w.getByRole('button', { name: 'Next month' }).click();
      }
      await expect.poll(async () => (await table()).seq, { timeout: 20_000 }).toBeGreaterThan(now.seq);
    }
    expect((await table()).phase).toBe('ended');
    expect(reloaded && restarted && sawEarly).toBe(true);
    // every page has the last frame before the server goes
    const last = (await table()).seq;
    for (const page of [w, s, t]) await current(page, last);
    // Seoul opens the game's debrief of the table: the messages it may read are in the month's log
    const seoulHash = await s.locator('#ending-hash').textContent();
    await s.getByRole('button', { name: /^Open the debrief/ }).click();
    await waitLive(s, /^Debrief\. Section 1 of 6, Charts\./, 30_000);
    await s.keyboard.press('2');
    const debriefLog = await waitLive(s, /Section 2 of 6, Decision log\. Items 1 to/);
    expect(debriefLog).toContain('Message, Washington to Seoul: “Can Seoul live with a private channel first?”');
    expect(debriefLog).toContain('Message, Seoul to Tokyo: “直接話しましょう。”');
    await test.step('the server stops on SIGTERM with the pages still connected', () => stop(server));
    const check = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/seminarCheck.ts', dir], {
      encoding: 'utf8',
    });
    const hash = /table 1: \d+ records, ended, offline hash ([0-9a-f]{8})$/m.exec(check)?.[1];
    expect(hash, check).toBeTruthy();
    for (const page of [w, t, f]) await expect(page.locator('#ending-hash')).toHaveText(hash!);
    expect(seoulHash).toBe(hash);
    // the rationales and the messages are in the server's log
    const log = readFileSync(join(dir, 'tables', '1.jsonl'), 'utf8');
    expect(log).toContain('seoul answers in month');
    expect(log).toContain('直接話しましょう。');
  } finally {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
});
