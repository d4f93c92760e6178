// Shared helpers for the browser tests: console watching and reading the live region.

import type { ConsoleMessage, Page } from '@playwright/test';
import { encodeSession } from '../src/seminar/sessionCode';

/** SwiftShader's harmless warnings, the only console noise we tolerate. */
const HARMLESS = [/GPU stall due to ReadPixels/, /Automatic fallback to software WebGL/];

export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() !== 'error') return;
    if (HARMLESS.some((re) => re.test(m.text()))) return;
    problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

export async function live(page: Page): Promise<string> {
  return (await page.locator('#live').textContent()) ?? '';
}

/** Waits until the live region's text matches. */
export async function waitLive(page: Page, re: RegExp, timeout = 10_000): Promise<string> {
  await page.waitForFunction(
    (src) => new RegExp(src).test(document.getElementById('live')?.textContent ?? ''),
    re.source,
    {
      timeout,
      polling: 50,
    },
  );
  return live(page);
}

/** Presses a key and waits until the live region says something other than `before`. */
export async function pressAndWait(page: Page, key: string, before: string): Promise<string> {
  await page.keyboard.press(key);
  await page.waitForFunction((b) => document.getElementById('live')?.textContent !== b, before, { polling: 50 });
  return live(page);
}

export async function openTitle(page: Page): Promise<void> {
  await page.goto('/?test=1');
  await waitLive(page, /^Title screen\./);
}

/** A session code for a July Window class with Washington human and both delegations computer. */
/** From the title through setup (its defaults) and the briefing into the situation room's first month. */
export async function openRoom(page: Page): Promise<void> {
  await openTitle(page);
  await page.keyboard.press('n');
  await waitLive(page, /^Setup\./);
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\./);
  await page.keyboard.press('Enter');
  await waitLive(page, /^Situation room\. Planning\./);
}

export function julyWindowSessionCode(): string {
  return encodeSession({
    scenario: 'july-window',
    seed: 4242,
    difficulty: 'normal',
    seats: { washington: 'human', seoul: 'computer', tokyo: 'computer' },
    preset: 90,
  });
}
