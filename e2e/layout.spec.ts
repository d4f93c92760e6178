// Text that never cuts: at 1920×1080 and 1366×768, every Text of each main screen (title, setup,
// briefing, the room on every page of cards, in a tense month and with the bandwidth spent, help,
// an event card, a report, the next month with the meters' cause lines, the advisers' longest lines
// and the capitals' rows in a crowded month)
// fits its panel and button, overlaps no other text or control, and is at least 14 CSS px.
// Screenshots of each go to test-results/shots for a person to look at.

import { test } from '@playwright/test';
import { openTitle, pressAndWait, waitLive, watchConsole } from './helpers';
import { expectLayout } from './layout';
import { holdRoomClock, meterBars } from './meters';
import { clickControl, controls } from './pointer';
import advisors from '../src/content/deck/advisors.json' with { type: 'json' };
import { causeLines } from '../src/views/feelModels';

/** Each adviser with the longest of its lines, as the advisers' panel takes them. */
function longestAdviserLines() {
  return advisors.map((a) => {
    const line = Object.values(a.lines).reduce((x, y) => (y.length > x.length ? y : x));
    return { id: a.id, role: a.role, title: a.title, line };
  });
}

/** A month whose every capital row moved by two digits for four causes, the largest a long word's range. */
function crowdedChange() {
  const causes = causeLines([
    { kind: 'drift.reciprocity', low: -11.2, high: -13.4 },
    { kind: 'drift.cooling', low: -1.2, high: -9.6 },
    { kind: 'posture', low: 8.6, high: 12.3 },
    { kind: 'initiative', low: 3.1, high: 4.4 },
  ]);
  return { turn: 999, delta: 14, shown: 14, causes };
}

/** Draws the capitals' gauges at their widest (100 ± 12) with that change on each of their six rows. */
function crowdedCapitals(change: ReturnType<typeof crowdedChange>) {
  type Room = { views: { capitals: { render(vm: unknown): void } } };
  const room = window.__mf!.game.scene.getScene('situation-room') as unknown as Room;
  const capital = {
    backlash: { backlash: 100, uncertainty: 12 },
    willingness: { willingness: 100, uncertainty: 12 },
    approval: 100,
    mood: 'boiling',
    season: 'campaigning',
    electionIn: 11,
  };
  const meters = ['backlash', 'willingness', 'approval'];
  const changes = Object.fromEntries(
    ['seoul', 'tokyo'].flatMap((a) => meters.map((m) => [`${a}.${m}`, change] as const)),
  );
  room.views.capitals.render({ seoul: capital, tokyo: capital, changes });
}

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
      // bandwidth spent: every other card says why it cannot go (the longest reasons), on every page
      for (let i = 0; i < 6; i++) {
        const free = (await controls(page)).find((c) => c.name === 'Private' && c.enabled);
        if (!free) break;
        await clickControl(page, free);
      }
      for (let p = 1; p <= 4; p++) {
        await expectLayout(page, `room, bandwidth spent, page ${p}`, p === 1 ? tag('room-spent') : undefined);
        await page.keyboard.press(']');
      }
      await page.keyboard.press('e');
      let text = await waitLive(page, /Event card:|Turn report:/);
      // a month can bring several event cards: check the first, answer each, then the report
      for (let card = 0; card < 8 && text.includes('Event card:'); card++) {
        if (card === 0) await expectLayout(page, 'event card', tag('event'));
        text = await pressAndWait(page, '1', text);
      }
      await waitLive(page, /Turn report:/);
      await expectLayout(page, 'turn report', tag('report'));
      // the advisers' panel with each adviser's longest line at once (some month may bring them)
      // back in the room with the meters' changes and cause lines up (the clock held: no fade yet)
      await holdRoomClock(page, true);
      await pressAndWait(page, 'Enter', await waitLive(page, /Turn report:/));
      await waitLive(page, /^Situation room\. Planning\./);
      test.expect((await meterBars(page)).filter((b) => b.cause).length).toBeGreaterThan(0);
      await page.evaluate((lines) => {
        type Room = { views: { advisors: { render(a: unknown[]): void } } };
        const room = window.__mf!.game.scene.getScene('situation-room') as unknown as Room;
        room.views.advisors.render(lines);
      }, longestAdviserLines());
      // draw it (the render loop sleeps when idle; any input wakes it)
      const frames = await page.evaluate(() => window.__mf!.idle.frames);
      await page.mouse.move(5, 5);
      await page.waitForFunction((f) => window.__mf!.idle.frames > f + 1, frames);
      await expectLayout(page, 'advisers, the longest lines', tag('advisers-longest'));
      // a crowded month on the capitals' rows, with the widest labels and ranges: each row still
      // names its largest cause (sized where that fits, else the words alone) and nothing overflows
      await page.evaluate(crowdedCapitals, crowdedChange());
      const drawn = await page.evaluate(() => window.__mf!.idle.frames);
      await page.mouse.move(9, 9);
      await page.waitForFunction((f) => window.__mf!.idle.frames > f + 1, drawn);
      await expectLayout(page, 'capitals, a crowded month', tag('capitals-crowded'));
      // the capitals' six rows, at 100 (the public meters beside them keep the month's own changes)
      const rows = (await meterBars(page)).filter((b) => / 100\b/.test(b.label));
      test.expect(rows.length).toBe(6);
      for (const row of rows) test.expect(crowdedChange().causes, JSON.stringify(row)).toContain(row.cause);
      test.expect(problems).toEqual([]);
    });
  });
}
