// Seminar mode in the game window: makes the SeminarSession for a session id (a session code,
// optionally with a table suffix), keeps app.session pointing at the session's current actor
// (undo swaps it), and routes every player and delegation event through sendPlayer. One seminar
// at a time; it ends when the app starts any other game. Every change is autosaved under the
// session id (app/seminarSave.ts), and opening the same session id again resumes it: the game
// replayed from its decisions, the facilitator log, pause, reveal, timer and undo points. Only one
// window of the browser runs a session id (seminar/leader.ts): another one opened on it obeys no
// console, answers no brief window and saves nothing, and the HUD says why.

import { createActor } from 'xstate';
import { type GameEvent, gameMachine, type ResolvedScenario } from '../model';
import { FILE_SCENARIO_PREFIX, scenarioSourceOf } from './scenarioFile';
import { saveOf } from './session';
import { rebuildSavedGame } from './savedGame';
import {
  readSeminarSave,
  type SeminarKeys,
  type SeminarSave,
  setSeminarSaveAside,
  writeSeminarSave,
} from './seminarSave';
import { neutraliseControls } from '../report/safeText';
import { BriefRelay, type BriefSeat } from './briefRelay';
import { briefChannelName, type ChannelLike, openChannel, openNamedChannel } from '../seminar/channel';
import { claimLeadership, type Leadership, type LockManagerLike } from '../seminar/leader';
import { parseConsoleMessage, sessionIdSchema } from '../seminar/protocol';
import { type GameActor, type Result, SeminarSession, type SessionMemory } from '../seminar/session';
import { codeOfSessionId, consoleUrl } from '../seminar/sessionCode';
import { type SessionSetup, sessionSetupFrom } from '../seminar/setupFrom';
import { loadShippedScenario } from './scenarios';
import type { App } from './session';
import { app as A } from '../strings';

export type ReadySetup = Extract<SessionSetup, { ok: true }>;

/** What a resumed seminar starts from: its autosave, with the game already replayed. */
export interface Resumed {
  actor: GameActor;
  /** The scenario the autosave's game was played with (a scenario file's comes from the save). */
  scenario: ResolvedScenario;
  memory: SessionMemory;
  keys: SeminarKeys;
  briefWindows: SeminarSave['briefWindows'];
}

/** An unguessable key (128 bits, base64url) from the browser's CSPRNG. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The console counts as connected while it has been heard from within this many ms. */
const CONNECTED_MS = 25_000;

export class SeminarMode {
  readonly session: SeminarSession;
  readonly keys: SeminarKeys;
  readonly briefWindows: Set<BriefSeat>;
  private heardAt: number | null = null;
  private readonly channel: ChannelLike & { close(): void };
  private readonly briefChannels: (ChannelLike & { close(): void })[] = [];
  private relay: BriefRelay | null = null;
  private readonly stopSaving: () => void;
  private saveFailed = false;
  /** Whether this window runs the seminar; until the browser answers, console messages wait. */
  leadership: Leadership = 'pending';
  private waiting: { data: unknown }[] = [];
  private readonly releaseLead: () => void;

