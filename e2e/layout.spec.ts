// Text that never cuts: at 1920×1080 and 1366×768, every Text of each main screen (title, setup,
// briefing, the room on every page of cards and in a tense month, help, an event card, a report)
// fits its panel and button, overlaps no other text or control, and is at least 14 CSS px.
// Screenshots of each go to test-results/shots for a person to look at.

import { test } from '@playwright/test';
import { openTitle, pressAndWait, waitLive, watchConsole } from './helpers';
import { expectLayout } from './layout';

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('layout: no cut, overflowing, overlapping or tiny text on the main screens', async ({ page }) => {
      test.setTimeout(120_000);
      const problems = watchConsole(page);
      const tag = (name: string) => `layout-${name}-${size.width}`;
      await openTitle(page);
      await expectLayout(page, 'title', tag('title'));
      await page.keyboard.press('n');
      await waitLive(page, /^Setup\./);
      await expectLayout(page, 'setup', tag('setup'));
      await page.keyboard.press('s');
      await waitLive(page, /^Briefing\./);
      await expectLayout(page, 'briefing', tag('briefing'));
      await page.keyboard.press('Enter');
      await waitLive(page, /^Situation room\. Planning\./);
      await expectLayout(page, 'room, first page of cards', tag('room'));
      for (let p = 2; p <= 3; p++) {
        await page.keyboard.press(']');
        await expectLayout(page, `room, page ${p} of cards`, tag(`room-page${p}`));
      }
      await page.keyboard.press('?');
      await waitLive(page, /Help\./);
      await expectLayout(page, 'help', tag('help'));
      await page.keyboard.press('Escape');
      // a tense month: both dials on lean hard (the stance reads "overreaching")
      await page.keyboard.press('4');
      await page.keyboard.press('Shift+Digit4');
      await waitLive(page, /Posture: Seoul lean hard, Tokyo lean hard/);
      await expectLayout(page, 'room, leaning hard', tag('room-lean'));
      await page.keyboard.press('e');
      let text = await waitLive(page, /Event card:|Turn report:/);
      // a month can bring several event cards: check the first, answer each, then the report
      for (let card = 0; card < 8 && text.includes('Event card:'); card++) {
        if (card === 0) await expectLayout(page, 'event card', tag('event'));
        text = await pressAndWait(page, '1', text);
      }
      await waitLive(page, /Turn report:/);
      await expectLayout(page, 'turn report', tag('report'));
      test.expect(problems).toEqual([]);
    });
  });
}
