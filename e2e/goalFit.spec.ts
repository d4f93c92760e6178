// The top bar's goal line fits whole between the month and the scenario's title at 1366×768, for
// the longest month line, the longest goal before the capstone and the line once it is secured:
// placeGoal shortens it with an ellipsis only as a last resort.

import { expect, test } from '@playwright/test';
import { goalAhead, goalSecured, monthClosed } from '../src/strings/room';
import { monthLine } from '../src/strings/readouts';
import { openRoom } from './helpers';

const LINES = [
  goalSecured('Dec 2024', 75, 25),
  goalAhead('Trilateral summit with a joint statement', 12),
  goalAhead('An institutional framework', 6),
];

test.use({ viewport: { width: 1366, height: 768 } });

test('the goal line fits the top bar whole, beside the longest month line', async ({ page }) => {
  await openRoom(page);
  const shown = await page.evaluate(
    ({ lines, month }) => {
      const room = window.__mf!.game.scene.getScene('situation-room') as unknown as {
        monthText: Phaser.GameObjects.Text;
        placeGoal(line: string): void;
      };
      const goal = (room as unknown as Phaser.Scene).children.getByName('goal') as Phaser.GameObjects.Text;
      const before = room.monthText.text;
      room.monthText.setText(month);
      const out = lines.map((l) => {
        room.placeGoal(l);
        return goal.text;
      });
      room.monthText.setText(before);
      return out;
    },
    { lines: LINES, month: monthClosed(monthLine('Sep 2024', 32, 32), false) },
  );
  expect(shown).toEqual(LINES);
});
