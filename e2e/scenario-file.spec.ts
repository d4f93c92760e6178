// A scenario file of the player's own: a broken one shows the validator's lines on the error
// screen (file, JSON path, problem), never a blank page; a good one starts a game.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { openTitle, waitLive, watchConsole } from './helpers';

const example = (() => {
  const md = readFileSync('docs/scenarios.md', 'utf8');
  return JSON.parse(md.split('## A worked example')[1].split('```json\n')[1].split('```')[0]) as Record<
    string,
    unknown
  >;
})();

/** What `npm run validate -- <name>` prints for a file of that name and body (its problem lines). */
function validatorLines(name: string, body: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mf-validate-'));
  try {
    writeFileSync(join(dir, name), body);
    const out = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('scripts/validate.ts'), name], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(out.status, out.stderr).toBe(1);
    return out.stderr.trim().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function chooseScenarioFile(page: import('@playwright/test').Page, name: string, body: string) {
  await openTitle(page);
  await page.keyboard.press('n');
  await waitLive(page, /^Setup\./);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('f')]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

test('a broken scenario file shows the same messages as npm run validate', async ({ page }) => {
  const problems = watchConsole(page);
  const broken = {
    ...example,
    events: ['no-such-event'],
    startValues: { ...(example.startValues as object), trust: 140 },
  };
  const expected = validatorLines('broken.json', JSON.stringify(broken));
  // the schema's fault is reported; the unknown event is checked only once the file parses
  expect(expected).toHaveLength(1);
  expect(expected[0]).toMatch(/^broken\.json: \$\.startValues\.trust: /);
  await chooseScenarioFile(page, 'broken.json', JSON.stringify(broken));
  const error = page.locator('#error');
  await expect(error).toBeVisible();
  await expect(error.locator('h1')).toHaveText('This scenario file cannot be played');
  await expect(error.locator('pre')).toHaveText(expected.join('\n'));
  await expect(page.getByRole('button', { name: 'Reload' })).toBeFocused();
  expect(problems).toEqual([]);
});

test('a file that is not JSON is named, and a good file starts its briefing and is kept in its save', async ({
  page,
}) => {
  await chooseScenarioFile(page, 'notes.json', '{ "schemaVersion": 1,');
  await expect(page.locator('#error pre')).toContainText('notes.json: $: not valid JSON');
  await chooseScenarioFile(page, 'summer.json', JSON.stringify(example));
  await waitLive(page, /Summer 2022/);
  expect(await page.locator('#error').count()).toBe(0);
  // the save carries the file, so Continue works without choosing it again
  await page.reload();
  await openTitle(page);
  await page.keyboard.press('c');
  await waitLive(page, /Summer 2022/);
  expect(await page.locator('#error').count()).toBe(0);
});
