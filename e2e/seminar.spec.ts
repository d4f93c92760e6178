// Seminar mode: the game window (`/?session=<code>`) and the facilitator console
// (`/console.html?session=<code>`) as two pages of one browser, talking over BroadcastChannel.

import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { minutesPerMonthFor, PRESETS } from '../src/seminar/presets';
import { axe, serious } from './axe';
import { encodeSession } from '../src/seminar/sessionCode';
import { live, waitLive, watchConsole } from './helpers';

const CODE = encodeSession({
  scenario: 'july-window',
  seed: 4242,
  difficulty: 'normal',
  seats: { washington: 'human', seoul: 'human', tokyo: 'computer' },
  preset: 45,
});
const XSS = '<img src=x onerror=alert(1)>';
/** Screenshots for a human look (SEMINAR_SHOTS=<folder>); they cost seconds each under SwiftShader. */
const shot = async (page: Page, name: string) => {
  if (process.env.SEMINAR_SHOTS) await page.screenshot({ path: `${process.env.SEMINAR_SHOTS}/${name}-1920.png` });
};

type Mf = {
  actor: { getPersistedSnapshot(): unknown; getSnapshot(): { value: unknown; context: Record<string, unknown> } };
  seminar: { sendPlayer(e: unknown): { ok: boolean; reason?: string } };
  phase(): string | null;
};

const persisted = (page: Page) =>
  page.evaluate(() => JSON.stringify((window as unknown as { __mf: Mf }).__mf.actor.getPersistedSnapshot()));

/** Every text the live region has said, collected from the first paint on. */
async function recordLive(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __liveLog: string[] };
    w.__liveLog = [];
    document.addEventListener('DOMContentLoaded', () => {
      const el = document.getElementById('live');
      if (!el) return;
      new MutationObserver(() => w.__liveLog.push(el.textContent ?? '')).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  });
}
const liveLog = (page: Page) => page.evaluate(() => (window as unknown as { __liveLog: string[] }).__liveLog.slice());

/** The console link the game window hands out for its running seminar (with the facilitator's key). */
const consoleLink = (game: Page) => game.evaluate(() => window.__mf!.consoleLink()!);

async function openConsole(page: Page, link: string): Promise<void> {
  await page.goto(`/${link}`);
  await expect(page.locator('#meters tr').first()).toBeVisible({ timeout: 10_000 });
}

async function consoleLog(page: Page, re: RegExp): Promise<void> {
  await expect(page.locator('#log')).toContainText(re, { timeout: 5_000 });
}