  constructor(
    private readonly app: App,
    readonly sessionId: string,
    readonly setup: ReadySetup,
    resumed: Resumed | null = null,
  ) {
    this.keys = resumed?.keys ?? { facilitator: newKey(), seoul: newKey(), tokyo: newKey() };
    this.briefWindows = new Set(resumed?.briefWindows ?? []);
    const raw = openChannel(sessionId, this.keys.facilitator);
    this.channel = raw;
    // A tap between the BroadcastChannel and the session: notes when the console was last heard.
    // Only the window that runs the seminar hears the console and answers it (it announces its
    // state as soon as the browser says it runs it).
    const tapped: ChannelLike = {
      postMessage: (d) => {
        if (this.leadership === 'leader') raw.postMessage(d);
      },
      onmessage: null,
    };
    raw.onmessage = (ev) => {
      if (this.leadership === 'pending') return void this.waiting.push(ev);
      if (this.leadership === 'elsewhere') return;
      if (parseConsoleMessage(ev.data, sessionId).ok) this.heardAt = Date.now();
      tapped.onmessage?.(ev);
    };
    const actor = resumed?.actor ?? createActor(gameMachine, { input: setup.input }).start();
    if (!resumed) actor.send({ type: 'setup.confirm' });
    app.end();
    const file = scenarioSourceOf(setup.input.scenario);
    // a file game is saved under `file:<scenario id>` with its file, as a solo file game is
    const scenarioId = file ? `${FILE_SCENARIO_PREFIX}${setup.input.scenario.id}` : setup.params.scenario;
    app.session = {
      actor,
      scenarioId,
      scenario: setup.input.scenario,
      settings: setup.input.settings,
    };
    this.session = new SeminarSession({
      sessionId,
      scenarioId,
      ...(file && { scenarioFile: file }),
      channel: tapped,
      actor,
      clock: Date.now,
      minutesPerMonth: setup.minutesPerMonth,
      memory: resumed?.memory,
      onRestore: (a: GameActor) => {
        if (app.session) app.session.actor = a;
        app.actorChanged();
      },
    });
    this.stopSaving = this.session.subscribe(() => this.save());
    const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
    this.releaseLead = claimLeadership(locks, sessionId, (l) => this.lead(l));
  }

  /** The browser's answer: run the seminar here, or stand aside for the window that runs it. */
  private lead(l: Exclude<Leadership, 'pending'>): void {
    this.leadership = l;
    const waiting = this.waiting.splice(0);
    if (l === 'leader') {
      this.relay = new BriefRelay(
        this.session,
        (seat) => {
          const c = openNamedChannel(briefChannelName(this.sessionId, seat, this.keys[seat]));
          this.briefChannels.push(c);
          return c;
        },
        this.briefWindows,
        () => this.session.notify(),
      );
      this.save();
      for (const ev of waiting) this.channel.onmessage?.(ev);
    }
    this.session.notify();
  }

  /** Another window of this browser runs this session id: this one only says so. */
  get elsewhere(): boolean {
    return this.leadership === 'elsewhere';
  }

  /** The link of a delegation's brief window (relative to the game page), with that seat's key only. */
  briefLink(seat: BriefSeat): string {
    return `table.html?session=${encodeURIComponent(this.sessionId)}&seat=${seat}#key=${encodeURIComponent(this.keys[seat])}`;
  }

  /** This delegation's private brief opens in its own window: the projected window never draws it. */
  briefAway(seat: string): boolean {
    return this.briefWindows.has(seat as BriefSeat);
  }

  /** Writes the autosave: the game as a replay and the seminar's memory. A failure is said once. */
  save(): void {
    const session = this.app.session;
    if (!session || this.leadership !== 'leader') return;
    try {
      this.write(session);
      this.saveFailed = false;
    } catch (e) {
      if (this.saveFailed) return;
      this.saveFailed = true;
      const why = e instanceof Error && e.name === 'QuotaExceededError' ? A.seminar.storageFull : String(e);
      this.app.live.say(A.seminar.notAutosaved(why));
    }
  }

  private write(session: NonNullable<App['session']>): void {
    writeSeminarSave(this.app.store, {
      version: 1,
      sessionId: this.sessionId,
      game: saveOf({ ...session, actor: this.session.actor }, new Date()),
      memory: this.session.memory(),
      keys: this.keys,
      briefWindows: [...this.briefWindows],
    });
  }

  /** The facilitator console's link for this seminar (relative to the game page). */
  consoleLink(): string {
    return consoleUrl(this.sessionId, this.keys.facilitator);
  }

  /** The name of the console's window: opening the link again reaches (or reopens) the same one. */
  get consoleWindowName(): string {
    return `mf-console-${this.sessionId}`;
  }

  get code(): string {
    return codeOfSessionId(this.sessionId);
  }

  /** A facilitator console has been heard from recently. */
  connected(now = Date.now()): boolean {
    return this.heardAt !== null && now - this.heardAt < CONNECTED_MS;
  }

