// Saves are replays: a save holds the scenario id and content hash, the settings and the decisions;
// loading replays them through the real machine. Saving at any step and loading plays on to the
// same end; a finished flagship game saves in under 20 kB; a game from a scenario file carries its
// file; an old (version 1, whole-snapshot) save migrates when its replay reaches the same game and
// is kept aside with a reason otherwise; a changed scenario is explained, never replayed.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { rebuildSavedGame } from '../../src/app/savedGame';
import { loadScenarioText } from '../../src/app/scenarioFile';
import { loadContent, loadShippedScenario } from '../../src/app/scenarios';
import { App, type GameSession, saveOf } from '../../src/app/session';
import { gameMachine } from '../../src/model/machine';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import { runGame } from '../../src/model/play/runGame';
import { adaptive } from '../../src/model/play/strategies';
import type { GameInput } from '../../src/model/types';
import { type KeyValueStore, parseSave, SAVE_KEY } from '../../src/save/save';
import { playRandom } from '../helpers/randomPlay';

// the game's catalog is fetched on demand (src/app/scenarios.ts)
await loadContent();

function shipped(id: string) {
  const s = loadShippedScenario(id);
  if (!s.ok) throw new Error(`${id} does not load`);
  return s.value;
}

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const silent = { say: () => {}, text: '' };
const newApp = (store = memoryStore()) => ({ store, app: new App(store, silent, () => {}, false) });

/** The save text of a running game, read back the way the title screen reads it. */
function saveAndRead(session: GameSession) {
  const read = parseSave(JSON.stringify(saveOf(session, new Date(0))));
  if (read.kind !== 'ok') throw new Error(read.kind === 'corrupt' ? read.reason : 'no save');
  return read;
}

const session = (input: GameInput, id: string, actor = createActor(gameMachine, { input }).start()): GameSession => ({
  actor,
  scenarioId: id,
  scenario: input.scenario,
  settings: input.settings,
});

/** An old save: version 1 held the whole persisted snapshot. */
function v1Save(id: string, input: GameInput, actor: ReturnType<typeof createActor<typeof gameMachine>>) {
  return JSON.stringify({
    version: 1,
    scenarioId: id,
    settings: input.settings,
    snapshot: actor.getPersistedSnapshot(),
    savedAt: '2026-11-30T10:00:00.000Z',
  });
}

describe('saves are replays', () => {
  const july = { scenario: shipped('july-window'), settings: DEFAULT_SETTINGS };

  it('saving at a random step, loading and playing on gives the same end as not saving (60 games)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.nat(120), (seed, strategySeed, cut) => {
        const input = { ...july, settings: { ...DEFAULT_SETTINGS, seed } };
        const whole = playRandom(input, strategySeed);
        const stopAfter = Math.min(cut, whole.sent.length);
        const half = playRandom(input, strategySeed, { stopAfter });
        const read = saveAndRead(session(input, 'july-window', half.actor));
        const loaded = rebuildSavedGame(read.save);
        if (!loaded.ok) throw new Error(loaded.reason);
        for (const e of whole.sent.slice(stopAfter)) loaded.actor.send(e);
        expect(JSON.stringify(loaded.actor.getSnapshot().context)).toBe(
          JSON.stringify(whole.actor.getSnapshot().context),
        );
        expect(loaded.actor.getSnapshot().value).toEqual(whole.actor.getSnapshot().value);
      }),
      { numRuns: 60 },
    );
  });

  it('a finished flagship game saves in at most 20 kB (the snapshot save was about 190 kB)', () => {
    const scenario = shipped('mending-fences');
    let finished = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const input = { scenario, settings: { ...DEFAULT_SETTINGS, seed: seed * 7919 } };
      const end = runGame(input, adaptive);
      if (end.context.history.length !== scenario.months) continue;
      finished++;
      const actor = createActor(gameMachine, { input }).start();
      for (const d of end.context.decisions) actor.send(d.event);
      const text = JSON.stringify(saveOf(session(input, 'mending-fences', actor), new Date()));
      expect(text.length).toBeLessThanOrEqual(20_000);
      expect(v1Save('mending-fences', input, actor).length).toBeGreaterThan(150_000);
    }
    expect(finished).toBeGreaterThan(0);
  });

  it('a game from a scenario file carries the file, and loads without it', () => {
    const md = readFileSync('docs/scenarios.md', 'utf8');
    const text = md.split('## A worked example')[1].split('```json\n')[1].split('```')[0];
    const file = loadScenarioText('summer.json', text);
    if (!file.ok) throw new Error(file.lines.join('\n'));
    const { store, app } = newApp();
    const s = app.newGameFrom(file.value, { ...DEFAULT_SETTINGS, seed: 99 });
    s.actor.send({ type: 'setup.confirm' });
    s.actor.send({ type: 'briefing.done' });
    s.actor.send({ type: 'posture.set', ally: 'seoul', posture: 2 });
    s.actor.send({ type: 'turn.commit' });
    const before = JSON.stringify(s.actor.getSnapshot().context);
    const saved = JSON.parse(store.data.get(SAVE_KEY) ?? 'null');
    expect(saved.scenarioFile).toEqual({ name: 'summer.json', text });
    app.end();
    const resumed = newApp(store).app.resume();
    if (!resumed.ok) throw new Error(resumed.lines.join('\n'));
    expect(JSON.stringify(resumed.value.actor.getSnapshot().context)).toBe(before);
    expect(resumed.value.scenarioId).toBe(`file:${file.value.id}`);
  });

  it('a save whose scenario has changed since is explained and kept aside, not replayed', () => {
    const { store, app } = newApp();
    const s = app.newGame('july-window', DEFAULT_SETTINGS);
    if (!s.ok) throw new Error('no game');
    s.value.actor.send({ type: 'setup.confirm' });
    s.value.actor.send({ type: 'briefing.done' });
    app.end();
    const raw = store.data.get(SAVE_KEY) ?? '';
    const changed = raw.replace(/"scenarioHash":"[^"]+"/, '"scenarioHash":"00000000-0"');
    store.setItem(SAVE_KEY, changed);
    const r = newApp(store).app.resume();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.lines[0]).toMatch(/the scenario "[^"]+" has changed since this game was saved/);
    expect(r.lines[0]).toMatch(/kept aside in this browser under "mending-fences\/save\.corrupt-1"/);
    expect(store.data.get(`${SAVE_KEY}.corrupt-1`)).toBe(changed);
    expect(store.data.has(SAVE_KEY)).toBe(false);
  });

  it('a damaged save names the damaged part and is kept aside', () => {
    const input = { ...july, settings: { ...DEFAULT_SETTINGS, seed: 5 } };
    const good = JSON.parse(JSON.stringify(saveOf(session(input, 'july-window'), new Date())));
    good.replay.decisions = [{ type: 'posture.set', ally: 'pyongyang', posture: 2 }];
    const read = parseSave(JSON.stringify(good));
    expect(read.kind === 'corrupt' && read.reason).toMatch(/the saved game is damaged: decisions\.0/);
    expect(parseSave(JSON.stringify({ ...good, version: 3 }))).toMatchObject({
      kind: 'corrupt',
      reason: 'it was saved by another version of the game (3)',
    });
  });
});

