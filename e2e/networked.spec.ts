// The networked seminar in four browser contexts (Washington, Seoul, Tokyo and the facilitator,
// like four laptops) against the seminar server on loopback: a whole July Window with messages,
// an inject, Seoul reloading in the middle of an answer and one server restart. Every device
// reaches the same ending, equal to the offline replay. Also: the production game page has no
// test hook unless opened with ?test=1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { type SeminarServer, startSeminarServer } from '../src/server/seminarServer';
import { CODE, offlineHash } from '../test/server/helpers';

test('the game page has window.__mf only with ?test=1', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => document.querySelector('canvas') !== null);
  expect(await page.evaluate(() => typeof window.__mf)).toBe('undefined');
  await page.goto('/?test=1');
  await page.waitForFunction(() => typeof window.__mf === 'object');
});

async function open(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(url);
  await expect(page.locator('#status')).toHaveText(/Connected/);
  return page;
}

test('four devices play a July Window against the server, through a reload and a restart', async ({ browser }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'mf-e2e-seminar-'));
  const start = (port = 0) =>
    startSeminarServer({ dataDir: dir, distDir: 'dist', code: CODE, tables: 1, port, fsync: false });
  let server: SeminarServer = await start();
  try {
    const j = server.meta.tables[0].joins;
    const w = await open(browser, `${server.url}/table.html?join=${j.washington}`);
    const s = await open(browser, `${server.url}/table.html?join=${j.seoul}`);
    const t = await open(browser, `${server.url}/table.html?join=${j.tokyo}`);
    const f = await open(browser, `${server.url}/table.html#key=${server.meta.key}`);
    const phase = () => server.tables.get('1')!.table.snapshot;
    const seq = () => server.tables.get('1')!.table.seq;
    /** Wait until a page has rendered the server's latest record. */
    const current = (page: Page) =>
      expect(page.locator('body')).toHaveAttribute('data-seq', String(seq()), { timeout: 20_000 });

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

    // the facilitator injects an event from the library; Washington sees it in the news
    await expect(w.getByRole('button', { name: 'Commit the month' })).toBeVisible();
    const injected = await f.getByLabel('Event to inject').locator('option').first().textContent();
    await f.getByRole('button', { name: 'Inject', exact: true }).click();
    await expect(w.getByText(injected!, { exact: false }).first()).toBeVisible();

    let reloaded = false;
    let restarted = false;
    for (let step = 0; step < 400 && phase().value !== 'ended'; step++) {
      const snap = phase();
      const p =
        typeof snap.value === 'string'
          ? snap.value
          : ((snap.value as { campaign?: { turn?: string } }).campaign?.turn ?? '');
      const before = seq();
      if (snap.context.turn === 3 && !restarted && p === 'planning') {
        restarted = true;
        await server.close();
        server = await start(server.port);
        for (const page of [w, s, t, f])
          await expect(page.locator('#status')).toHaveText(/Connected/, { timeout: 20_000 });
        continue;
      }
      for (const page of [w, s, t]) await current(page);
      if (p === 'planning' || p === 'events') {
        const choice = w
          .locator('section', { has: w.getByRole('heading', { name: 'Decide' }) })
          .getByRole('button')
          .first();
        if (await choice.count()) await choice.click();
        else if (p === 'planning') {
          const queue = w.getByRole('button', { name: 'Queue private', disabled: false }).first();
          if (snap.context.plan.initiatives.length === 0 && (await queue.count())) await queue.click();
          else await w.getByRole('button', { name: 'Commit the month' }).click();
        }
      } else if (p === 'awaitingAnswers') {
        const waiting = snap.context.proposals.flatMap((q) => q.asks.filter((a) => q.answers[a] === undefined));
        const seat = waiting[0] === 'seoul' ? s : t;
        const box = seat.locator('section', { has: seat.getByRole('heading', { name: 'Washington asks' }) });
        const reason = box.getByRole('textbox').first();
        await reason.fill(`${waiting[0]} answers in month ${snap.context.turn + 1}`);
        if (waiting[0] === 'seoul' && !reloaded) {
          // Seoul's laptop reloads in the middle of the answer: the seat and the typed reason survive
          reloaded = true;
          await s.reload();
          await expect(s.locator('#status')).toHaveText(/Connected/);
          await expect(box.getByRole('textbox').first()).toHaveValue(/seoul answers in month/);
        }
        await box.getByRole('button', { name: 'Accept privately' }).first().click();
      } else if (p === 'report') {
        await w.getByRole('button', { name: 'Next month' }).click();
      }
      await expect.poll(seq, { timeout: 20_000 }).toBeGreaterThan(before);
    }
    expect(phase().value).toBe('ended');
    expect(reloaded && restarted).toBe(true);
    const hash = offlineHash(CODE, phase().context);
    for (const page of [w, s, t, f]) await expect(page.locator('#ending-hash')).toHaveText(hash);
    // the rationales reached the game's decision log
    expect(
      phase().context.decisions.some(
        (d) => d.event.type === 'proposal.answer' && /seoul answers/.test(d.event.rationale ?? ''),
      ),
    ).toBe(true);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