test('seminar: pause, inject, undo, hand-over without leaks, and plain-text injects', async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext();
  const game = await context.newPage();
  const desk = await context.newPage();
  const problems = watchConsole(game);
  let dialogs = 0;
  for (const p of [game, desk]) p.on('dialog', (d) => void d.dismiss().then(() => (dialogs += 1)));
  await recordLive(game);

  await game.goto(`/?session=${CODE}&test=1`);
  await waitLive(game, /^Briefing\. The July Window/);
  await openConsole(desk, await consoleLink(game));
  await game.keyboard.press('Enter');
  await waitLive(game, /^Situation room\. Planning\./);
  await expect.poll(() => game.evaluate(() => window.__mf!.game.scene.isActive('seminar-hud'))).toBe(true);

  // pause blocks keyboard and pointer; resume restores input
  await desk.click('#pause');
  await game.bringToFront();
  await waitLive(game, /Paused by the facilitator/);
  const paused = await persisted(game);
  await game.keyboard.press('3');
  await game.keyboard.press('e');
  await game.mouse.click(1600, 955); // the End turn button
  await game.waitForTimeout(300);
  expect(await persisted(game)).toBe(paused);
  expect(await live(game)).toMatch(/^Paused by the facilitator/);
  await shot(game, 'seminar-pause');
  await desk.click('#resume');
  await game.bringToFront();
  await game.waitForFunction(() => !/Paused/.test(document.getElementById('live')?.textContent ?? ''));
  await game.keyboard.press('3');
  await waitLive(game, /Posture: Seoul press/);
  // a seminar starts muted: its key presses made no AudioContext, and no cue sounded
  expect(await game.evaluate(() => window.__mf!.sound)).toMatchObject({ level: 0, context: false, played: 0 });

  // a library inject shows in the game and in the console's log
  await desk.selectOption('#inject-event', 'dprk-missile-launch');
  await desk.click('#inject-form button[type=submit]');
  await game.bringToFront();
  await waitLive(game, /Injected by the facilitator: North Korea fires ballistic missiles/);
  await consoleLog(desk, /injected "North Korea fires ballistic missiles"/);

  // a custom inject is plain text in both windows
  await desk.fill('#custom-title', XSS);
  await desk.fill('#custom-text', 'A test of plain text.');
  await desk.click('#custom-form button[type=submit]');
  await game.bringToFront();
  await waitLive(game, /Injected by the facilitator: .*<img src=x onerror=alert\(1\)>: A test of plain text\./);
  await consoleLog(desk, /<img src=x onerror=alert\(1\)>/);
  await expect(desk.locator('#news')).toContainText(XSS);
  for (const p of [game, desk]) expect(await p.locator('img').count()).toBe(0);

  // undo restores the exact state before the facilitator's last action (through the new actor)
  const beforeAdjust = await persisted(game);
  const adjust = async (value: string) => {
    await desk.selectOption('#adjust-meter', 'seoul.backlash');
    await desk.fill('#adjust-value', value);
    await desk.fill('#adjust-reason', 'seminar test');
    await desk.click('#adjust-form button[type=submit]');
    await game.bringToFront();
  };
  await adjust('50');
  await consoleLog(desk, /set seoul\.backlash from [\d.]+ to 50/);
  expect(await persisted(game)).not.toBe(beforeAdjust);
  await desk.click('#undo');
  await game.bringToFront();
  await consoleLog(desk, /undid to the previous saved point/);
  await expect.poll(() => persisted(game)).toBe(beforeAdjust);
  await waitLive(game, /^Situation room\. Planning\./);

  // the hand-over: Seoul's true backlash (63.7) is never said while Washington's view is up
  await adjust('63.7');
  await consoleLog(desk, /to 63\.7/);
  const queued = await game.evaluate(() => {
    const mf = (window as unknown as { __mf: Mf }).__mf;
    const ids = ['reopen-ministerial-channel', 'revive-gsomia', 'people-exchanges', 'economic-security-dialogue'];
    return ids.find(
      (initiative) => mf.seminar.sendPlayer({ type: 'initiative.queue', initiative, channel: 'private' }).ok,
    );
  });
  expect(queued).toBeTruthy();
  await waitLive(game, /^Situation room\. Planning\./);
  await game.keyboard.press('e');
  await waitLive(game, /^Hand-over\. Pass the device to the Seoul delegation\. Washington and Tokyo, look away\./);
  const washingtonSaw = await liveLog(game);
  expect(washingtonSaw.join('\n')).toMatch(/Seoul backlash estimate/);
  expect(washingtonSaw.join('\n')).not.toContain('63.7');
  await shot(game, 'seminar-pass');
  await game.keyboard.press('Enter');
  // the month's resolution has moved Seoul's backlash on from 63.7: the brief shows the true value now
  const truth = await game.evaluate(() => {
    const ctx = (window as unknown as { __mf: Mf }).__mf.actor.getSnapshot().context as {
      meters: Record<string, number>;
    };
    return ctx.meters['seoul.backlash'];
  });
  const truthText = String(Math.round(truth * 10) / 10);
  const brief = await waitLive(game, /^Hand-over\. Seoul delegation's private brief\. Your public backlash \(true\): /);
  expect(brief).toContain(`Your public backlash (true): ${truthText}.`);
  await game.keyboard.press('4');
  await waitLive(game, /Chosen: Reject/);
  await expect(game.locator('#rationale')).toBeFocused();
  await game.keyboard.type('Too costly at home <b>now</b>');
  await shot(game, 'seminar-brief');
  // count the live lines before handing back, so a fast redraw cannot slip in before the count
  const handedBack = (await liveLog(game)).length;
  await game.keyboard.press('Enter');
  await waitLive(game, /^Situation room\./);
  await game.waitForTimeout(300);
  const after = (await liveLog(game)).slice(handedBack);
  // from the moment Washington's room is back on screen, the true value must not be spoken
  const afterwards = after.slice(after.findIndex((line) => line.startsWith('Situation room.'))).join('\n');
  expect(afterwards).toMatch(/^Situation room\./m);
  if (!Number.isInteger(truth)) expect(afterwards).not.toContain(truthText);
  const ctx = await game.evaluate(() =>
    JSON.stringify((window as unknown as { __mf: Mf }).__mf.actor.getSnapshot().context),
  );
  expect(ctx).toContain('Too costly at home <b>now</b>');
  expect(await game.locator('b').count()).toBe(0);

  expect(dialogs).toBe(0);

  // ending the session from the console (after its confirm) takes the class into the debrief
  desk.removeAllListeners('dialog');
  desk.once('dialog', (d) => void d.accept());
  await desk.click('#end');
  await waitLive(game, /^Debrief/, 15_000);
  expect(problems).toEqual([]);
  await context.close();
});

