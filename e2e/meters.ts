// What the room's meters show, read from the scene: each bar's label, the closed month's change
// beside it and its cause line (MeterBar names them), and a hold on the room's clock so a test can
// read the cause lines before their fade timer falls due (then release it and wait for the fade).

import { expect, type Page } from '@playwright/test';

export interface BarText {
  label: string;
  change: string;
  cause: string;
  causeAlpha: number;
}

export function meterBars(page: Page): Promise<BarText[]> {
  return page.evaluate(() => {
    type Obj = { name?: string; type: string; text?: string; alpha?: number; list?: Obj[] };
    const room = window.__mf!.game.scene.getScene('situation-room');
    const bars: BarText[] = [];
    const walk = (list: Obj[]) => {
      for (const o of list) {
        if (o.type !== 'Container' || !o.list) continue;
        const named = (n: string) => o.list!.find((c) => c.name === n);
        const label = named('meter-label');
        if (label) {
          const cause = named('meter-cause');
          bars.push({
            label: label.text ?? '',
            change: named('meter-change')?.text ?? '',
            cause: cause?.text ?? '',
            causeAlpha: cause?.alpha ?? 0,
          });
        } else walk(o.list);
      }
    };
    walk(room.children.list as unknown as Obj[]);
    return bars;
  });
}

/** Holds (true) or releases the room's clock: its timers, the cause lines' fade among them. */
export function holdRoomClock(page: Page, hold: boolean): Promise<void> {
  return page.evaluate((h) => {
    window.__mf!.game.scene.getScene('situation-room').time.paused = h;
    // a sleeping loop set no wake for a held clock's timers: an input-like event wakes it
    if (!h) window.dispatchEvent(new Event('focus'));
  }, hold);
}

/**
 * After a month closed (the room's clock held since the report): the live region says last month's
 * changes with their causes; the bars show the same causes and, once counted up (at once with
 * `atOnce`, reduced motion), the same changes; released, the clock fades every cause line away.
 */
export async function expectMeterCauses(page: Page, live: string, atOnce = false): Promise<void> {
  expect(live).toMatch(/Last month: .*[▲▼] [+−]\d+ \([a-z][^)]* [+−]\d/);
  const said = live.slice(live.indexOf('Last month:'));
  const bars = await meterBars(page);
  const causes = bars.filter((b) => b.cause);
  expect(causes.length, JSON.stringify(bars)).toBeGreaterThan(0);
  for (const b of causes) {
    expect(said).toContain(b.cause);
    expect(b.causeAlpha).toBe(1);
  }
  const counted = async () => (await meterBars(page)).every((b) => !b.change || said.includes(b.change));
  if (atOnce) expect(await counted()).toBe(true);
  else await expect.poll(counted, { timeout: 15_000 }).toBe(true);
  expect((await meterBars(page)).filter((b) => b.change).length).toBeGreaterThanOrEqual(causes.length);
  await holdRoomClock(page, false);
  await expect.poll(async () => (await meterBars(page)).filter((b) => b.cause).length, { timeout: 30_000 }).toBe(0);
}
