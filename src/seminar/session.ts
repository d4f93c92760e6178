// The game window's side of a seminar: wraps the actor, answers the facilitator console over an
// injected channel, and owns pause, the turn timer, reveal, undo and the session log. No DOM and
// no real clock (both are passed in). Facilitator powers arrive ONLY as channel messages; the
// player UI goes through sendPlayer(), which refuses facilitator events and anything while paused.

import type { Actor, Snapshot } from 'xstate';
import type { gameMachine } from '../model/machine';
import { selectPhase } from '../model/selectors';
import type { GameContext, GameEvent } from '../model/types';
import { whyNot } from '../model/whyNot';
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
export type PersistedGame = Snapshot<unknown>;
export type Result = { ok: true } | { ok: false; reason: string };

export interface SessionOptions {
  sessionId: string;
  channel: ChannelLike;
  /** A started actor. After an undo the session works on the actor `onRestore` returns. */
  actor: GameActor;
  /** Wall clock in ms (Date.now in the browser, a fake in tests). */
  clock: () => number;
  minutesPerMonth: number;
  /** Recreate the game from a persisted snapshot and return the new, started actor. */
  onRestore: (persisted: PersistedGame) => GameActor;
  /** Told about every ignored message (wrong session, malformed, wrong side). */
  onIgnored?: (reason: string) => void;
  maxUndo?: number;
  /** Post the full state on the channel after every change (default true; a server has its own projections). */
  announce?: boolean;
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
    this.undo = new UndoStack(opts.maxUndo);
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

  /** Called after every change to the game or the seminar state (pause, timer, reveal, log, restore). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The only way player UI sends events: refused while paused, and never facilitator powers. */
  sendPlayer(event: GameEvent): Result {
    if (this.controls.paused) return { ok: false, reason: 'The facilitator has paused the session.' };
    if (event.type.startsWith('facilitator.')) {
      return { ok: false, reason: 'facilitator powers are only available from the facilitator console' };
    }
    const why = whyNot(this.current.getSnapshot(), event);
    if (why) return { ok: false, reason: why };
    this.current.send(event);
    return { ok: true };
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
      const reason = 'private notes are kept in the console only';
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
        const target = this.undo.takeBefore(this.persistedJson());
        if (target === null) return { ok: false, reason: 'nothing to undo yet' };
        this.restore(JSON.parse(target) as PersistedGame);
        return { ok: true };
      }
      default: {
        const event = modelEventFor(msg);
        if (!event) return { ok: false, reason: `"${msg.kind}" is not a facilitator action` };
        const why = whyNot(this.current.getSnapshot(), event);
        if (why) return { ok: false, reason: why };
        this.undo.push(this.persistedJson());
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
      detail: result.ok ? describeAction(msg, ctx) : `refused: ${result.reason}`,
      reason,
      outcome: result.ok ? 'applied' : 'refused',
    });
  }

  private restore(persisted: PersistedGame): void {
    const old = this.current;
    this.unsubscribeActor();
    const next = this.opts.onRestore(persisted);
    if (next !== old) old.stop();
    this.lastPlanningTurn = null;
    this.attach(next);
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
      this.undo.push(this.persistedJson());
      const t = timer.startTimer(this.opts.minutesPerMonth, this.opts.clock(), this.controls.paused);
      this.controls = { ...this.controls, timer: t };
    }
    if (phase === 'ended' || phase === 'setup' || phase === 'briefing') {
      this.controls = { ...this.controls, timer: timer.NO_TIMER };
    }
    if (!this.quiet) this.changed();
  }

  private persistedJson(): string {
    return JSON.stringify(this.current.getPersistedSnapshot());
  }

  private changed(): void {
    this.postState();
    for (const l of this.listeners) l();
  }

  private postState(): void {
    if (this.opts.announce === false) return;
    const snapshot = JSON.parse(this.persistedJson()) as Record<string, unknown>;
    this.post({ kind: 'state', snapshot, seminar: this.seminarState() });
  }

  private post(body: GameBody): void {
    this.sent += 1;
    this.opts.channel.postMessage(envelope(this.opts.sessionId, `g${this.sent}`, body));
  }
}