describe('old saves (version 1: a whole persisted snapshot)', () => {
  const input = { scenario: shipped('july-window'), settings: { ...DEFAULT_SETTINGS, seed: 321 } };
  const midGame = () => playRandom(input, 8, { stopAfter: 40 }).actor;

  it('migrate: the decisions and start settings are read out and replayed to the same game', () => {
    const actor = midGame();
    const store = memoryStore();
    store.setItem(SAVE_KEY, v1Save('july-window', input, actor));
    const r = newApp(store).app.resume();
    if (!r.ok) throw new Error(r.lines.join('\n'));
    expect(JSON.stringify(r.value.actor.getSnapshot().context)).toBe(JSON.stringify(actor.getSnapshot().context));
    const rewritten = JSON.parse(store.data.get(SAVE_KEY) ?? 'null');
    expect(rewritten.version).toBe(2);
    expect(rewritten.replay.decisions).toHaveLength(actor.getSnapshot().context.decisions.length);
  });

  it('are kept aside with a reason when the replay does not reach the same game', () => {
    const actor = midGame();
    const old = JSON.parse(v1Save('july-window', input, actor));
    old.snapshot.context.meters.trust = (old.snapshot.context.meters.trust + 7) % 100;
    const store = memoryStore();
    store.setItem(SAVE_KEY, JSON.stringify(old));
    const r = newApp(store).app.resume();
    expect(r.ok || r.lines[0]).toMatch(
      /earlier version of the game, and replaying its decisions did not reach the same game/,
    );
    expect(store.data.get(`${SAVE_KEY}.corrupt-1`)).toBe(JSON.stringify(old));
  });

  it('from a scenario file are kept aside, with what to do', () => {
    const actor = midGame();
    const store = memoryStore();
    const raw = v1Save('file:july-window', input, actor);
    store.setItem(SAVE_KEY, raw);
    const r = newApp(store).app.resume();
    expect(r.ok || r.lines[0]).toMatch(/open the scenario file again to play it/);
    expect(store.data.get(`${SAVE_KEY}.corrupt-1`)).toBe(raw);
  });

  it('with missing parts are refused without throwing', () => {
    expect(parseSave(JSON.stringify({ version: 1, scenarioId: 'july-window', snapshot: {} }))).toMatchObject({
      kind: 'corrupt',
      reason: 'parts of the saved game are missing',
    });
    const noDecisions = { version: 1, scenarioId: 'july-window', snapshot: { context: { scenario: {} } } };
    expect(parseSave(JSON.stringify(noDecisions))).toMatchObject({ kind: 'corrupt' });
  });
});
