// A seeded monkey: random keys from the game's shortcut set plus Tab/Enter/Escape/arrows, random
// clicks in the canvas and occasional viewport changes, for about a minute. After every action:
// no console or page errors, every meter a number within 0–100, and the game is never stuck (the
// model offers Washington a legal decision, or the game has ended, or it waits on a human
// delegation). Ended games are followed by new ones.
//
// Replay a failure: MONKEY_SEED=<seed printed below> npx playwright test e2e/monkey.spec.ts
// (MONKEY_MS sets the time budget, default 60000.) The action sequence is a function of the seed and
// the screens seen, so a replay follows the same path as long as the game behaves the same.

import { expect, type Page, test } from '@playwright/test';
import { gameMachine, legalDecisions, METERS, selectPhase, type GameContext, type SnapshotLike } from '../src/model';
import { waitLive, watchConsole } from './helpers';

const SEED = Number(process.env.MONKEY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const BUDGET_MS = Number(process.env.MONKEY_MS ?? 60_000);

/** mulberry32: a tiny seeded generator, enough for choosing actions. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHORTCUTS = [
  ...'ncmsdrepbtlj[]'.split(''),
  ...'123456789'.split(''),
  'Shift+Digit1',
  'Shift+Digit2',
  'Shift+Digit3',
  'Shift+Digit4',
  '?',
  'F1',
  'Space',
  'Backspace',
  'PageUp',
  'PageDown',
  'Home',
  'End',
];
const NAVIGATION = ['Tab', 'Shift+Tab', 'Enter', 'Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** A key that moves the game forward on the screen the live region describes. */
function progressKey(live: string, pick: <T>(xs: T[]) => T): string {
  if (/^Help\.|Help\./.test(live.split('\n')[0])) return 'Escape';
  if (live.startsWith('Title screen.')) return 'n';
  if (live.startsWith('Setup.')) return pick(['s', 's', 's', 's', 'd', 'r', '1', '2', '3']);
  if (live.startsWith('Briefing.')) return 'Enter';
  if (live.startsWith('Ending.')) return pick(['p', 'p', 's', 't']);
  if (live.startsWith('Situation room.')) {
    if (/Event card:/.test(live)) return pick(['1', '2', '3', 'Enter']);
    if (/Turn report:/.test(live)) return 'Enter';
    return pick(['e', 'e', '1', '2', '3', '4', 'Shift+Digit2', 'Tab', 'Enter', '[', ']']);
  }
  return pick(['Escape', 'Enter', 't', 'n']);
}

interface Probe {
  live: string;
  /** Changes whenever the model's state does (actor, phase, turn, decisions): legality is cached on it. */
  key: string | null;
  value: unknown;
  /** The screen phase from the snapshot's tags (`__mf.phase()`). */
  phase: string | null;
  status: string;
  turn: number;
  meters: Record<string, unknown>;
}

/** The live region and a small summary of the snapshot (the full context only when asked). */
async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    type Snap = {
      value: unknown;
      status: string;
      context: { turn: number; meters: Record<string, unknown>; decisions: unknown[] };
    };
    const w = window as unknown as {
      __monkeyIds?: WeakMap<object, number>;
      __mf?: { actor: unknown; phase(): string | null };
    };
    const actor = w.__mf?.actor as { getSnapshot(): Snap } | null;
    const live = document.getElementById('live')?.textContent ?? '';
    if (!actor) return { live, key: null, value: null, phase: null, status: 'none', turn: 0, meters: {} };
    w.__monkeyIds ??= new WeakMap();
    if (!w.__monkeyIds.has(actor)) w.__monkeyIds.set(actor, Math.random());
    const s = actor.getSnapshot();
    const c = s.context;
    const key = `${w.__monkeyIds.get(actor)}|${JSON.stringify(s.value)}|${s.status}|${c.turn}|${c.decisions.length}`;
    const phase = w.__mf?.phase() ?? null;
    return { live, key, value: s.value, phase, status: s.status, turn: c.turn, meters: c.meters };
  });
}

async function fullSnapshot(page: Page): Promise<SnapshotLike> {
  const posted = await page.evaluate(() => {
    const actor = (
      window as unknown as { __mf: { actor: { getSnapshot(): { value: unknown; context: GameContext } } } }
    ).__mf.actor;
    const s = actor.getSnapshot();
    return { value: s.value, context: s.context };
  });
  // The machine rebuilds the page's state here, so tags and regions answer as they do there.
  return gameMachine.resolveState({ value: posted.value as never, context: posted.context });
}

