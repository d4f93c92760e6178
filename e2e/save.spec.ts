// Saves are replays: a corrupt save is kept aside under a backup key, the player is told in plain
// words, and a new game works; a good save resumes with Continue to the same game; an old snapshot
// save (version 1) migrates; a save whose scenario has changed since is explained and kept aside.

import { expect, type Page, test } from '@playwright/test';
import { openTitle, waitLive, watchConsole } from './helpers';

const SAVE_KEY = 'mending-fences/save';

/** From the title: a new game with the default settings, to its first month's planning. */
async function startNewGame(page: Page): Promise<void> {
  await page.keyboard.press('n');
  await waitLive(page, /^Setup\./);
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\./);
  await page.keyboard.press('Enter');
  await waitLive(page, /^Situation room\. Planning\. May 2022/);
}

test('a corrupt save is kept aside, explained, and a new game still works', async ({ page }) => {
  const problems = watchConsole(page);
  const corrupt = '{"version":1,"scenarioId":"july-window", this is not JSON';
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [SAVE_KEY, corrupt],
  );
  await openTitle(page);
  const text = await waitLive(page, /could not be opened/);
  expect(text).toContain('not valid JSON');
  expect(text).toContain('mending-fences/save.corrupt-1');
  const stored = await page.evaluate(() => ({
    backup: localStorage.getItem('mending-fences/save.corrupt-1'),
    save: localStorage.getItem('mending-fences/save'),
  }));
  expect(stored.backup).toBe(corrupt);
  expect(stored.save).toBeNull();

  await startNewGame(page);
  // the new game autosaves; the corrupt copy is still there
  const after = await page.evaluate(() => ({
    backup: localStorage.getItem('mending-fences/save.corrupt-1'),
    save: JSON.parse(localStorage.getItem('mending-fences/save') ?? 'null') as {
      version: number;
      replay: { scenario: string; decisions: unknown[] };
    } | null,
  }));
  expect(after.backup).toBe(corrupt);
  expect(after.save?.version).toBe(2);
  expect(after.save?.replay.decisions).toEqual([{ type: 'setup.confirm' }, { type: 'briefing.done' }]);
  expect(problems).toEqual([]);
});

test('a save from another version is kept aside too, and Continue resumes a good save', async ({ page }) => {
  const problems = watchConsole(page);
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(
          key,
          JSON.stringify({ version: 99, scenarioId: 'july-window', settings: {}, snapshot: {} }),
        );
        sessionStorage.setItem('seeded', '1');
      }
    },
    [SAVE_KEY],
  );
  await openTitle(page);
  await waitLive(page, /another version of the game/);
  await startNewGame(page);
  await page.keyboard.press('e');
  const report = await waitLive(page, /Turn report:|Event card:/);
  expect(report).toMatch(/May 2022/);

  const hash = await page.evaluate(() => window.__mf!.hash());

  await page.reload();
  await openTitle(page);
  await page.keyboard.press('c');
  await waitLive(page, /^Situation room\./);
  expect(await page.evaluate(() => window.__mf!.hash())).toBe(hash);
  expect(await page.evaluate(() => localStorage.getItem('mending-fences/save.corrupt-1'))).toContain('"version":99');
  expect(problems).toEqual([]);
});

test('an old snapshot save migrates on Continue; a save of a changed scenario is explained and kept aside', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await openTitle(page);
  await startNewGame(page);
  await page.keyboard.press('e');
  await waitLive(page, /Turn report:|Event card:/);
  // What version 1 wrote: the whole persisted snapshot, with the scenario inside.
  const { hash, v1 } = await page.evaluate(() => {
    const actor = window.__mf!.actor as {
      getPersistedSnapshot(): unknown;
      getSnapshot(): { context: { inputSettings: unknown } };
    };
    const save = JSON.parse(localStorage.getItem('mending-fences/save') ?? '{}');
    const old = {
      version: 1,
      scenarioId: save.replay.scenario,
      settings: actor.getSnapshot().context.inputSettings,
      snapshot: actor.getPersistedSnapshot(),
      savedAt: save.savedAt,
    };
    return { hash: window.__mf!.hash(), v1: JSON.stringify(old) };
  });
  expect(v1.length).toBeGreaterThan(50_000);
  await page.evaluate((text) => localStorage.setItem('mending-fences/save', text), v1);

  await page.reload();
  await openTitle(page);
  await page.keyboard.press('c');
  await waitLive(page, /^Situation room\./);
  expect(await page.evaluate(() => window.__mf!.hash())).toBe(hash);
  const migrated = await page.evaluate(() => localStorage.getItem('mending-fences/save') ?? '');
  expect(JSON.parse(migrated).version).toBe(2);
  expect(migrated.length).toBeLessThan(5_000);

  // The deck changed since the save (its content hash differs): explained, kept aside, not replayed.
  const changed = migrated.replace(/"scenarioHash":"[^"]+"/, '"scenarioHash":"00000000-0"');
  await page.evaluate((text) => localStorage.setItem('mending-fences/save', text), changed);
  await page.reload();
  await openTitle(page);
  await page.keyboard.press('c');
  const text = await waitLive(page, /could not be opened/);
  expect(text).toMatch(/has changed since this game was saved/);
  expect(text).toContain('mending-fences/save.corrupt-1');
  expect(await page.evaluate(() => localStorage.getItem('mending-fences/save.corrupt-1'))).toBe(changed);
  expect(problems).toEqual([]);
});
