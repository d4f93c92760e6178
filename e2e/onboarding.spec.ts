// Onboarding in the browser: the guided first month (opened by `guide=1`, as tests never see it
// otherwise) stepped, stepped back and skipped with the keyboard, remembered across a reload, and
// driven with the mouse through End turn to the report's step and reopened from the pause menu; the
// details pane for a hovered or focused card. Layout checked and screenshots taken at both sizes.

import { expect, type Page, test } from '@playwright/test';
import { openTitle, pressAndWait, waitLive, watchConsole } from './helpers';
import { expectLayout } from './layout';
import { clickControl, controls, findControl } from './pointer';

/** Every shown Text of the running scenes (a container chain that is visible all the way up). */
function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type O = { type: string; visible?: boolean; text?: string; list?: O[]; parentContainer: O | null };
    const out: string[] = [];
    const shown = (o: O) => {
      for (let n: O | null = o; n; n = n.parentContainer) if (n.visible === false) return false;
      return true;
    };
    const walk = (list: O[]) => {
      for (const o of list) {
        if (o.type === 'Text' && shown(o) && o.text) out.push(o.text);
        if (o.list) walk(o.list);
      }
    };
    for (const s of window.__mf!.game.scene.getScenes(true)) walk(s.children.list as unknown as O[]);
    return out;
  });
}

async function toRoom(page: Page, query: string, guide: boolean): Promise<string> {
  await page.goto(`/?${query}`);
  await waitLive(page, /^Title screen\./);
  await page.keyboard.press('n');
  await waitLive(page, /^Setup\./);
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\./);
  await page.keyboard.press('Enter');
  return waitLive(page, guide ? /^Situation room\. Guide, step 1 of 6/ : /^Situation room\. Planning\./);
}

const PANE = 'About this initiative';

/** The title of the card the details pane shows, once it is another than `before`. */
async function paneTitleAfter(page: Page, before: string): Promise<string> {
  let title = '';
  await expect
    .poll(async () => {
      const texts = await shownTexts(page);
      const at = texts.indexOf(PANE);
      title = at >= 0 ? (texts[at + 1] ?? '') : '';
      return title !== '' && title !== before;
    })
    .toBe(true);
  return title;
}

const guideDone = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('mending-fences/prefs') ?? '{}').guideDone === true);

