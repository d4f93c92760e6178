// Offline play: after one online visit the service worker (vite-plugin-pwa, generateSW) has
// precached everything, so with the network cut the game reloads, starts and plays a month, and
// the facilitator console opens too. Also checks the web manifest an install needs.

import { expect, test } from '@playwright/test';
import { julyWindowSessionCode, waitLive, watchConsole } from './helpers';

test('after one visit the game loads and plays offline', async ({ page, context }) => {
  test.setTimeout(60_000);
  const problems = watchConsole(page);
  await page.goto('/');
  await waitLive(page, /^Title screen\./);

  // installable: a manifest with name, standalone display, theme colour and 192/512 px icons
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href;
    return href ? ((await (await fetch(href)).json()) as Record<string, unknown>) : null;
  });
  expect(manifest).toMatchObject({ name: 'Mending Fences', display: 'standalone', theme_color: '#101820' });
  const sizes = ((manifest?.icons ?? []) as { sizes: string }[]).map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));

  // the worker installs (precaching every file) and then takes control of this page (clientsClaim)
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
    timeout: 15_000,
  });

  await context.setOffline(true);
  const external: string[] = [];
  page.on('request', (r) => {
    if (!/^http:\/\/127\.0\.0\.1[:/]/.test(r.url()) && !r.url().startsWith('data:')) external.push(r.url());
  });
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  await page.reload();
  await waitLive(page, /^Title screen\./);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await page.keyboard.press('n');
  await waitLive(page, /^Setup\./);
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\./);
  await page.keyboard.press('Enter');
  // the guided first month's own chunk (loaded on first use) comes from the cache too
  await waitLive(page, /^Situation room\. Guide, step 1 of \d+/);
  await page.keyboard.press('Escape');
  let text = await waitLive(page, /^Situation room\. Planning\./);
  const month = Number(/month (\d+) of \d+/.exec(text)?.[1]);
  expect(month).toBeGreaterThan(0);
  await page.keyboard.press('e');
  // answer event cards with their first choice until the month's report, then continue
  for (let i = 0; i < 10; i++) {
    text = await waitLive(page, /Event card:|Turn report:/);
    if (/Turn report:/.test(text)) break;
    await page.keyboard.press('1');
    await page.waitForFunction((b) => document.getElementById('live')?.textContent !== b, text);
  }
  expect(text).toMatch(/Turn report:/);
  await page.keyboard.press('Enter');
  text = await waitLive(page, new RegExp(`^Situation room\\. Planning\\. .*month ${month + 1} of \\d+`));
  expect(text).toMatch(/Press E to end the turn/);

  // the facilitator console page comes from the cache too, query string and all
  const consolePage = await context.newPage();
  const consoleProblems = watchConsole(consolePage);
  const code = julyWindowSessionCode();
  await consolePage.goto(`/console.html?session=${code}`);
  await expect(consolePage.locator('h1')).toContainText('Facilitator console');
  await consolePage.close();

  expect(failed).toEqual([]);
  expect(external).toEqual([]);
  expect(problems).toEqual([]);
  expect(consoleProblems).toEqual([]);
});
