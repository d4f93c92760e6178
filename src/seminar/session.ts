// The game window's side of a seminar: wraps the actor, answers the facilitator console over an
// injected channel, and owns pause, the turn timer, reveal, undo and the session log. No DOM and
// no real clock (both are passed in). Facilitator powers arrive ONLY as channel messages; the
// player UI goes through sendPlayer(), which refuses facilitator events, seat changes and anything
// while paused.
// The console gets the game as a replay (scenario id and hash, settings, decisions) and rebuilds
// it; undo replays the first decisions up to a cursor (report/replay, the one replay path).

import type { Actor } from 'xstate';
import type { gameMachine } from '../model';
import { selectPhase } from '../model';
import type { GameContext, GameEvent } from '../model';
import { whyNot } from '../model';
import { replayDecisions } from '../report/replay';
import { toReplay } from '../report/replayFile';
import { scenarioHash } from '../report/scenarioHash';
import { action, refuse } from '../strings/session';
import { describeAction, modelEventFor, monthOf, reasonOf } from './actions';
import type { ChannelLike } from './channel';
import { applyControl, type Controls, INITIAL_CONTROLS, isControl } from './controls';
import {
  type ConsoleMessage,
  envelope,
  type GameBody,
  type LogEntry,
  parseConsoleMessage,
  type SeminarState,
} from './protocol';
import * as timer from './timer';
import { UndoStack } from './undo';

export type GameActor = Actor<typeof gameMachine>;
export type Result = { ok: true } | { ok: false; reason: string };

export interface SessionOptions {
  sessionId: string;
  /** The shipped scenario's id, which the console resolves to rebuild the game. */
  scenarioId: string;
  channel: ChannelLike;
  /** A started actor. After an undo the session works on a replayed one (announced by `onRestore`). */
  actor: GameActor;
  /** Wall clock in ms (Date.now in the browser, a fake in tests). */
  clock: () => number;
  minutesPerMonth: number;
  /** Told when an undo replaced the game by a new, started actor (replayed up to the undo point). */
  onRestore?: (actor: GameActor) => void;
  /** Told about every ignored message (wrong session, malformed, wrong side). */
  onIgnored?: (reason: string) => void;
  maxUndo?: number;
  /** Post the full state on the channel after every change (default true; a server has its own projections). */
  announce?: boolean;
  /** What an earlier window of this seminar remembered (its autosave): log, controls, undo points. */
  memory?: SessionMemory;
  /** The scenario file a file game was started from; the console rebuilds the game with it. */
  scenarioFile?: { name: string; text: string };
}

/**
 * The seminar's own state beside the game, as an autosave keeps it: the facilitator log, pause,
 * reveal and the turn timer (a deadline is wall time, so it runs on through a reload), the undo
 * cursors and the month whose planning last started the timer (so a resumed month keeps its timer).
 */
export interface SessionMemory {
  log: LogEntry[];
  controls: Controls;
  undo: number[];
  planningTurn: number | null;
}

export class SeminarSession {
  private current: GameActor;
  private unsubscribeActor: () => void = () => {};
  private controls: Controls = INITIAL_CONTROLS;
  private readonly undo: UndoStack;
  private readonly entries: LogEntry[] = [];
  private readonly listeners = new Set<() => void>();
  private lastPlanningTurn: number | null = null;
  private quiet = false;
  private sent = 0;

  constructor(private readonly opts: SessionOptions) {
    const kept = opts.memory;
    this.undo = new UndoStack(opts.maxUndo, kept?.undo);
    if (kept) {
      this.entries.push(...kept.log.map((e) => ({ ...e })));
      this.controls = { ...kept.controls, timer: { ...kept.controls.timer } };
      this.lastPlanningTurn = kept.planningTurn;
    }
    this.current = opts.actor;
    opts.channel.onmessage = (ev) => {
      this.receive(ev.data);
    };
    this.attach(opts.actor);
  }

