// Every event card of the deck, in each of its variants, with all its choices and what they cost
// next month, fits inside the event dialog at 1366×768 (the game draws the same 1920×1080 design
// at every size). A played game only shows the cards its months draw; this writes each one in.

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { EventCardModel } from '../src/views/ResolutionView';
import { ROOM } from '../src/views/layout';
import { choiceText } from '../src/strings/room';
import { openRoom } from './helpers';

interface Choice {
  id: string;
  label: string;
  text: string;
  bandwidth?: number;
}
interface EventJson {
  id: string;
  title: string;
  text: string;
  choices?: Choice[];
  variants?: { id: string; title?: string; text?: string }[];
}

const events = JSON.parse(readFileSync(new URL('../src/content/deck/events.json', import.meta.url), 'utf8')) as
  | EventJson[]
  | { events: EventJson[] };
const deck = Array.isArray(events) ? events : events.events;

const cards: EventCardModel[] = deck.flatMap((e) =>
  [
    { id: e.id, title: e.title, text: e.text },
    ...(e.variants ?? []).map((v) => ({ id: `${e.id}/${v.id}`, title: v.title ?? e.title, text: v.text ?? e.text })),
  ].map((c) => ({
    kind: 'event' as const,
    ...c,
    choices: (e.choices ?? []).map((ch) => ({
      id: ch.id,
      label: ch.label,
      text: choiceText(ch.text, ch.bandwidth ?? 0),
      blocked: null,
    })),
  })),
);

test.use({ viewport: { width: 1366, height: 768 } });

test('every event card, with its choices and their bandwidth, fits inside the event dialog', async ({ page }) => {
  expect(cards.length).toBeGreaterThan(50);
  expect(cards.some((c) => c.choices.some((ch) => /next month's bandwidth/.test(ch.text)))).toBe(true);
  await openRoom(page);
  const out = await page.evaluate(
    ({ cards, box }) => {
      const room = window.__mf!.game.scene.getScene('situation-room') as unknown as {
        views: { resolution: Phaser.GameObjects.Container & { render(m: unknown): void } };
      };
      const view = room.views.resolution;
      const bad: string[] = [];
      for (const card of cards) {
        view.render(card);
        for (const child of view.list as Phaser.GameObjects.GameObject[]) {
          const o = child as unknown as Phaser.GameObjects.Components.Visible & {
            getBounds?: () => Phaser.Geom.Rectangle;
            width: number;
          };
          // the pointer-catching shade covers the whole room by design
          if (!o.visible || !o.getBounds || o.width >= 1900) continue;
          const b = o.getBounds();
          if (b.right > box.x + box.w + 0.5 || b.bottom > box.y + box.h + 0.5)
            bad.push(`${card.id}: bottom ${b.bottom}`);
        }
      }
      view.render(null);
      return bad;
    },
    { cards, box: ROOM.modal },
  );
  expect(out).toEqual([]);
});