test('seminar: two tables from the same code and the same decisions end identically; one window per table', async ({
  browser,
}) => {
  test.setTimeout(45_000);
  const code = encodeSession({
    scenario: 'july-window',
    seed: 777,
    difficulty: 'hard',
    seats: { washington: 'human', seoul: 'computer', tokyo: 'computer' },
    preset: 45,
  });
  const context = await browser.newContext();
  const play = async (table: number) => {
    const page = await context.newPage();
    await page.goto(`/?session=${code}.${table}&test=1`);
    await waitLive(page, /^Briefing\./);
    const result = await page.evaluate(() => {
      const mf = (window as unknown as { __mf: Mf }).__mf;
      const send = (e: unknown) => mf.seminar.sendPlayer(e);
      send({ type: 'briefing.done' });
      for (let step = 0; step < 500; step++) {
        const snap = mf.actor.getSnapshot();
        const phase = mf.phase();
        if (phase === 'ended') break;
        const ctx = snap.context as {
          turn: number;
          monthEvents: { id: string }[];
          scenario: { events: Record<string, { choices: { id: string }[] }> };
        };
        if (phase === 'planning' || phase === 'events') {
          for (const f of ctx.monthEvents) {
            for (const c of ctx.scenario.events[f.id]?.choices ?? [])
              send({ type: 'event.choose', event: f.id, choice: c.id });
          }
        }
        if (phase === 'planning') {
          send({ type: 'posture.set', ally: ctx.turn % 2 ? 'seoul' : 'tokyo', posture: (ctx.turn % 3) + 1 });
          send({ type: 'initiative.queue', initiative: 'people-exchanges', channel: 'public' });
          send({ type: 'turn.commit' });
        } else if (phase === 'report') send({ type: 'turn.next' });
      }
      return { value: mf.actor.getSnapshot().value, json: JSON.stringify(mf.actor.getPersistedSnapshot()) };
    });
    await waitLive(page, /^Ending\./);
    return result;
  };
  const a = await play(1);
  const b = await play(2);
  expect(a.value).toBe('ended');
  expect(a.json).toBe(b.json);
  // a second window on table 1's id (table 1's page is still open) does not run it, and says so
  const again = await context.newPage();
  await again.goto(`/?session=${code}.1&test=1`);
  await waitLive(again, /^This seminar is open in another window of this browser; this one does not run it\./);
  await context.close();
});

