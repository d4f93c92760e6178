// Mouse helpers for the browser tests: where each control is (read from the scene through
// `window.__mf.controls()`), clicking one at its centre and checking that it answered, and
// clicking near every corner of every control in a dry run (buttons record, nothing acts).

import { expect, type Page } from '@playwright/test';
import type { ControlOnPage } from '../src/app/testHandle';
import type { PointerProbe } from '../src/ui/pointerProbe';

/** A control as the page's test handle reports it (the game's own type). */
export type Control = ControlOnPage;

type Handle = { __mf: { controls(): Control[]; pointer: PointerProbe } };

export function controls(page: Page): Promise<Control[]> {
  return page.evaluate(() => (window as unknown as Handle).__mf.controls());
}

export async function setDryRun(page: Page, dryRun: boolean): Promise<void> {
  await page.evaluate((d) => {
    (window as unknown as Handle).__mf.pointer.dryRun = d;
  }, dryRun);
}

/** The `nth` reachable control whose name matches (in the scene's focus order). */
export async function findControl(page: Page, name: RegExp, nth = 0): Promise<Control> {
  const all = (await controls(page)).filter((c) => name.test(c.name));
  const c = all[nth];
  if (!c)
    throw new Error(
      `no control ${name} (#${nth}); reachable: ${(await controls(page)).map((x) => x.name).join(' | ')}`,
    );
  return c;
}

/**
 * Clicks the control's centre with the mouse, checks that this very control answered, and waits
 * until the live region changes (every press is announced). Few round trips: the suite runs on
 * busy machines.
 */
export async function clickControl(page: Page, c: Control): Promise<string> {
  const before = await page.evaluate(() => ({
    live: document.getElementById('live')?.textContent ?? '',
    presses: (window as unknown as Handle).__mf.pointer.presses,
  }));
  await page.mouse.click(c.x + c.w / 2, c.y + c.h / 2);
  const after = await page.waitForFunction(
    (b) => {
      const p = (window as unknown as Handle).__mf.pointer;
      const text = document.getElementById('live')?.textContent ?? '';
      return p.presses !== b.presses && text !== b.live && { last: p.last, lastId: p.lastId, presses: p.presses, text };
    },
    before,
    { polling: 50 },
  );
  const r = (await after.jsonValue()) as { last: string; lastId: number; presses: number; text: string };
  expect({ name: r.last, id: r.lastId, presses: r.presses }).toEqual({
    name: c.name,
    id: c.id,
    presses: before.presses + 1,
  });
  return r.text;
}

export async function click(page: Page, name: RegExp, nth = 0): Promise<string> {
  return clickControl(page, await findControl(page, name, nth));
}

/**
 * In a dry run, clicks 3 px inside each corner of every reachable control and expects that
 * control (and no other) to answer each click. The clicks are mouse events at those page
 * coordinates on the canvas, sent from inside the page (one round trip per screen, so the check
 * holds on a busy machine); the playthrough in mouse.spec.ts uses the real mouse. Returns how many
 * controls it checked.
 */
export async function checkCorners(page: Page, where: string): Promise<number> {
  // a control added by the last key (the help's Close) is hit-tested from the input plugin's next
  // update on: wait until a frame or two has run since (or the loop has drawn and gone to sleep)
  const frames = await page.evaluate(() => window.__mf!.idle.frames);
  await page.waitForFunction((f) => window.__mf!.idle.asleep || window.__mf!.idle.frames > f + 1, frames, {
    polling: 50,
  });
  const r = await page.evaluate(() => {
    const mf = (window as unknown as Handle).__mf;
    const canvas = document.querySelector('canvas');
    if (!canvas) return { count: 0, misses: ['no canvas'] };
    const list = mf.controls();
    const misses: string[] = [];
    const send = (type: string, x: number, y: number) =>
      canvas.dispatchEvent(
        new MouseEvent(type, {
          clientX: x,
          clientY: y,
          bubbles: true,
          cancelable: true,
          button: 0,
          buttons: type === 'mouseup' ? 0 : 1,
        }),
      );
    mf.pointer.dryRun = true;
    try {
      for (const c of list) {
        const inset = Math.min(3, c.w / 4, c.h / 4);
        const corners: [string, number, number][] = [
          ['top-left', c.x + inset, c.y + inset],
          ['top-right', c.x + c.w - inset, c.y + inset],
          ['bottom-left', c.x + inset, c.y + c.h - inset],
          ['bottom-right', c.x + c.w - inset, c.y + c.h - inset],
        ];
        for (const [corner, x, y] of corners) {
          const before = mf.pointer.presses;
          send('mousemove', x, y);
          send('mousedown', x, y);
          send('mouseup', x, y);
          if (mf.pointer.presses !== before + 1) misses.push(`${c.name} ${corner}: nothing answered`);
          else if (mf.pointer.lastId !== c.id) misses.push(`${c.name} ${corner}: ${mf.pointer.last} answered`);
        }
      }
    } finally {
      mf.pointer.dryRun = false;
    }
    return { count: list.length, misses };
  });
  expect(r.count, `${where}: no controls`).toBeGreaterThan(0);
  expect(r.misses, where).toEqual([]);
  return r.count;
}
