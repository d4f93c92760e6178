// Replay files and branches as games of the app: a loaded replay file or a branch from a past month
// becomes the current session (through App.adopt, so autosave works as for any game), and a branch
// remembers the game it was cut from so the debrief can compare the two.

import { branchFrom, parseReplay, replayGame, type ScenarioResolver, snapshotHash } from '../report';
import type { GameContext } from '../model';
import { loadShippedScenario } from './scenarios';
import type { App, GameSession, Result } from './session';
import { app as A } from '../strings';

export const resolveShipped: ScenarioResolver = (id) => {
  const s = loadShippedScenario(id);
  return s.ok ? s.value : null;
};

export interface BranchOrigin {
  /** The original game as it was when the branch was cut. */
  original: GameContext;
  /** The month (turn) the branch replays differently from. */
  turn: number;
}

const origins = new WeakMap<GameSession, BranchOrigin>();

/** The game this session was branched from, if it is a branch. */
export function branchOrigin(session: GameSession | null): BranchOrigin | null {
  return session ? (origins.get(session) ?? null) : null;
}

/** Reads a replay file's text and, if it plays back, makes it the current game. Never throws. */
export function loadReplayText(app: App, text: string): Result<GameSession> {
  const parsed = parseReplay(text);
  if (!parsed.ok) return { ok: false, lines: [parsed.message] };
  const run = replayGame(parsed.replay, resolveShipped);
  if (!run.ok) return { ok: false, lines: [run.message] };
  const { replay } = parsed;
  const session = app.adopt(run.actor, replay.scenario, run.context.scenario, replay.settings);
  session.messages = replay.messages ?? [];
  return { ok: true, value: session };
}

/** Starts a branch of the current game at the planning of month `turn`; it becomes the current game. */
export function branchCurrent(app: App, turn: number): Result<GameSession> {
  const s = app.session;
  if (!s) return { ok: false, lines: [A.noGameToBranch] };
  const original = s.actor.getSnapshot().context;
  const settings = original.inputSettings;
  const r = branchFrom({ scenario: s.scenario, settings }, original.decisions, turn);
  if (!r.ok) return { ok: false, lines: [r.message] };
  const session = app.adopt(r.actor, s.scenarioId, s.scenario, settings);
  origins.set(session, { original, turn });
  return { ok: true, value: session };
}

/** The current game's fingerprint hash (the test hook compares it with a node replay). */
export function currentHash(app: App): string | null {
  return app.session ? snapshotHash(app.session.actor.getSnapshot().context) : null;
}