test('seminar: a reload of the game window resumes the month, the state, the log and the console', async ({
  browser,
}) => {
  test.setTimeout(45_000);
  const code = encodeSession({
    scenario: 'july-window',
    seed: 9090,
    difficulty: 'normal',
    seats: { washington: 'human', seoul: 'computer', tokyo: 'computer' },
    preset: 45,
  });
  const context = await browser.newContext();
  const game = await context.newPage();
  const desk = await context.newPage();
  const problems = watchConsole(game);
  await game.goto(`/?session=${code}&test=1`);
  await waitLive(game, /^Briefing\. The July Window/);
  await openConsole(desk, await consoleLink(game));
  await game.keyboard.press('Enter');
  await waitLive(game, /^Situation room\. Planning\./);
  // into month 2 through the player path
  await game.evaluate(() => {
    const mf = (window as unknown as { __mf: Mf }).__mf;
    for (let step = 0; step < 60; step++) {
      const ctx = mf.actor.getSnapshot().context as {
        turn: number;
        monthEvents: { id: string; choice?: string }[];
        scenario: { events: Record<string, { choices: { id: string }[] }> };
      };
      if (ctx.turn === 1 && mf.phase() === 'planning') return;
      const open = ctx.monthEvents.find((e) => !e.choice && ctx.scenario.events[e.id]?.choices.length);
      if (open)
        mf.seminar.sendPlayer({
          type: 'event.choose',
          event: open.id,
          choice: ctx.scenario.events[open.id].choices[0].id,
        });
      else if (!mf.seminar.sendPlayer({ type: 'turn.commit' }).ok) mf.seminar.sendPlayer({ type: 'turn.next' });
    }
  });
  await waitLive(game, /^Situation room\. Planning\. .*month 2 of 8/);
  await desk.selectOption('#inject-event', 'dprk-missile-launch');
  await desk.click('#inject-form button[type=submit]');
  await consoleLog(desk, /injected "North Korea fires ballistic missiles"/);
  await game.bringToFront();
  await waitLive(game, /Injected by the facilitator: North Korea fires ballistic missiles/);
  // seat changes: the game window's seat buttons are disabled and its seminar refuses them; the console makes them
  const tokyoSeat = () =>
    game.evaluate(
      () => (window.__mf!.actor as Mf['actor']).getSnapshot().context as { settings: { seats: { tokyo: string } } },
    );
  const seatButton = await game.evaluate(() => window.__mf!.controls().find((c) => c.name.startsWith('Tokyo: ')));
  expect(seatButton).toMatchObject({ enabled: false });
  expect(
    await game.evaluate(() =>
      (window as unknown as { __mf: Mf }).__mf.seminar.sendPlayer({
        type: 'seat.assign',
        seat: 'tokyo',
        kind: 'human',
      }),
    ),
  ).toMatchObject({ ok: false });
  await desk.click('#seat-tokyo');
  await consoleLog(desk, /made the Tokyo seat a human team \(was computer\)/);
  await expect.poll(async () => (await tokyoSeat()).settings.seats.tokyo).toBe('human');
  // a page that knows only the public code reaches nothing: a forged pause on the old channel name is not heard
  await game.evaluate((c) => {
    const bc = new BroadcastChannel(`mending-fences-seminar:${c}`);
    bc.postMessage({ v: 1, session: c, id: 'forged', kind: 'pause', reason: 'student pressed pause' });
    bc.close();
  }, code);
  const before = await game.evaluate(() => ({ hash: window.__mf!.hash(), phase: window.__mf!.phase() }));

  await game.reload();
  await waitLive(game, /^Situation room\. Planning\. .*month 2 of 8/);
  await waitLive(game, /Injected by the facilitator: North Korea fires ballistic missiles/);
  expect(await game.evaluate(() => ({ hash: window.__mf!.hash(), phase: window.__mf!.phase() }))).toEqual(before);
  const log = await game.evaluate(() =>
    (window.__mf!.seminar as { log(): { kind: string }[] }).log().map((e) => e.kind),
  );
  expect(log).toEqual(['inject', 'seat']);
  // the console still reaches the reloaded game: a pause lands, and its log keeps the inject
  await desk.click('#pause');
  await game.bringToFront();
  await waitLive(game, /Paused by the facilitator/);
  await consoleLog(desk, /paused the session/);
  await expect(desk.locator('#log')).toContainText('injected "North Korea fires ballistic missiles"');
  // the console window is closed (a lost link): F8 in the game window, paused as it is, opens it again
  await desk.close();
  const reopened = context.waitForEvent('page');
  await game.keyboard.press('F8');
  const again = await reopened;
  await expect(again.locator('#log')).toContainText('paused the session', { timeout: 10_000 });
  await again.click('#resume');
  await game.bringToFront();
  await expect
    .poll(() => game.evaluate(() => /Paused/.test(document.getElementById('live')?.textContent ?? '')))
    .toBe(false);
  expect(problems).toEqual([]);
  await context.close();
});

