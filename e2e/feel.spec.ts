// The game's feel in the browser: the volume setting persists across a reload; with the system's
// prefers-reduced-motion, a month that reaches a milestone (The July Window, seed 25, fast-forwarded through the
// actor) shows the milestone moment, announces it first in the live region and plays its cue,
// while no tween runs anywhere; back in the room the meters' changes and causes appear at once and
// go without a fade; the loop goes back to sleep. (A seminar starts muted:
// seminar.spec.ts.)

import { expect, type Page, test } from '@playwright/test';
import { openTitle, waitLive, watchConsole } from './helpers';
import { expectMeterCauses, holdRoomClock } from './meters';

/** Tweens started so far, and tweens still running in any scene. */
const tweens = (page: Page) =>
  page.evaluate(() => {
    const mf = window.__mf!;
    const running = mf.game.scene.getScenes(true).reduce((n, s) => n + s.tweens.getTweens().length, 0);
    return { started: mf.motion.tweens, running };
  });

test('feel: volume remembered; under prefers-reduced-motion the milestone moment shows, sounds, and nothing tweens', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const problems = watchConsole(page);
  await openTitle(page);
  await page.keyboard.press('v'); // 50 % → 75 %
  await waitLive(page, /Sound on, volume 75%\./);
  await page.reload();
  await waitLive(page, /^Title screen\./);
  const names = await page.evaluate(() => window.__mf!.controls().map((c) => c.name));
  expect(names).toContain('Volume: 75%');
  expect(names).toContain('Sound: on');

  // the system asks for reduced motion (the player has not set it in the game): the game follows
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await waitLive(page, /^Title screen\./);
  expect(await page.evaluate(() => window.__mf!.controls().map((c) => c.name))).toContain('Reduced motion: on');
  await page.keyboard.press('n');
  let text = await waitLive(page, /^Setup\./);
  for (let i = 0; i < 20 && !/Focused: Seed/.test(text); i++) {
    await page.keyboard.press('Tab');
    text = await waitLive(page, /^Setup\./);
  }
  for (let i = 0; i < 9; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('25');
  await waitLive(page, /Seed: 25\./);
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\. The July Window/);
  await page.keyboard.press('Enter');
  await waitLive(page, /^Situation room\. Planning\./);

  // nudge both, ask everything privately (but no campaigning capital), first choices, until a report reaches a milestone
  const reached = await page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the test hook's actor is untyped in the page
    const a = (window as any).__mf.actor;
    // biome-ignore lint/suspicious/noExplicitAny: plain model events
    const send = (e: any) => a.getSnapshot().can(e) && (a.send(e) ?? true);
    for (let step = 0; step < 300; step++) {
      const ctx = a.getSnapshot().context;
      const phase = window.__mf!.phase();
      if (phase === 'planning') {
        send({ type: 'posture.set', ally: 'seoul', posture: 1 });
        send({ type: 'posture.set', ally: 'tokyo', posture: 1 });
        // never a capital on its campaign trail: a no there holds the card back for months
        const campaigning = (to: string[] = []) => to.some((x) => ctx.politics[x].season === 'campaigning');
        for (const [id, def] of Object.entries(ctx.scenario.initiatives) as [string, { proposal?: { to: string[] } }][])
          if (!campaigning(def.proposal?.to)) send({ type: 'initiative.queue', initiative: id, channel: 'private' });
        send({ type: 'turn.commit' });
      } else if (phase === 'events') {
        for (const f of ctx.monthEvents) {
          const c = ctx.scenario.events[f.id]?.choices?.[0];
          if (c && !f.choice) send({ type: 'event.choose', event: f.id, choice: c.id });
        }
      } else if (phase === 'report' && ctx.history.at(-1).milestones.length) {
        return ctx.history.at(-1).milestones.map((id: string) => ctx.scenario.milestones[id].name) as string[];
      } else if (phase === 'report') send({ type: 'turn.next' });
      else return [];
    }
    return [];
  });
  expect(reached.length).toBeGreaterThan(0);
  text = await waitLive(page, /Turn report:/);
  // the live region says the milestone before the report
  expect(text).toMatch(new RegExp(`month \\d of 8\\. Milestones? reached: ${reached[0]}`));
  const banner = await page.evaluate(() => {
    const room = window.__mf!.game.scene.getScene('situation-room');
    const m = room.children.getByName('milestone-moment') as unknown as { visible: boolean; list: { text?: string }[] };
    return m ? { visible: m.visible, text: m.list.map((o) => o.text ?? '').join('') } : null;
  });
  expect(banner).toEqual({ visible: true, text: expect.stringContaining(reached[0]) });
  await page.screenshot({ path: 'test-results/shots/milestone-1920.png' });
  expect(await page.evaluate(() => window.__mf!.sound)).toMatchObject({
    level: 0.75,
    context: true,
    last: 'milestone',
  });
  expect((await page.evaluate(() => window.__mf!.sound)).played).toBeGreaterThan(0);
  // the audio thread stops once the cue has faded (an idle game runs none)
  await page.waitForFunction(() => !window.__mf!.sound.running, undefined, { polling: 100 });
  // with reduced motion no tween ever started (the meters, the report's lines, the banner)
  expect(await tweens(page)).toEqual({ started: 0, running: 0 });
  // back in the room: the meters' changes and causes appear at once (the clock held to read them)
  await holdRoomClock(page, true);
  await page.keyboard.press('Enter');
  await expectMeterCauses(page, await waitLive(page, /Planning\./), true);
  expect(await tweens(page)).toEqual({ started: 0, running: 0 });
  await page.waitForFunction(() => window.__mf!.idle.asleep, undefined, { polling: 100 });
  expect(problems).toEqual([]);
});
