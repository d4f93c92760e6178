// The historical-calendar setting: toggled with C on the setup screen, announced in the live
// region, and carried into the started game's settings (off by default).

import { expect, test } from '@playwright/test';
import { openTitle, waitLive, watchConsole } from './helpers';

const settingsOf = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { __mf: { actor: { getSnapshot(): { context: { settings: Record<string, unknown> } } } } }
      ).__mf.actor.getSnapshot().context.settings,
  );

test('the setup screen toggles the historical calendar and the game starts with it', async ({ page }) => {
  const problems = watchConsole(page);
  await openTitle(page);
  await page.keyboard.press('Enter');
  let text = await waitLive(page, /^Setup\./);
  expect(text).toContain('Calendar: drawn');
  await page.keyboard.press('c');
  text = await waitLive(page, /Calendar: historical/);
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\./);
  expect((await settingsOf(page)).historicalCalendar).toBe(true);
  expect(problems).toEqual([]);
});
