// One networked table: the authoritative game (today's SeminarSession around a gameMachine actor)
// plus the messages between its delegations and the activity a grader needs. Every change comes
// in as a record (see record.ts) and apply() is the only door, live and on replay; a record's own
// time is the clock while it applies, so a replayed log rebuilds the table exactly.

import { createActor } from 'xstate';
import { gameMachine } from '../model/machine';
import { monthLabel, monthOfTurn } from '../model/rules/calendar';
import type { GameEvent } from '../model/types';
import type { DebriefMessage } from '../report/messages';
import { envelope } from '../seminar/protocol';
import { SeminarSession } from '../seminar/session';
import { sessionSetup } from '../seminar/setup';
import type { Audience, Role } from './inbound';
import type { NewRecord, TableRecord } from './record';

export interface Said {
  seq: number;
  at: number;
  /** The game's turn when it was written, and that month's label. */
  turn: number;
  month: string;
  by: Role;
  to: Audience;
  text: string;
}

/** One graded act of a seat: a decision, an answer (with its rationale) or a message. */
export interface Act {
  seq: number;
  at: number;
  month: string;
  by: Role;
  kind: 'decision' | 'answer' | 'message' | 'console';
  /** For messages: to whom. */
  to: Audience | '';
  detail: string;
  /** For answers: given before the month's timer ran out (null when no timer ran). */
  onTime: boolean | null;
  rationaleChars: number;
}

export type Applied = { ok: true; seq: number } | { ok: false; reason: string };

/** Undo points a networked table keeps (the single-machine seminar keeps 80). */
export const UNDO_POINTS = 24;

const NO_CHANNEL = { postMessage: () => {}, onmessage: null };

/** A seat reads a message it wrote, one addressed to it or to all; the facilitator reads every one. */
export function canRead(role: Role, m: Pick<Said, 'by' | 'to'>): boolean {
  return role === 'facilitator' || m.by === role || m.to === 'all' || m.to === role;
}

export class Table {
  readonly sessionId: string;
  readonly session: SeminarSession;
  readonly said: Said[] = [];
  readonly acts: Act[] = [];
  private fixedAt: number | null = null;
  private accepted = 0;

  constructor(
    readonly code: string,
    readonly id: string,
    private readonly wallClock: () => number,
  ) {
    const setup = sessionSetup(code);
    if (!setup.ok) throw new Error(`table ${id}: ${setup.error}`);
    this.sessionId = `${code}.${id}`;
    const actor = createActor(gameMachine, { input: setup.input }).start();
    actor.send({ type: 'setup.confirm' });
    this.session = new SeminarSession({
      sessionId: this.sessionId,
      channel: NO_CHANNEL,
      actor,
      clock: () => this.fixedAt ?? this.wallClock(),
      scenarioId: setup.params.scenario,
      minutesPerMonth: setup.minutesPerMonth,
      announce: false,
      // Undo points are decision cursors now (an undo replays the game); 24 is three a month.
      maxUndo: UNDO_POINTS,
    });
  }

  get seq(): number {
    return this.accepted;
  }

  get snapshot() {
    return this.session.actor.getSnapshot();
  }

  private month(): string {
    const ctx = this.snapshot.context;
    return monthLabel(monthOfTurn(ctx.scenario.start, ctx.turn));
  }

  /** Apply one record at its own time; the seat's rights were checked before. */
  apply(rec: NewRecord): Applied {
    this.fixedAt = rec.at;
    try {
      const turn = this.snapshot.context.turn;
      const month = this.month();
      const left = this.session.timeLeftMs();
      const r = this.dispatch(rec);
      if (!r.ok) return r;
      this.accepted += 1;
      this.note(rec, turn, month, left);
      return { ok: true, seq: this.accepted };
    } finally {
      this.fixedAt = null;
    }
  }

  private dispatch(rec: NewRecord): { ok: true } | { ok: false; reason: string } {
    switch (rec.kind) {
      case 'play':
        return this.session.sendPlayer(rec.event as unknown as GameEvent);
      case 'console':
        return this.session.receive(envelope(this.sessionId, `c${this.accepted + 1}`, rec.action));
      case 'say':
        return { ok: true };
    }
  }

  private note(rec: NewRecord, turn: number, month: string, left: number | null): void {
    const base = { seq: this.accepted, at: rec.at, month, by: rec.by };
    if (rec.kind === 'say') {
      this.said.push({ ...base, turn, to: rec.to, text: rec.text });
      this.acts.push({
        ...base,
        kind: 'message',
        to: rec.to,
        detail: rec.text,
        onTime: null,
        rationaleChars: 0,
      });
      return;
    }
    if (rec.kind === 'console') {
      this.acts.push({
        ...base,
        kind: 'console',
        to: '',
        detail: String(rec.action.kind),
        onTime: null,
        rationaleChars: 0,
      });
      return;
    }
    const e = rec.event as unknown as GameEvent;
    if (e.type === 'proposal.answer') {
      const rationale = e.rationale ?? '';
      this.acts.push({
        ...base,
        kind: 'answer',
        to: '',
        detail: `${e.proposal}: ${e.answer}${rationale ? ` — ${rationale}` : ''}`,
        onTime: left === null ? null : left > 0,
        rationaleChars: rationale.length,
      });
    } else
      this.acts.push({ ...base, kind: 'decision', to: '', detail: describeEvent(e), onTime: null, rationaleChars: 0 });
  }

  /** The messages `role` may read, as a replay file and the debrief keep them. */
  messagesFor(role: Role): DebriefMessage[] {
    return this.said.filter((m) => canRead(role, m)).map(({ turn, by, to, text }) => ({ turn, by, to, text }));
  }

  /** Rebuild a table from its log; stops at the first record the game no longer accepts. */
  static replay(
    code: string,
    id: string,
    records: readonly TableRecord[],
    wallClock: () => number,
  ): { table: Table; problem: string | null } {
    const table = new Table(code, id, wallClock);
    for (const rec of records) {
      const { seq, ...rest } = rec;
      const r = table.apply(rest as NewRecord);
      if (!r.ok) return { table, problem: `record ${seq} (${rec.kind}) was refused on replay: ${r.reason}` };
    }
    return { table, problem: null };
  }
}

function describeEvent(e: GameEvent): string {
  const { type, ...rest } = e as GameEvent & Record<string, unknown>;
  const parts = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  return parts.length ? `${type} ${parts.join(' ')}` : type;
}
