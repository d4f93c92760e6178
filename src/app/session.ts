// The application's services, made once in main.ts and handed to every scene: the current game
// session (one actor), saving and resuming, preferences, the live region and the error screen.

import { type Actor, createActor } from 'xstate';
import type { ResolvedScenario } from '../model';
import { formatProblem } from '../content/load';
import { gameMachine, type GameMachine, selectPhase, type Settings } from '../model';
import { readPrefs, writePrefs, type Prefs } from '../save/prefs';
import {
  corruptMessage,
  type KeyValueStore,
  makeSave,
  quarantineSave,
  readSave,
  SAVE_KEY,
  type SaveFile,
  writeSave,
} from '../save/save';
import type { LiveRegion } from '../ui/live';
import { FILE_SCENARIO_PREFIX } from './scenarioFile';
import { loadShippedScenario, SCENARIO_IDS } from './scenarios';

export type GameActor = Actor<GameMachine>;

export interface GameSession {
  actor: GameActor;
  scenarioId: string;
  scenario: ResolvedScenario;
  settings: Settings;
}

export interface ScenarioInfo {
  id: string;
  title: string;
  tagline: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; lines: string[] };

export interface SaveStatus {
  canContinue: boolean;
  /** Plain words when a save could not be read and was kept aside. */
  message: string | null;
}

/** The resolved scenario carried in a save's snapshot (games played from a scenario file). */
function scenarioInSave(save: SaveFile): { ok: true; value: ResolvedScenario } | { ok: false } {
  const scenario = (save.snapshot as { context?: { scenario?: ResolvedScenario } } | null)?.context?.scenario;
  return scenario && typeof scenario.id === 'string' ? { ok: true, value: scenario } : { ok: false };
}

export class App {
  session: GameSession | null = null;
  prefs: Prefs;
  private stopAutosave: (() => void) | null = null;
  private saveNote: string | null = null;

  constructor(
    readonly store: KeyValueStore,
    readonly live: LiveRegion,
    readonly showError: (title: string, lines: string[]) => void,
    systemReducedMotion: boolean,
  ) {
    this.prefs = readPrefs(store, systemReducedMotion);
  }

  setReducedMotion(on: boolean): void {
    this.prefs = { ...this.prefs, reducedMotion: on };
    writePrefs(this.store, this.prefs);
  }

  scenarios(): Result<ScenarioInfo[]> {
    const out: ScenarioInfo[] = [];
    for (const id of SCENARIO_IDS) {
      const s = loadShippedScenario(id);
      if (!s.ok) return { ok: false, lines: s.problems.map(formatProblem) };
      out.push({ id, title: s.value.title, tagline: s.value.tagline });
    }
    return { ok: true, value: out };
  }

  /** Validate the shipped scenarios ahead of need (the title calls this while idle); results are cached. */
  warmUp(): void {
    for (const id of SCENARIO_IDS) loadShippedScenario(id);
  }

  /** Start a new game (the actor is moved past setup by the caller's scenes). */
  newGame(scenarioId: string, settings: Settings): Result<GameSession> {
    const s = loadShippedScenario(scenarioId);
    if (!s.ok) return { ok: false, lines: s.problems.map(formatProblem) };
    const actor = createActor(gameMachine, { input: { scenario: s.value, settings } });
    return { ok: true, value: this.begin(actor, scenarioId, s.value, settings) };
  }

  /** What the title screen may offer; an unreadable save is moved aside here, never overwritten. */
  checkSave(): SaveStatus {
    const read = readSave(this.store);
    if (read.kind === 'none') return { canContinue: false, message: this.saveNote };
    if (read.kind === 'corrupt') {
      this.saveNote = corruptMessage(read.reason, quarantineSave(this.store, read.raw));
      return { canContinue: false, message: this.saveNote };
    }
    return { canContinue: true, message: null };
  }

  /** Start a new game from a scenario file (its resolved data travels in the save). */
  newGameFrom(scenario: ResolvedScenario, settings: Settings): GameSession {
    const actor = createActor(gameMachine, { input: { scenario, settings } });
    return this.begin(actor, `${FILE_SCENARIO_PREFIX}${scenario.id}`, scenario, settings);
  }

  /** Resume the saved game, or explain why it cannot be (and keep the save aside). */
  resume(): Result<GameSession> {
    const read = readSave(this.store);
    if (read.kind !== 'ok') return { ok: false, lines: [this.checkSave().message ?? 'There is no saved game.'] };
    const restored = this.restore(read.save);
    if (restored.ok) return restored;
    this.saveNote = corruptMessage(
      restored.lines[0],
      quarantineSave(this.store, this.store.getItem(SAVE_KEY) ?? JSON.stringify(read.save)),
    );
    return { ok: false, lines: [this.saveNote] };
  }

  private restore(save: SaveFile): Result<GameSession> {
    const s = save.scenarioId.startsWith(FILE_SCENARIO_PREFIX)
      ? scenarioInSave(save)
      : loadShippedScenario(save.scenarioId);
    if (!s.ok) return { ok: false, lines: [`its scenario "${save.scenarioId}" cannot be loaded`] };
    try {
      const input = { scenario: s.value, settings: save.settings };
      // biome-ignore lint/suspicious/noExplicitAny: a persisted snapshot is opaque JSON by design
      const actor = createActor(gameMachine, { snapshot: save.snapshot as any, input });
      const session = this.begin(actor, save.scenarioId, s.value, save.settings);
      const snap = actor.getSnapshot();
      if (snap.status === 'error' || typeof snap.context?.turn !== 'number') throw new Error('bad state');
      selectPhase(snap);
      return { ok: true, value: session };
    } catch {
      this.end();
      return { ok: false, lines: ['the saved game state could not be restored'] };
    }
  }

  /** Make an actor built elsewhere (a loaded replay, a branch) the current game, with autosave. */
  adopt(actor: GameActor, scenarioId: string, scenario: ResolvedScenario, settings: Settings): GameSession {
    return this.begin(actor, scenarioId, scenario, settings);
  }

  private begin(actor: GameActor, scenarioId: string, scenario: ResolvedScenario, settings: Settings): GameSession {
    this.end();
    actor.start();
    const session = { actor, scenarioId, scenario, settings };
    this.session = session;
    let lastKey = '';
    const sub = actor.subscribe((snap) => {
      const phase = selectPhase(snap);
      const key = `${snap.context.turn}:${phase}`;
      if (key === lastKey || phase === 'setup') return;
      lastKey = key;
      if (phase === 'ended') return void this.store.removeItem(SAVE_KEY);
      writeSave(this.store, makeSave(scenarioId, settings, actor.getPersistedSnapshot(), new Date()));
    });
    this.saveNote = null;
    this.stopAutosave = () => sub.unsubscribe();
    return session;
  }

  /** Stop the current game's actor and autosave. */
  end(): void {
    this.stopAutosave?.();
    this.stopAutosave = null;
    this.session?.actor.stop();
    this.session = null;
  }
}