  get actor(): GameActor {
    return this.current;
  }
  get sessionId(): string {
    return this.opts.sessionId;
  }
  isPaused(): boolean {
    return this.controls.paused;
  }
  isRevealed(): boolean {
    return this.controls.revealed;
  }
  timeLeftMs(): number | null {
    return timer.remainingMs(this.controls.timer, this.opts.clock());
  }
  log(): LogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }
  get undoDepth(): number {
    return this.undo.depth;
  }

  /** What an autosave keeps besides the game (see SessionMemory). */
  memory(): SessionMemory {
    return {
      log: this.log(),
      controls: { ...this.controls, timer: { ...this.controls.timer } },
      undo: this.undo.list(),
      planningTurn: this.lastPlanningTurn,
    };
  }

  /** Called after every change to the game or the seminar state (pause, timer, reveal, log, restore). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The only way player UI sends events: refused while paused, and never facilitator powers. */
  sendPlayer(event: GameEvent): Result {
    if (this.controls.paused) return { ok: false, reason: refuse.paused };
    if (event.type.startsWith('facilitator.') || event.type === 'seat.assign') {
      return { ok: false, reason: refuse.facilitatorOnly };
    }
    const why = whyNot(this.current.getSnapshot(), event);
    if (why) return { ok: false, reason: why };
    this.current.send(event);
    return { ok: true };
  }

  /** Tells the listeners (and the console) that something beside the game changed, e.g. a brief window opened. */
  notify(): void {
    this.changed();
  }

  seminarState(): SeminarState {
    const now = this.opts.clock();
    return {
      paused: this.controls.paused,
      deadline: this.controls.timer.deadline,
      remainingMs: timer.remainingMs(this.controls.timer, now),
      minutesPerMonth: this.opts.minutesPerMonth,
      revealed: this.controls.revealed,
      undoDepth: this.undo.depth,
      log: this.log(),
      sentAt: now,
    };
  }

  /** Handle one raw channel message; returns what happened (the channel's onmessage calls this). */
  receive(data: unknown): Result {
    const parsed = parseConsoleMessage(data, this.opts.sessionId);
    if (!parsed.ok) {
      this.opts.onIgnored?.(parsed.reason);
      return parsed;
    }
    const msg = parsed.message;
    if (msg.kind === 'requestState') {
      this.postState();
      return { ok: true };
    }
    if (msg.kind === 'note') {
      const reason = refuse.notesStay;
      this.opts.onIgnored?.(reason);
      return { ok: false, reason };
    }
    const before = this.current.getSnapshot().context;
    this.quiet = true;
    let result: Result;
    try {
      result = this.apply(msg);
    } finally {
      this.quiet = false;
    }
    this.record(msg, result, before);
    this.post(
      result.ok
        ? { kind: 'ack', re: msg.id, of: msg.kind }
        : { kind: 'refused', re: msg.id, of: msg.kind, reason: result.reason },
    );
    this.changed();
    return result;
  }

  dispose(): void {
    this.unsubscribeActor();
    this.opts.channel.onmessage = null;
    this.listeners.clear();
  }

  private apply(msg: ConsoleMessage): Result {
    const now = this.opts.clock();
    if (isControl(msg)) {
      const r = applyControl(this.controls, msg, now);
      if (r.ok) this.controls = r.next;
      return r.ok ? { ok: true } : r;
    }
    switch (msg.kind) {
      case 'undo': {
        const target = this.undo.takeBefore(this.cursor());
        if (target === null) return { ok: false, reason: refuse.nothingToUndo };
        return this.restore(target);
      }
      default: {
        const event = modelEventFor(msg);
        if (!event) return { ok: false, reason: refuse.notAnAction(msg.kind) };
        const why = whyNot(this.current.getSnapshot(), event);
        if (why) return { ok: false, reason: why };
        this.undo.push(this.cursor());
        this.current.send(event);
        return { ok: true };
      }
    }
  }

  private record(msg: ConsoleMessage, result: Result, ctx: GameContext): void {
    const reason = reasonOf(msg);
    this.entries.push({
      seq: this.entries.length + 1,
      turn: ctx.turn,
      month: monthOf(ctx),
      at: this.opts.clock(),
      kind: msg.kind,
      detail: result.ok ? describeAction(msg, ctx) : action.refused(result.reason),
      reason,
      outcome: result.ok ? 'applied' : 'refused',
    });
  }

  /** Replaces the game by a replay of its first `cursor` decisions. */
  private restore(cursor: number): Result {
    const old = this.current;
    const ctx = old.getSnapshot().context;
    const events = ctx.decisions.slice(0, cursor).map((d) => d.event);
    const run = replayDecisions({ scenario: ctx.scenario, settings: ctx.inputSettings }, events);
    if (!run.ok) return { ok: false, reason: refuse.notRebuilt(run.message) };
    this.unsubscribeActor();
    old.stop();
    this.lastPlanningTurn = null;
    // The session's actor is the new one before anyone hears of it, so a listener that compares
    // the app's game with the session's (the HUD, the router) sees them agree.
    this.current = run.actor;
    this.opts.onRestore?.(run.actor);
    this.attach(run.actor);
    return { ok: true };
  }

  private attach(actor: GameActor): void {
    this.current = actor;
    const sub = actor.subscribe(() => this.onGameChange());
    this.unsubscribeActor = () => sub.unsubscribe();
    this.onGameChange();
  }

  private onGameChange(): void {
    const snap = this.current.getSnapshot();
    const phase = selectPhase(snap);
    if (phase === 'planning' && snap.context.turn !== this.lastPlanningTurn) {
      this.lastPlanningTurn = snap.context.turn;
      this.undo.push(this.cursor());
      const t = timer.startTimer(this.opts.minutesPerMonth, this.opts.clock(), this.controls.paused);
      this.controls = { ...this.controls, timer: t };
    }
    if (phase === 'ended' || phase === 'setup' || phase === 'briefing') {
      this.controls = { ...this.controls, timer: timer.NO_TIMER };
    }
    if (!this.quiet) this.changed();
  }

  /** How many decisions the game has: an undo point. */
  private cursor(): number {
    return this.current.getSnapshot().context.decisions.length;
  }

  private changed(): void {
    this.postState();
    for (const l of this.listeners) l();
  }

  private postState(): void {
    if (this.opts.announce === false) return;
    const ctx = this.current.getSnapshot().context;
    const game = {
      replay: toReplay(ctx, this.opts.scenarioId),
      scenarioHash: scenarioHash(ctx.scenario),
      ...(this.opts.scenarioFile && { scenarioFile: this.opts.scenarioFile }),
    };
    this.post({ kind: 'state', game, seminar: this.seminarState() });
  }

  private post(body: GameBody): void {
    this.sent += 1;
    this.opts.channel.postMessage(envelope(this.opts.sessionId, `g${this.sent}`, body));
  }
}
