// Seminar mode in the game window: makes the SeminarSession for a session id (a session code,
// optionally with a table suffix), keeps app.session pointing at the session's current actor
// (undo swaps it), and routes every player and delegation event through sendPlayer. One seminar
// at a time; it ends when the app starts any other game.

import { createActor } from 'xstate';
import { type GameEvent, gameMachine } from '../model';
import { neutraliseControls } from '../report/safeText';
import { type ChannelLike, openChannel } from '../seminar/channel';
import { parseConsoleMessage, sessionIdSchema } from '../seminar/protocol';
import { type GameActor, type Result, SeminarSession } from '../seminar/session';
import { codeOfSessionId } from '../seminar/sessionCode';
import { type SessionSetup, sessionSetup } from '../seminar/setup';
import type { App } from './session';

export type ReadySetup = Extract<SessionSetup, { ok: true }>;

/** The console counts as connected while it has been heard from within this many ms. */
const CONNECTED_MS = 25_000;

export class SeminarMode {
  readonly session: SeminarSession;
  private heardAt: number | null = null;
  private readonly channel: ChannelLike & { close(): void };

  constructor(
    app: App,
    readonly sessionId: string,
    readonly setup: ReadySetup,
  ) {
    const raw = openChannel(sessionId);
    this.channel = raw;
    // A tap between the BroadcastChannel and the session: notes when the console was last heard.
    const tapped: ChannelLike = { postMessage: (d) => raw.postMessage(d), onmessage: null };
    raw.onmessage = (ev) => {
      if (parseConsoleMessage(ev.data, sessionId).ok) this.heardAt = Date.now();
      tapped.onmessage?.(ev);
    };
    const actor = createActor(gameMachine, { input: setup.input }).start();
    actor.send({ type: 'setup.confirm' });
    app.end();
    app.session = {
      actor,
      scenarioId: setup.params.scenario,
      scenario: setup.input.scenario,
      settings: setup.input.settings,
    };
    this.session = new SeminarSession({
      sessionId,
      scenarioId: setup.params.scenario,
      channel: tapped,
      actor,
      clock: Date.now,
      minutesPerMonth: setup.preset.minutesPerMonth,
      onRestore: (a: GameActor) => {
        if (app.session) app.session.actor = a;
        app.actorChanged();
      },
    });
  }

  get code(): string {
    return codeOfSessionId(this.sessionId);
  }

  /** A facilitator console has been heard from recently. */
  connected(now = Date.now()): boolean {
    return this.heardAt !== null && now - this.heardAt < CONNECTED_MS;
  }

  dispose(): void {
    this.session.dispose();
    this.channel.close();
  }
}

let current: SeminarMode | null = null;
let pending: string | null = null;

/** Checks a typed or linked session id; null when it can start a game, else plain words. */
export function seminarProblem(sessionId: string): string | null {
  const id = sessionId.trim();
  if (id === '') return 'the session code is empty';
  const setup = sessionSetup(codeOfSessionId(id));
  if (!setup.ok) return setup.error;
  if (!sessionIdSchema.safeParse(id).success) return 'a table suffix is a dot and a number, like .2';
  return null;
}

/** Start (or restart) the seminar for a session id; the app's session becomes its game. */
export function startSeminar(
  app: App,
  sessionId: string,
): { ok: true; seminar: SeminarMode } | { ok: false; error: string } {
  const id = sessionId.trim();
  const problem = seminarProblem(id);
  if (problem) return { ok: false, error: problem };
  const setup = sessionSetup(codeOfSessionId(id)) as ReadySetup;
  current?.dispose();
  current = null;
  current = new SeminarMode(app, id, setup);
  app.actorChanged();
  return { ok: true, seminar: current };
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
  if (seminar) return seminar.session.sendPlayer(event);
  const actor = app.session?.actor;
  if (!actor?.getSnapshot().can(event)) return { ok: false, reason: 'not possible now' };
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
