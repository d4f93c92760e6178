// Every corner of every control answers as that control: on each main screen, a dry run clicks
// 3 px inside each corner of each reachable control (the scene says where they are) and checks that
// the control itself, and no neighbour, took the press. At 1920×1080 and at 1366×768.

import { expect, test } from '@playwright/test';
import { openRoom, openTitle, pressAndWait, waitLive, watchConsole } from './helpers';
import { expectLayout } from './layout';
import { checkCorners, controls, setDryRun } from './pointer';

test('corners: title, setup, briefing, room, event card, report and help at 1920×1080', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  await openTitle(page);
  await checkCorners(page, 'title');
  await page.keyboard.press('n');
  await waitLive(page, /^Setup\./);
  await checkCorners(page, 'setup');
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\./);
  await checkCorners(page, 'briefing');
  await page.keyboard.press('Enter');
  await waitLive(page, /^Situation room\. Planning\./);
  await checkCorners(page, 'situation room');
  await page.keyboard.press('?');
  await waitLive(page, /Help\./);
  await checkCorners(page, 'help');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape'); // the pause menu
  await waitLive(page, /Paused\./);
  await checkCorners(page, 'pause menu');
  await expectLayout(page, 'pause menu');
  await page.keyboard.press('Escape');
  await waitLive(page, /^Situation room\. Planning\./);
  await page.keyboard.press('e');
  let text = await waitLive(page, /Event card:|Turn report:/);
  // behind an open card only the card's controls answer: a click where End turn is drawn does nothing
  await setDryRun(page, true);
  const before = await page.evaluate(() => window.__mf!.pointer.presses);
  await page.mouse.click(1600, 955);
  expect(await page.evaluate(() => window.__mf!.pointer.presses)).toBe(before);
  await setDryRun(page, false);
  for (let card = 0; card < 8 && text.includes('Event card:'); card++) {
    if (card === 0) await checkCorners(page, 'event card');
    text = await pressAndWait(page, '1', text);
  }
  await waitLive(page, /Turn report:/);
  await checkCorners(page, 'turn report');
  expect(problems).toEqual([]);
});

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('corners: the situation room and an event card', async ({ page }) => {
    test.setTimeout(120_000);
    await openRoom(page);
    const n = await checkCorners(page, 'situation room 1366');
    expect(n).toBe((await controls(page)).length);
    await page.keyboard.press('e');
    await waitLive(page, /Event card:|Turn report:/);
    await checkCorners(page, 'resolution 1366');
  });
});
