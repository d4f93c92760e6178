// The application's services, made once in main.ts and handed to every scene: the current game
// session (one actor), saving and resuming, preferences, the live region and the error screen.
// Autosave writes the game as a replay (save/save.ts); resuming replays it (app/savedGame.ts).

import { type Actor, createActor } from 'xstate';
import type { ResolvedScenario } from '../model';
import { formatProblem } from '../content/load';
import { gameMachine, type GameMachine, selectPhase, type Settings } from '../model';
import { type DebriefMessage, scenarioHash, toReplay } from '../report';
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
import { common } from '../strings';
import { rebuildSavedGame } from './savedGame';
import { FILE_SCENARIO_PREFIX, scenarioSourceOf } from './scenarioFile';
import { contentLoaded, loadContent, loadShippedScenario, scenarioIds } from './scenarios';
import { app as A } from '../strings';

export type GameActor = Actor<GameMachine>;

export interface GameSession {
  actor: GameActor;
  scenarioId: string;
  scenario: ResolvedScenario;
  settings: Settings;
  /** Messages between delegations, when this game is a networked table's replay (else none). */
  messages?: readonly DebriefMessage[];
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

/** The save of `session`'s game as it is now: a replay, with the scenario file for a file game. */
export function saveOf(session: GameSession, now: Date): SaveFile {
  const { actor, scenarioId, scenario } = session;
  const source = scenarioSourceOf(scenario) ?? undefined;
  return makeSave(toReplay(actor.getSnapshot().context, scenarioId), scenarioHash(scenario), now, source);
}

export class App {
  session: GameSession | null = null;
  prefs: Prefs;
  private stopAutosave: (() => void) | null = null;
  private saveNote: string | null = null;
  private readonly actorWatchers = new Set<(actor: GameActor | null) => void>();

  constructor(
    readonly store: KeyValueStore,
    readonly live: LiveRegion,
    readonly showError: (title: string, lines: string[]) => void,
    systemReducedMotion: boolean,
  ) {
    this.prefs = readPrefs(store, systemReducedMotion);
  }

  /** Calls `watch` whenever the current game's actor changes (a new game, a loaded one, an undo). */
  onActorChange(watch: (actor: GameActor | null) => void): () => void {
    this.actorWatchers.add(watch);
    return () => this.actorWatchers.delete(watch);
  }

  /** Tells the watchers that `session.actor` is another actor now (the seminar's undo calls this too). */
  actorChanged(): void {
    const actor = this.session?.actor ?? null;
    for (const watch of this.actorWatchers) watch(actor);
  }

  setReducedMotion(on: boolean): void {
    this.setPrefs({ reducedMotion: on });
  }

  /** The system's prefers-reduced-motion changed: it applies unless the player has set reduced motion. */
  systemMotionChanged(reduced: boolean): void {
    this.prefs = readPrefs(this.store, reduced);
  }

  /** Changes and remembers some preferences (the sound settings, reduced motion). */
  setPrefs(change: Partial<Prefs>): void {
    this.prefs = { ...this.prefs, ...change };
    writePrefs(this.store, change);
  }

  /** Remember that the guided first month was finished or skipped. */
  setGuideDone(done: boolean): void {
    this.setPrefs({ guideDone: done });
  }

  scenarios(): Result<ScenarioInfo[]> {
    const out: ScenarioInfo[] = [];
    for (const id of scenarioIds()) {
      const s = loadShippedScenario(id);
      if (!s.ok) return { ok: false, lines: s.problems.map(formatProblem) };
      out.push({ id, title: s.value.title, tagline: s.value.tagline });
    }
    return { ok: true, value: out };
  }

  /** Fetch the content and validate the shipped scenarios ahead of need (the title calls this while idle). */
  warmUp(): void {
    this.afterContent(() => {
      for (const id of scenarioIds()) loadShippedScenario(id);
    });
  }

  /**
   * Runs `fn` once the game content is loaded (at once when it is): every way into a game goes
   * through here. A failed fetch (offline before the worker cached it) gets the error screen.
   */
  afterContent(fn: () => void): void {
    if (contentLoaded()) {
      fn();
      return;
    }
    loadContent().then(fn, (e: unknown) =>
      this.showError(common.contentFailed, [e instanceof Error ? e.message : String(e)]),
    );
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

  /** Start a new game from a scenario file (loaded by `loadScenarioText`; the file travels in the save). */
  newGameFrom(scenario: ResolvedScenario, settings: Settings): GameSession {
    const actor = createActor(gameMachine, { input: { scenario, settings } });
    return this.begin(actor, `${FILE_SCENARIO_PREFIX}${scenario.id}`, scenario, settings);
  }

  /** Resume the saved game by replaying it, or explain why it cannot be (and keep the save aside). */
  resume(): Result<GameSession> {
    const read = readSave(this.store);
    if (read.kind !== 'ok') return { ok: false, lines: [this.checkSave().message ?? A.noSavedGame] };
    const raw = this.store.getItem(SAVE_KEY) ?? JSON.stringify(read.save);
    const game = rebuildSavedGame(read.save, read.legacy);
    if (!game.ok) {
      this.saveNote = corruptMessage(game.reason, quarantineSave(this.store, raw));
      return { ok: false, lines: [this.saveNote] };
    }
    const session = this.begin(game.actor, game.scenarioId, game.scenario, game.settings);
    // A migrated old save is rewritten in the current format once its replay has proved it.
    if (read.legacy) writeSave(this.store, saveOf(session, new Date()));
    return { ok: true, value: session };
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
      writeSave(this.store, saveOf(session, new Date()));
    });
    this.saveNote = null;
    this.stopAutosave = () => sub.unsubscribe();
    this.actorChanged();
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
