// Mouse helpers for the browser tests: where each control is (read from the scene through
// `window.__mf.controls()`), clicking one at its centre and checking that it answered, and
// clicking near every corner of every control in a dry run (buttons record, nothing acts).

import { expect, type Page } from '@playwright/test';
import { live } from './helpers';

export interface Control {
  scene: string;
  id: number;
  name: string;
  description: string;
  enabled: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Probe {
  last: string | null;
  lastId: number | null;
  presses: number;
  dryRun: boolean;
}

type Handle = { __mf: { controls(): Control[]; pointer: Probe } };

export function controls(page: Page): Promise<Control[]> {
  return page.evaluate(() => (window as unknown as Handle).__mf.controls());
}

function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => ({ ...(window as unknown as Handle).__mf.pointer }));
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
 * until the live region changes (every press is announced).
 */
export async function clickControl(page: Page, c: Control): Promise<string> {
  const before = await live(page);
  const { presses } = await probe(page);
  await page.mouse.click(c.x + c.w / 2, c.y + c.h / 2);
  const after = await probe(page);
  expect(after.presses, `a click on ${c.name} reached no button`).toBe(presses + 1);
  expect({ name: after.last, id: after.lastId }).toEqual({ name: c.name, id: c.id });
  await page.waitForFunction((b) => document.getElementById('live')?.textContent !== b, before, { polling: 50 });
  return live(page);
}

export async function click(page: Page, name: RegExp, nth = 0): Promise<string> {
  return clickControl(page, await findControl(page, name, nth));
}

/**
 * In a dry run, clicks 3 px inside each corner of every reachable control and expects that
 * control (and no other) to answer each click. Returns how many controls it checked.
 */
export async function checkCorners(page: Page, where: string): Promise<number> {
  const list = await controls(page);
  expect(list.length, `${where}: no controls`).toBeGreaterThan(0);
  await setDryRun(page, true);
  const misses: string[] = [];
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
        const { presses } = await probe(page);
        await page.mouse.click(x, y);
        const p = await probe(page);
        if (p.presses !== presses + 1) misses.push(`${c.name} ${corner}: nothing answered`);
        else if (p.lastId !== c.id) misses.push(`${c.name} ${corner}: ${p.last} answered`);
      }
    }
  } finally {
    await setDryRun(page, false);
  }
  expect(misses, where).toEqual([]);
  return list.length;
}
