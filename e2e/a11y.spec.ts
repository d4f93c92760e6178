// Accessibility of the DOM parts: axe-core (injected from node_modules; @axe-core/playwright needs
// Node 22) on the game page at every screen (its live region, landmarks and headings; the canvas
// itself is opaque to axe), on the error screen (a DOM dialog), and on the facilitator console.
// Zero serious or critical violations; lesser ones are printed for the record.

import { expect, test } from '@playwright/test';
import { showErrorScreen } from '../src/ui/errorScreen';
import { common } from '../src/strings';
import { axe, serious, type Violation } from './axe';
import { julyWindowSessionCode, waitLive, watchConsole } from './helpers';

/** Every screen of a keyboard-only game, with axe at each; returns the screens seen. */
test('game page: title, setup, briefing, guide, room, help, event card, report, ending — no serious axe violations', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const problems = watchConsole(page);
  const found: Record<string, Violation[]> = {};
  const seen = new Set<string>();
  const scan = async (name: string) => {
    seen.add(name);
    found[name] = serious(await axe(page, name));
    // the live region says the screen's text, so a screen reader user is never left with a bare canvas
    const live = page.locator('#live');
    await expect(live).toHaveAttribute('role', 'status');
    await expect(live).toHaveAttribute('aria-live', 'polite');
    expect((await live.textContent())?.trim()).not.toBe('');
  };

  await page.goto('/');
  await waitLive(page, /^Title screen\./);
  await scan('title');
  await page.keyboard.press('s'); // sources & credits overlay
  await waitLive(page, /Sources and credits\./);
  await scan('credits');
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await waitLive(page, /^Setup\./);
  await scan('setup');
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\./);
  await scan('briefing');
  await page.keyboard.press('Enter');
  // a first visit (no test=1): the guided first month opens by itself; Esc skips it
  await waitLive(page, /^Situation room\. Guide, step 1 of \d+/);
  await scan('guide');
  await page.keyboard.press('Escape');
  await waitLive(page, /^Situation room\. Planning\./);
  await scan('situation room');
  await page.keyboard.press('?');
  await waitLive(page, /Help\./);
  await scan('help');
  await page.keyboard.press('Escape');
  await waitLive(page, /^Situation room\. Planning\./);

  for (let step = 0; step < 200; step++) {
    const text = await waitLive(page, /^(Situation room|Ending)\./);
    if (text.startsWith('Ending.')) break;
    if (/Event card:/.test(text)) {
      if (!seen.has('event card')) await scan('event card');
      await page.keyboard.press('1');
    } else if (/Turn report:/.test(text)) {
      if (!seen.has('report')) await scan('report');
      await page.keyboard.press('Enter');
    } else if (/Planning\./.test(text)) {
      await page.keyboard.press('e');
    }
    await page.waitForFunction((before) => document.getElementById('live')?.textContent !== before, text, {
      polling: 50,
    });
  }
  await waitLive(page, /^Ending\./);
  await scan('ending');

  console.log(`[axe] screens checked: ${[...seen].join(', ')}`);
  expect([...seen]).toEqual(
    expect.arrayContaining([
      'title',
      'setup',
      'briefing',
      'guide',
      'situation room',
      'help',
      'event card',
      'report',
      'ending',
    ]),
  );
  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  expect(problems).toEqual([]);
});

test('error screen (DOM dialog over the canvas): no serious axe violations, focus on Reload', async ({ page }) => {
  await page.goto('/');
  await waitLive(page, /^Title screen\./);
  // the real component, run in the page as the game runs it
  await page.evaluate(
    `(${showErrorScreen.toString()})(document, 'A scenario could not be loaded', ${JSON.stringify([
      'july-window.json: months: expected a number, got "eight"',
      'july-window.json: events[3].choices: at least one choice is needed',
    ])}, ${JSON.stringify({ intro: common.errorIntro, reload: common.reload })})`,
  );
  await expect(page.getByRole('alert')).toContainText('A scenario could not be loaded');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeFocused();
  expect(serious(await axe(page, 'error screen'))).toEqual([]);
});

test('facilitator console: no serious axe violations, connected to a game and without a session', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const code = julyWindowSessionCode();
  // the game window runs the session; the console talks to it over BroadcastChannel
  const game = await context.newPage();
  const gameProblems = watchConsole(game);
  await game.goto(`/?session=${code}&test=1`);
  await waitLive(game, /^Briefing\./, 20_000);
  const problems = watchConsole(page);
  await page.goto(`/${await game.evaluate(() => window.__mf!.consoleLink())}`);
  await expect(page.locator('h1')).toContainText('Facilitator console');
  await expect(page.locator('#meters tr').first()).toBeAttached({ timeout: 15_000 });
  await expect(page.locator('#inject-event option').first()).toBeAttached();
  expect(serious(await axe(page, 'console (connected)'))).toEqual([]);

  await page.goto('/console.html');
  await expect(page.locator('#status')).toContainText('No session');
  expect(serious(await axe(page, 'console (no session)'))).toEqual([]);
  expect(problems).toEqual([]);
  expect(gameProblems).toEqual([]);
});