test('the guide with the keyboard: shown, stepped, stepped back, focus kept inside, skipped, remembered', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await toRoom(page, '', true); // a real first visit: no test=1, so the guide opens by itself
  expect(await guideDone(page)).toBe(false);
  let text = await pressAndWait(page, 'Enter', await waitLive(page, /Focused: Next/));
  expect(text).toMatch(/Guide, step 2 of 6: The posture dials/);
  text = await pressAndWait(page, 'Backspace', text);
  expect(text).toMatch(/Guide, step 1 of 6: What Washington can see/);
  // Tab cycles the guide's own buttons and never leaves them
  const seen = new Set<string>();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    text = await waitLive(page, /Focused: /);
    seen.add(/Focused: ([^\n[]+)/.exec(text)?.[1].trim() ?? '');
  }
  expect([...seen].sort()).toEqual(['Next', 'Skip guide']);
  await page.keyboard.press('Escape');
  text = await waitLive(page, /^Situation room\. Planning\./);
  expect(await guideDone(page)).toBe(true);
  // remembered: after a reload a new game opens on the room, not on the guide
  await page.reload();
  await toRoom(page, '', false);
  text = await pressAndWait(page, '2', await waitLive(page, /Planning\./)); // the room's keys answer at once
  expect(text).toMatch(/Posture: Seoul nudge/);
  expect(text).not.toMatch(/Guide, step/);
  // G opens it again
  text = await pressAndWait(page, 'g', text);
  text = await waitLive(page, /Guide, step 1 of 6/);
  await page.keyboard.press('Escape');
  // closed, the guide leaves the focus on End turn, where the month's work ends
  await waitLive(page, /^Situation room\. Planning\.[\s\S]*Focused: End turn/);
  expect(problems).toEqual([]);
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
]) {
  test(`the guide and the details pane with the mouse at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const problems = watchConsole(page);
    const tag = (name: string) => `onboarding-${name}-${size.width}`;
    await openTitle(page); // test=1: no guide…
    await toRoom(page, 'test=1', false);
    expect(await shownTexts(page)).not.toContainEqual(expect.stringMatching(/Guided first month/));
    await toRoom(page, 'test=1&guide=1', true); // …unless asked
    await expectLayout(page, 'guide, step 1', tag('guide-1'));
    let text = await clickControl(page, await findControl(page, /^Next/));
    expect(text).toMatch(/step 2 of 6/);
    await expectLayout(page, 'guide, step 2', tag('guide-2'));
    text = await clickControl(page, await findControl(page, /^Back$/));
    expect(text).toMatch(/step 1 of 6/);
    for (let n = 2; n <= 5; n++) {
      text = await clickControl(page, await findControl(page, /^Next/));
      expect(text).toMatch(new RegExp(`step ${n} of 6`));
      await expectLayout(page, `guide, step ${n}`, tag(`guide-${n}`));
    }
    // the End turn step rings the button, and a click on it ends the month through the guide
    const end = await page.evaluate(
      () => window.__mf!.controls().length, // the room's own controls are not reachable…
    );
    expect(end).toBe(3); // …only Next, Back and Skip guide
    const box = (await page.locator('canvas').boundingBox())!;
    const k = box.width / 1920;
    await page.mouse.click(box.x + (1310 + 295) * k, box.y + (920 + 35) * k);
    text = await waitLive(page, /Event card:|Turn report:|Guide, step 6/);
    // answer each event card with its first choice that can be taken (a seed may block one)
    for (let i = 0; i < 8 && /Event card:/.test(text); i++) {
      const choice = (await controls(page)).find((c) => c.enabled);
      if (!choice) throw new Error(`no choice can be taken: ${text}`);
      text = await clickControl(page, choice);
    }
    text = await waitLive(page, /Guide, step 6 of 6: The turn report/);
    await expectLayout(page, 'guide over the report', tag('guide-report'));
    text = await clickControl(page, await findControl(page, /^Start playing/));
    expect(text).toMatch(/Turn report:/);
    expect(await guideDone(page)).toBe(true);
    text = await pressAndWait(page, 'Enter', text);
    await waitLive(page, /^Situation room\. Planning\./);
    // reopened from the pause menu in the next month, then skipped with the mouse
    await clickControl(page, await findControl(page, /^Menu/));
    await clickControl(page, await findControl(page, /^Guided first month/));
    text = await waitLive(page, /Guide, step 1 of 6/);
    text = await clickControl(page, await findControl(page, /^Skip guide/));
    await waitLive(page, /^Situation room\. Planning\./);

    // the details pane: hover each card on every page; each shows its summary, cost and prerequisites
    const seen: string[] = [];
    // every card at the smaller size; the first two pages at the larger (the suite stays short)
    const everyCard = size.width === 1366;
    let shotTaken = false;
    for (let p = 0; p < 8; p++) {
      const privates = (await page.evaluate(() => window.__mf!.controls())).filter((c) =>
        /^(Private|Withdraw)/.test(c.name),
      );
      let first = '';
      for (const c of privates) {
        await page.mouse.move(c.x - 60, c.y + c.h / 2);
        const title = await paneTitleAfter(page, seen.at(-1) ?? '');
        first ||= title;
        if (seen.includes(title)) break;
        seen.push(title);
        const texts = await shownTexts(page);
        expect(texts).toContainEqual(expect.stringMatching(/^Prerequisites: /));
        expect(texts).toContainEqual(expect.stringMatching(/^Costs \d bandwidth · /));
        // a screenshot of the first card with an unmet prerequisite (a fuller pane)
        const shot: boolean = !shotTaken && texts.some((t) => t.startsWith('✘'));
        shotTaken ||= shot;
        await expectLayout(page, `details pane (${title})`, shot ? tag('pane') : undefined);
      }
      if (seen.indexOf(first) < seen.length - privates.length) break; // back on the first page
      if (!everyCard && p === 1) break;
      await page.keyboard.press(']');
    }
    expect(seen.length).toBeGreaterThanOrEqual(everyCard ? 13 : 8); // 13: every card of the July Window
    expect(shotTaken).toBe(true);
    // away from the cards the map is back
    await page.mouse.move(box.x + 400 * k, box.y + 300 * k);
    await expect.poll(async () => (await shownTexts(page)).includes(PANE)).toBe(false);
    // the keyboard: Tab to a card's button, and the pane shows that card
    let live = await waitLive(page, /Planning\./);
    for (let i = 0; i < 40 && !/Focused: (Private|Public)/.test(live); i++) {
      await page.keyboard.press('Tab');
      live = await waitLive(page, /Focused: /);
    }
    await waitLive(page, /Focused: (Private|Public)/);
    await expect.poll(async () => (await shownTexts(page)).includes(PANE)).toBe(true);
    expect(problems).toEqual([]);
  });
}