  dispose(): void {
    this.stopSaving();
    this.releaseLead();
    this.relay?.dispose();
    for (const c of this.briefChannels) c.close();
    this.session.dispose();
    this.channel.close();
  }
}

let current: SeminarMode | null = null;
let pending: string | null = null;

/** Checks a typed or linked session id; null when it can start a game, else plain words. */
export function seminarProblem(sessionId: string): string | null {
  const id = sessionId.trim();
  if (id === '') return A.seminar.codeEmpty;
  const setup = sessionSetupFrom(loadShippedScenario, codeOfSessionId(id));
  if (!setup.ok) return setup.error;
  if (!sessionIdSchema.safeParse(id).success) return A.seminar.badSuffix;
  return null;
}

export type Started =
  | { ok: true; seminar: SeminarMode; resumed: boolean; note: string | null }
  | { ok: false; error: string };

/** The autosave of this session id replayed, or null (with why, when there was one that failed). */
function resumeFrom(app: App, id: string): { resumed: Resumed | null; note: string | null } {
  const read = readSeminarSave(app.store, id);
  if (read.kind === 'none') return { resumed: null, note: null };
  const rebuilt = read.kind === 'ok' ? rebuildSavedGame(read.save.game) : { ok: false as const, reason: read.reason };
  if (read.kind === 'ok' && rebuilt.ok) {
    const { memory, keys, briefWindows } = read.save;
    return { resumed: { actor: rebuilt.actor, scenario: rebuilt.scenario, memory, keys, briefWindows }, note: null };
  }
  const aside = setSeminarSaveAside(app.store, id);
  const reason = rebuilt.ok ? A.seminar.unreadable : rebuilt.reason;
  return { resumed: null, note: A.seminar.notResumed(reason, aside) };
}

/**
 * Start the seminar for a session id; the app's session becomes its game. Unless `fresh`, an
 * autosave of the same session id is resumed (a reload of the game window lands here). A code
 * for a scenario file needs that file: `scenario`, or the one the autosave carries.
 */
export function startSeminar(
  app: App,
  sessionId: string,
  opts: { fresh?: boolean; scenario?: ResolvedScenario } = {},
): Started {
  const id = sessionId.trim();
  if (id === '') return { ok: false, error: A.seminar.codeEmpty };
  if (!sessionIdSchema.safeParse(id).success) {
    return { ok: false, error: seminarProblem(id) ?? A.seminar.badSuffix };
  }
  const { resumed, note } = opts.fresh ? { resumed: null, note: null } : resumeFrom(app, id);
  const setup = sessionSetupFrom(loadShippedScenario, codeOfSessionId(id), opts.scenario ?? resumed?.scenario);
  if (!setup.ok) {
    resumed?.actor.stop();
    return { ok: false, error: setup.error };
  }
  current?.dispose();
  current = null;
  current = new SeminarMode(app, id, setup, resumed);
  app.actorChanged();
  return { ok: true, seminar: current, resumed: resumed !== null, note };
}

/** The running seminar, or null; a seminar whose game the app no longer shows is closed here. */
export function activeSeminar(app: App): SeminarMode | null {
  if (!current) return null;
  if (app.session?.actor === current.session.actor) return current;
  current.dispose();
  current = null;
  return null;
}

/** Send a player or delegation event: through the seminar when one runs, else to the solo game. */
export function sendGame(app: App, typed: GameEvent): Result {
  const event =
    typed.type === 'proposal.answer' && typed.rationale
      ? { ...typed, rationale: neutraliseControls(typed.rationale) }
      : typed;
  const seminar = activeSeminar(app);
  if (seminar?.elsewhere) return { ok: false, reason: A.seminar.elsewhere };
  if (seminar) return seminar.session.sendPlayer(event);
  const actor = app.session?.actor;
  if (!actor?.getSnapshot().can(event)) return { ok: false, reason: A.seminar.notNow };
  actor.send(event);
  return { ok: true };
}

/** main.ts hands over `?session=` here; the title screen takes it once. */
export function setPendingSeminar(sessionId: string | null): void {
  pending = sessionId;
}

export function takePendingSeminar(): string | null {
  const p = pending;
  pending = null;
  return p;
}
