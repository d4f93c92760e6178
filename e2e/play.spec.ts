// Plays The July Window to its ending with the keyboard alone, reading the game through the live
// region, with no console errors, and takes screenshots along the way.

import { expect, test } from '@playwright/test';
import { expectMeterCauses, holdRoomClock } from './meters';
import { openTitle, waitLive, watchConsole } from './helpers';

test('keyboard only: The July Window from title to ending, WebGL, no console errors', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchConsole(page);
  const t0 = Date.now();
  await openTitle(page);
  await page.screenshot({ path: 'test-results/shots/title-1920.png' });

  await page.keyboard.press('Enter'); // "New game" has the focus
  let text = await waitLive(page, /^Setup\./);
  // choose The July Window by its number in the list, as the live region reports it
  for (const n of ['1', '2', '3']) {
    if (/july-window/.test(text)) break;
    await page.keyboard.press(n);
    text = await waitLive(page, /^Setup\./);
  }
  expect(text).toContain('(july-window)');
  await page.keyboard.press('Tab'); // the focus ring moves; Start is reached with its shortcut
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\. The July Window/);
  await page.keyboard.press('Enter');
  text = await waitLive(page, /^Situation room\. Planning\./);
  expect(text).toMatch(/Seoul backlash estimate \d+ ± \d+/);
  expect(text).toMatch(/willingness estimate \d+ ± \d+/);
  expect(text).toMatch(/Forecast: Seoul backlash from \d+(–\d+)? now to \d+(–\d+)? after the month/);

  // set the dials by shortcut, then queue an initiative with Tab and Enter on a card's button
  await page.keyboard.press('3');
  await page.keyboard.press('Shift+Digit3');
  await waitLive(page, /Posture: Seoul press, Tokyo press/);
  // Tab from End turn until the first card's Private button has the focus
  for (let i = 0; i < 20 && !/Focused: Private$/.test(text); i++) {
    await page.keyboard.press('Tab');
    text = await waitLive(page, /Focused: /);
  }
  await waitLive(page, /Focused: Private$/);
  await page.keyboard.press('Enter');
  text = await waitLive(page, /Bandwidth [1-9] of \d+ used[\s\S]*Focused: Withdraw/);
  // the queued ask is in the forecast: its answers may cost at home, or it may leak
  expect(text).toMatch(/Saying yes could cost|A leak of/);
  await page.screenshot({ path: 'test-results/shots/room-1920.png' });

  let sawEvent = false;
  let sawReport = false;
  let sawMoves = false;
  for (let step = 0; step < 200; step++) {
    text = await waitLive(page, /^(Situation room|Ending)\./);
    if (text.startsWith('Ending.')) break;
    if (/Event card:/.test(text)) {
      if (!sawEvent) await page.screenshot({ path: 'test-results/shots/event-1920.png' });
      sawEvent = true;
      await page.keyboard.press('1');
    } else if (/Turn report:/.test(text)) {
      if (!sawReport) await page.screenshot({ path: 'test-results/shots/report-1920.png' });
      expect(text).toMatch(/Backlash as Washington accounts for it[^:]*: Seoul/);
      // every answer comes with a reason: "Seoul stalls: …" or "Tokyo accepts privately: …"
      if (!/No proposals were put/.test(text))
        expect(text).toMatch(/(Seoul|Tokyo) (accepts|stalls|rejects)[^:]*: [A-Z]/);
      // the first report: hold the room's clock, so the meters' cause lines are read before they fade
      if (!sawReport) await holdRoomClock(page, true);
      sawReport = true;
      await page.keyboard.press('Enter');
    } else if (/Planning\./.test(text) && !sawMoves && sawReport) {
      sawMoves = true;
      await expectMeterCauses(page, text);
      await page.keyboard.press('e');
    } else if (/Planning\./.test(text)) {
      await page.keyboard.press('e');
    }
    await page.waitForFunction((before) => document.getElementById('live')?.textContent !== before, text, {
      polling: 50,
    });
  }
  text = await waitLive(page, /^Ending\./);
  console.log(`played ${Date.now() - t0} ms`);
  expect(text).toMatch(/Score: -?\d+/);
  expect(sawReport).toBe(true);
  expect(sawMoves).toBe(true);
  await page.screenshot({ path: 'test-results/shots/ending-1920.png' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/shots/ending-1366.png' });

  const renderer = await page.evaluate(() => {
    const w = window as unknown as { __mf: { game: { renderer: { type: number } } }; Phaser?: unknown };
    return w.__mf.game.renderer.type;
  });
  expect(renderer).toBe(2); // Phaser.WEBGL
  expect(problems).toEqual([]);
});