/** The model's invariants on every probe; "never stuck" when the state changed. */
async function check(page: Page, p: Probe, lastKey: string | null): Promise<string[]> {
  const out: string[] = [];
  if (p.key === null) return out;
  for (const m of METERS) {
    const v = p.meters[m];
    if (typeof v !== 'number' || Number.isNaN(v) || v < 0 || v > 100) out.push(`meter ${m} = ${v}`);
  }
  if (!Number.isInteger(p.turn) || p.turn < 0) out.push(`turn = ${p.turn}`);
  if (p.status === 'error') out.push('the actor is in an error state');
  if (p.key !== lastKey) {
    const snap = await fullSnapshot(page);
    const phase = selectPhase(snap);
    if (phase !== 'ended' && phase !== 'awaitingAnswers' && legalDecisions(snap).length === 0) {
      out.push(`stuck: no legal decision in phase ${phase} (turn ${p.turn})`);
    }
  }
  return out;
}

const phaseOf = (p: Probe) => (p.key === null ? null : p.phase);

test('monkey: seeded random play never errors, breaks an invariant or gets stuck', async ({ page, context }) => {
  test.setTimeout(BUDGET_MS + 30_000);
  console.log(`MONKEY_SEED=${SEED} (budget ${BUDGET_MS} ms)`);
  test.info().annotations.push({ type: 'MONKEY_SEED', description: String(SEED) });
  const random = rng(SEED);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const problems = watchConsole(page);
  // the title's facilitator console opens a second window: close it, the monkey stays here
  context.on('page', (p) => {
    if (p !== page) void p.close();
  });
  page.on('dialog', (d) => void d.dismiss());

  await page.goto('/?test=1');
  await waitLive(page, /^Title screen\./);
  const trail: string[] = [];
  const fail = (why: string[]) => {
    const msg = [
      `seed ${SEED}, after ${trail.length} actions: ${why.join('; ')}`,
      `last actions: ${trail.slice(-25).join(' · ')}`,
    ].join('\n');
    expect(why, msg).toEqual([]);
  };

  const t0 = Date.now();
  let games = 0;
  let endings = 0;
  let maxTurn = 0;
  let last = await probe(page);
  let sinceResize = 0;
  let box = await page.locator('canvas').boundingBox();
  while (Date.now() - t0 < BUDGET_MS) {
    const r = random();
    let action: string;
    if (r < 0.55) {
      action = progressKey(last.live, pick);
      await page.keyboard.press(action);
    } else if (r < 0.85) {
      action = pick(random() < 0.6 ? SHORTCUTS : NAVIGATION);
      await page.keyboard.press(action);
    } else if (r < 0.97 || sinceResize < 20) {
      if (!box) throw new Error('no canvas');
      const x = Math.round(box.x + random() * box.width);
      const y = Math.round(box.y + random() * box.height);
      action = `click(${x},${y})`;
      await page.mouse.click(x, y);
    } else {
      const v = pick(VIEWPORTS);
      action = `resize(${v.width}×${v.height})`;
      await page.setViewportSize(v);
      box = await page.locator('canvas').boundingBox();
      sinceResize = 0;
    }
    sinceResize++;
    trail.push(action);
    const now = await probe(page);
    const why = [...problems, ...(await check(page, now, last.key))];
    if (now.live.trim() === '') why.push('the live region is empty');
    if (why.length) fail(why);
    const phase = phaseOf(now);
    if (phase === 'ended' && phaseOf(last) !== 'ended') endings++;
    if (now.key !== null && last.key !== null && now.key.split('|')[0] !== last.key.split('|')[0]) games++;
    maxTurn = Math.max(maxTurn, now.turn);
    last = now;
  }
  await page.waitForTimeout(500);
  fail([...problems, ...(await check(page, await probe(page), null))]);
  console.log(
    `monkey: ${trail.length} actions in ${Date.now() - t0} ms, ${endings} endings, ${games} new games, furthest turn ${maxTurn}`,
  );
  // a floor that only a broken harness misses (a loaded 2-core machine manages about one action a second)
  expect(trail.length).toBeGreaterThan(30);
});