test('seminar: a delegation answers in its own brief window; the projected window never draws the brief', async ({
  browser,
}) => {
  test.setTimeout(45_000);
  const context = await browser.newContext();
  const game = await context.newPage();
  const problems = watchConsole(game);
  await recordLive(game);
  await game.goto(`/?session=${CODE}&test=1`);
  await waitLive(game, /^Briefing\. The July Window/);
  await game.keyboard.press('Enter');
  await waitLive(game, /^Situation room\. Planning\./);
  const queued = await game.evaluate(() => {
    const mf = (window as unknown as { __mf: Mf }).__mf;
    const ids = ['reopen-ministerial-channel', 'revive-gsomia', 'people-exchanges', 'economic-security-dialogue'];
    return ids.find(
      (initiative) => mf.seminar.sendPlayer({ type: 'initiative.queue', initiative, channel: 'private' }).ok,
    );
  });
  expect(queued).toBeTruthy();
  await waitLive(game, /^Situation room\. Planning\./);
  await game.keyboard.press('e');
  await waitLive(game, /^Hand-over\. Pass the device to the Seoul delegation\./);
  const popup = context.waitForEvent('page');
  await game.keyboard.press('w');
  let brief = await popup;
  const briefProblems = watchConsole(brief);
  await expect(brief.locator('h2', { hasText: 'Seoul’s private brief' })).toBeVisible({ timeout: 10_000 });
  await expect(brief.locator('h2', { hasText: 'Washington asks' })).toBeVisible();
  expect(serious(await axe(brief, 'table.html (brief window)'))).toEqual([]);
  await game.bringToFront();
  const seenFrom = (await liveLog(game)).length;
  await waitLive(game, /^Hand-over\. The Seoul delegation is answering\. Its private brief is open in its own window/);
  // the brief window shows the true value; the projected window never says it, nor offers the answers
  const truth = await game.evaluate(() => {
    const ctx = (window as unknown as { __mf: Mf }).__mf.actor.getSnapshot().context as {
      meters: Record<string, number>;
    };
    return String(Math.round(ctx.meters['seoul.backlash'] * 10) / 10);
  });
  await expect(brief.locator('main')).toContainText(truth);
  expect(await game.evaluate(() => window.__mf!.controls().map((c) => c.name))).not.toContain('1. Accept');
  // a closed brief window is reopened from the projected window (W), still without drawing the brief there
  await brief.close();
  const reopened = context.waitForEvent('page');
  await game.keyboard.press('w');
  brief = await reopened;
  await expect(brief.locator('h2', { hasText: 'Washington asks' })).toBeVisible({ timeout: 10_000 });

  await brief.bringToFront();
  await brief.locator('input[id^="rationale-"]').first().fill('We need time at home');
  await brief.getByRole('button', { name: 'Stall' }).first().click();
  await game.bringToFront();
  await waitLive(game, /^Situation room\./); // the month resolves: an event card or the turn report
  const said = (await liveLog(game)).slice(seenFrom).join('\n');
  expect(said).not.toMatch(/private brief\. Your public backlash/);
  if (!truth.endsWith('.0') && truth.includes('.')) expect(said).not.toContain(truth);
  const last = await game.evaluate(() => {
    const ctx = (window as unknown as { __mf: Mf }).__mf.actor.getSnapshot().context as {
      decisions: { event: Record<string, unknown> }[];
    };
    return ctx.decisions.filter((d) => d.event.type === 'proposal.answer').at(-1)?.event;
  });
  expect(last).toMatchObject({ seat: 'seoul', answer: 'stall', rationale: 'We need time at home' });
  expect(problems).toEqual([]);
  expect(briefProblems).toEqual([]);
  await context.close();
});

test('seminar setup: a scenario file at a length of its own runs as a seminar, with its console, and resumes', async ({
  page,
  context,
}) => {
  test.setTimeout(45_000);
  const problems = watchConsole(page);
  const md = readFileSync('docs/scenarios.md', 'utf8');
  const example = JSON.parse(md.split('## A worked example')[1].split('```json\n')[1].split('```')[0]) as {
    title: string;
  };
  const months = 3; // June to August 2022
  await page.goto('/?test=1');
  await waitLive(page, /^Title screen\./);
  await page.keyboard.press('e');
  await waitLive(page, /^Seminar setup\. Length 45 minutes/);
  await page.keyboard.press('l');
  await waitLive(page, /^Seminar setup\. Length 90 minutes/);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('o')]);
  await chooser.setFiles({
    name: 'class.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(example)),
  });
  const perMonth = minutesPerMonthFor(PRESETS[90], months);
  await waitLive(
    page,
    new RegExp(`Scenario: ${example.title}: ${months} months .*At 90 minutes: ${perMonth} min per month`),
  );
  await page.keyboard.press('s');
  await waitLive(page, /^Seminar setup\. Session code /);
  const started = await page.evaluate(() => {
    const s = window.__mf!.seminar as { sessionId: string; seminarState(): { minutesPerMonth: number } };
    const ctx = (window.__mf!.actor as Mf['actor']).getSnapshot().context as { scenario: { title: string } };
    return { id: s.sessionId, perMonth: s.seminarState().minutesPerMonth, title: ctx.scenario.title };
  });
  expect(started.id.split('-')[1]).toMatch(/^F[0-9A-Z]{4}$/);
  expect(started).toMatchObject({ perMonth, title: example.title });
  // the console rebuilds the file game from the file the game window sends
  const desk = await context.newPage();
  await openConsole(desk, await consoleLink(page));
  await expect(desk.locator('#status')).toContainText(example.title);
  // a reload resumes the file seminar from its autosave (the file travels in it)
  await page.keyboard.press('b');
  await waitLive(page, new RegExp(`^Briefing\\. ${example.title}`));
  await page.reload();
  await waitLive(page, new RegExp(`^Briefing\\. ${example.title}`));
  expect(await page.evaluate(() => (window.__mf!.seminar as { sessionId: string }).sessionId)).toBe(started.id);
  expect(problems).toEqual([]);
});
