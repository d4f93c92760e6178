// Replaying a game: a fresh actor from the scenario and settings is fed the decisions in order,
// each of which must be accepted again. The one way a game is rebuilt, for replay files, saves,
// undo and the facilitator console. Also the game's fingerprint, a stable hash over a canonical JSON
// of what the game reached, so a browser game and a node replay can be compared.

import { type Actor, createActor } from 'xstate';
import type { ResolvedScenario } from '../model';
import { gameMachine } from '../model';
import type { GameContext, GameEvent, GameInput } from '../model';
import type { ReplayFile } from './replayFile';
import * as W from '../strings/report';

export type GameActor = Actor<typeof gameMachine>;

/** Finds a scenario by id (for example `loadShippedScenario`), or null when there is none. */
export type ScenarioResolver = (id: string) => ResolvedScenario | null;

export type ReplayRun = { ok: true; actor: GameActor; context: GameContext } | { ok: false; message: string };

/**
 * Feeds `events` to `actor` in order. Each must be accepted (the decision log grows by one and the
 * actor does not fail); otherwise the message says which one was refused.
 */
export function feed(actor: GameActor, events: readonly GameEvent[]): { ok: true } | { ok: false; message: string } {
  for (let i = 0; i < events.length; i++) {
    const before = actor.getSnapshot().context.decisions.length;
    actor.send(events[i]);
    const snap = actor.getSnapshot();
    if (snap.status === 'error') return { ok: false, message: W.replay.broke(i + 1, events[i].type) };
    if (snap.context.decisions.length !== before + 1) {
      return {
        ok: false,
        message: W.replay.refused(i + 1, events[i].type, snap.context.turn),
      };
    }
  }
  return { ok: true };
}

/** A fresh actor from `input`, started and fed `events` (every one must be accepted). Never throws. */
export function replayDecisions(input: GameInput, events: readonly GameEvent[]): ReplayRun {
  let actor: GameActor | null = null;
  try {
    actor = createActor(gameMachine, { input }).start();
    const fed = feed(actor, events);
    if (!fed.ok) {
      actor.stop();
      return { ok: false, message: W.replay.notPlayed(fed.message) };
    }
    return { ok: true, actor, context: actor.getSnapshot().context };
  } catch (e) {
    actor?.stop();
    return { ok: false, message: W.replay.notPlayed(e instanceof Error ? e.message : String(e)) };
  }
}

/** Rebuilds the game a replay file describes. Never throws. */
export function replayGame(replay: ReplayFile, resolveScenario: ScenarioResolver): ReplayRun {
  let scenario: ResolvedScenario | null;
  try {
    scenario = resolveScenario(replay.scenario);
  } catch {
    scenario = null;
  }
  if (!scenario) return { ok: false, message: W.replay.noScenario(replay.scenario) };
  return replayDecisions({ scenario, settings: replay.settings }, replay.decisions);
}

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The part of a game that two runs must agree on to be the same game. */
export function fingerprint(ctx: GameContext) {
  return {
    turn: ctx.turn,
    meters: ctx.meters,
    milestones: ctx.milestones,
    ending: ctx.ending,
    history: ctx.history.map((h) => h.meters),
    decisions: ctx.decisions.length,
  };
}

/** A stable hash of the game's state: equal for the same game in any runtime. */
export function snapshotHash(ctx: GameContext): string {
  return fnv1a(canonicalJson(fingerprint(ctx)));
}
