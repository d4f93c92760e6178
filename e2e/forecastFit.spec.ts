// The forecast panel shows one risk under the ranges: every kind of risk, at its longest (the
// longest card name, both capitals, the widest numbers), must wrap inside the panel, above End
// turn. The layout walk only sees the risk of the month it plays; this writes each one in.

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { risk } from '../src/strings/forecast';
import { forecastTitleOf } from '../src/strings/readouts';
import { openRoom } from './helpers';
import { click } from './pointer';

const cards = JSON.parse(readFileSync(new URL('../src/content/deck/initiatives.json', import.meta.url), 'utf8')) as {
  name: string;
}[];
const card = cards.map((c) => c.name).sort((a, b) => b.length - a.length)[0];
const both = [risk.leakWhere(13.4, 'Seoul'), risk.leakWhere(12.2, 'Tokyo')].join(risk.leakAnd);
const LONGEST = [
  risk.leak(card, 90, both, 3),
  risk.megaphone('overreaching', 3, 9),
  risk.rupture('Seoul'),
  risk.boiling('Tokyo', 99.9),
  risk.pressure('Seoul', 99.9, 9.9),
  risk.answers('Seoul', 99.9),
  risk.stump('Seoul', card, null, 3),
  risk.stump('Seoul', card, 'Sep 2022', 3),
  risk.vote('Tokyo', 12.5, 12.5),
];
/** The panel's title with the most risks a plan can list. */
const TITLE = forecastTitleOf(12, 12);

test.use({ viewport: { width: 1366, height: 768 } });

test('every risk at its longest wraps inside the forecast panel', async ({ page }) => {
  await openRoom(page);
  const fits = await page.evaluate((texts) => {
    const room = window.__mf!.game.scene.getScene('situation-room');
    const panel = room.children.getByName('forecast') as unknown as Phaser.GameObjects.Container;
    const text = panel.getByName('forecast-risk') as Phaser.GameObjects.Text;
    const box = panel.getBounds();
    const before = text.text;
    const out = texts.map((t) => {
      text.setText(t);
      const b = text.getBounds();
      return { t, right: b.right <= box.right + 0.5, bottom: b.bottom <= box.bottom + 0.5 };
    });
    text.setText(before);
    return out;
  }, LONGEST);
  expect(fits.filter((f) => !f.right || !f.bottom)).toEqual([]);
  const titleFits = await page.evaluate((t) => {
    const room = window.__mf!.game.scene.getScene('situation-room');
    const panel = room.children.getByName('forecast') as unknown as Phaser.GameObjects.Container;
    const title = panel.getByName('forecast-title') as Phaser.GameObjects.Text;
    const before = title.text;
    title.setText(t);
    const ok = title.getBounds().right <= panel.getBounds().right + 0.5;
    title.setText(before);
    return ok;
  }, TITLE);
  expect(titleFits).toBe(true);
});

test('the forecast shows its risks one at a time: F and its Next risk button show the next', async ({ page }) => {
  await openRoom(page);
  // a plan with several risks: lean hard on both, two initiatives queued in private (leaks)
  await page.evaluate(() => {
    const actor = window.__mf!.actor as { send(e: object): void };
    actor.send({ type: 'posture.set', ally: 'seoul', posture: 3 });
    actor.send({ type: 'posture.set', ally: 'tokyo', posture: 3 });
    for (const id of ['intelligence-briefing', 'trilateral-missile-drill'])
      actor.send({ type: 'initiative.queue', initiative: id, channel: 'private' });
  });
  const shown = () =>
    page.evaluate(() => {
      const room = window.__mf!.game.scene.getScene('situation-room');
      const panel = room.children.getByName('forecast') as unknown as Phaser.GameObjects.Container;
      const risk = panel.getByName('forecast-risk') as Phaser.GameObjects.Text;
      const title = panel.getByName('forecast-title') as Phaser.GameObjects.Text;
      return { risk: risk.text, title: title.text };
    });
  await expect.poll(async () => (await shown()).title).toMatch(/risk 1 of \d/);
  const first = await shown();
  const total = Number(/of (\d+)/.exec(first.title)?.[1]);
  expect(total).toBeGreaterThan(1);
  await page.keyboard.press('f');
  await expect.poll(async () => (await shown()).title).toMatch(/risk 2 of/);
  expect((await shown()).risk).not.toBe(first.risk);
  // the panel's Next risk button, by mouse: a control like any other, and its press is announced
  const said = await click(page, /^Next risk$/);
  expect(said).toContain((await shown()).risk);
  await expect.poll(async () => (await shown()).title).toMatch(total > 2 ? /risk 3 of/ : /risk 1 of/);
});
