// The historical-calendar setting: toggled with C on the setup screen, announced in the live
// region, and carried into the started game's settings (off by default). And the room's calendar
// strip at 1920×1080 and 1366×768, drawn for every month of every shipped scenario: its legend on
// its two lines inside the panel, each month's label, marks and campaign letters inside its cell.

import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { GameContext } from '../src/model';
import { selectCalendar } from '../src/model/selectors';
import { openRoom, openTitle, waitLive, watchConsole } from './helpers';
import { shippedScenario } from './scenarios';

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

/** The strip of every month of every shipped scenario, as the room asks for it (eight months ahead). */
function everyStrip() {
  const ids = readdirSync('src/content/scenarios').map((f) => f.replace(/\.json$/, ''));
  return ids.flatMap((id) => {
    const scenario = shippedScenario(id);
    if (!scenario) throw new Error(`${id} does not load`);
    return Array.from({ length: scenario.months }, (_, turn) => ({
      where: `${id}, month ${turn + 1}`,
      months: selectCalendar({ scenario, turn } as unknown as GameContext, 8),
    }));
  });
}

/**
 * Draws the strip with `months`; returns the layout check's problems, each month label, campaign
 * letter and mark that leaves its cell, the legend's lines and the month labels.
 */
function drawStrip(months: unknown[]) {
  type Text = {
    type: string;
    name: string;
    text: string;
    getData(k: string): { x: number; w: number } | undefined;
    getBounds(): { x: number; right: number };
  };
  type Strip = { x: number; list: Text[]; render(m: unknown[]): void };
  const room = window.__mf!.game.scene.getScene('situation-room') as unknown as { views: { calendar: Strip } };
  const strip = room.views.calendar;
  strip.render(months);
  const problems = window.__mf!.layout(14);
  const texts = strip.list.filter((o) => o.type === 'Text');
  for (const t of texts) {
    const cell = t.getData('cell');
    if (!cell) continue;
    const b = t.getBounds();
    const left = strip.x + cell.x;
    if (b.x < left - 1 || b.right > left + cell.w + 1)
      problems.push(
        `${JSON.stringify(t.text)} (${Math.round(b.x)}–${Math.round(b.right)}) leaves its cell (${Math.round(left)}–${Math.round(left + cell.w)})`,
      );
  }
  return {
    problems,
    legend: texts.find((t) => t.name === 'calendar-legend')?.text.split('\n') ?? [],
    // the month labels along the top ("May ’22", "Jun"), left to right, with where each starts and ends
    labels: texts
      .filter((t) => /^[A-Z][a-z]{2}( ’\d\d)?$/.test(t.text))
      .map((t) => ({ text: t.text, x: t.getBounds().x, right: t.getBounds().right }))
      .sort((a, b) => a.x - b.x),
  };
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    // The July Window's and Mending Fences' Oct–Nov 2022 once ran the Phnom Penh summit onto a third
    // line over the advisers' panel, and the bold "May ’22" into the next month at eight months.
    test('the calendar strip fits its panel and cells in every month of every scenario', async ({ page }) => {
      test.setTimeout(90_000);
      const problems = watchConsole(page);
      await openRoom(page);
      const strips = everyStrip();
      expect(strips.map((s) => s.where)).toEqual(
        expect.arrayContaining(['july-window, month 6', 'mending-fences, month 7']),
      );
      // every month's problems at once, named by scenario and month
      const drawn = [];
      for (const { where, months } of strips)
        drawn.push({ where, months, ...(await page.evaluate(drawStrip, months)) });
      expect(drawn.flatMap((d) => d.problems.map((p) => `${d.where}: ${p}`))).toEqual([]);
      for (const { where, months, legend, labels } of drawn) {
        expect(legend.length, where).toBeLessThanOrEqual(2);
        expect(labels, where).toHaveLength(months.length);
        // the current month's label always names its month, and each label ends inside its own cell
        // (a label starts 6 px into its cell, and a cell's border is 4 px before the next one starts)
        expect(labels[0].text, where).toContain(months[0].label.slice(0, 3));
        for (let i = 1; i < labels.length; i++)
          expect(
            labels[i].x - labels[i - 1].right,
            `${where}: ${labels[i - 1].text} | ${labels[i].text}`,
          ).toBeGreaterThanOrEqual(10);
      }
      // the reviewer's months, drawn for a person to look at: the summit still says who attends
      for (const where of ['july-window, month 6', 'mending-fences, month 7']) {
        const { months } = strips.find((s) => s.where === where)!;
        const { legend } = await page.evaluate(drawStrip, months);
        expect(legend.join(' '), where).toContain('(the three leaders)');
        const frames = await page.evaluate(() => window.__mf!.idle.frames);
        await page.mouse.move(5, 5);
        await page.waitForFunction((f) => window.__mf!.idle.frames > f + 1, frames);
        await page.screenshot({ path: `test-results/shots/calendar-${where.replace(/\W+/g, '-')}-${size.width}.png` });
      }
      expect(problems).toEqual([]);
    });
  });
}
