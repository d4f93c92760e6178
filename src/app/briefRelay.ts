// The delegations' brief windows on the seminar laptop (table.html?session=…&seat=…#key=…): the game
// window sends each one only its own seat's projection, the same one the networked server sends
// (server/projection.ts, pure), over a BroadcastChannel named with that seat's key, and takes from
// it only that seat's answers, which go through the seminar like the hand-over screen's. A seat
// whose window has said hello answers there from then on: the projected window never draws its brief.

import { z } from 'zod';
import { ANSWERS } from '../model';
import { neutraliseControls, TEXT_LIMITS } from '../report/safeText';
import { delegationProjection } from '../server/projection';
import type { ChannelLike } from '../seminar/channel';
import type { SeminarSession } from '../seminar/session';
import { app as A } from '../strings';

export type BriefSeat = 'seoul' | 'tokyo';
export const BRIEF_SEATS: readonly BriefSeat[] = ['seoul', 'tokyo'];

const inbound = z.discriminatedUnion('kind', [
  z.object({ v: z.literal(1), kind: z.literal('hello') }),
  z.object({
    v: z.literal(1),
    kind: z.literal('answer'),
    proposal: z.string().min(1).max(120),
    answer: z.enum(ANSWERS),
    rationale: z.string().max(TEXT_LIMITS.rationale).optional(),
  }),
]);

export type BriefOutbound =
  | { v: 1; kind: 'view'; view: ReturnType<typeof delegationProjection> }
  | { v: 1; kind: 'reply'; ok: boolean; reason?: string };

export class BriefRelay {
  private readonly channels: Record<BriefSeat, ChannelLike>;
  private readonly stop: () => void;

  constructor(
    private readonly session: SeminarSession,
    open: (seat: BriefSeat) => ChannelLike,
    /** Seats whose brief already opens in its own window (remembered across a reload). */
    readonly away: Set<BriefSeat>,
    /** Told when a seat's window first says hello (the autosave keeps the set). */
    private readonly onAway: () => void = () => {},
  ) {
    this.channels = { seoul: open('seoul'), tokyo: open('tokyo') };
    for (const seat of BRIEF_SEATS) this.channels[seat].onmessage = (ev) => this.receive(seat, ev.data);
    this.stop = session.subscribe(() => this.postAll());
    this.postAll();
  }

  receive(seat: BriefSeat, data: unknown): void {
    const msg = inbound.safeParse(data);
    if (!msg.success) {
      this.post(seat, { v: 1, kind: 'reply', ok: false, reason: A.seminar.malformed });
      return;
    }
    if (msg.data.kind === 'hello') {
      if (!this.away.has(seat)) {
        this.away.add(seat);
        this.onAway();
      }
      this.post(seat, this.view(seat));
      return;
    }
    const { proposal, answer, rationale } = msg.data;
    const r = this.session.sendPlayer({
      type: 'proposal.answer',
      seat,
      proposal,
      answer,
      ...(rationale ? { rationale: neutraliseControls(rationale) } : {}),
    });
    this.post(seat, r.ok ? { v: 1, kind: 'reply', ok: true } : { v: 1, kind: 'reply', ok: false, reason: r.reason });
  }

  dispose(): void {
    this.stop();
    for (const seat of BRIEF_SEATS) this.channels[seat].onmessage = null;
  }

  private view(seat: BriefSeat): BriefOutbound {
    const s = this.session;
    const snap = s.actor.getSnapshot();
    const seminar = s.seminarState();
    const status = {
      table: '1',
      seq: snap.context.decisions.length,
      paused: seminar.paused,
      deadline: seminar.deadline,
      remainingMs: seminar.remainingMs,
      revealed: seminar.revealed,
    };
    return { v: 1, kind: 'view', view: delegationProjection(snap, status, seat) };
  }

  private postAll(): void {
    for (const seat of this.away) this.post(seat, this.view(seat));
  }

  private post(seat: BriefSeat, body: BriefOutbound): void {
    this.channels[seat].postMessage(body);
  }
}
