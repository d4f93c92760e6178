// table.html as a delegation's brief window on the seminar laptop (no server): the link the game
// window hands out (`?session=<id>&seat=<seat>#key=<seat key>`) opens the BroadcastChannel named with
// that seat's key; the page says hello, then shows the seat's own projection as the game window
// sends it (app/briefRelay.ts) and sends back only this seat's answers.

import { briefChannelName, openNamedChannel } from '../seminar/channel';
import { sessionIdSchema } from '../seminar/protocol';
import { keyFromHash } from '../seminar/sessionCode';
import type { Projection } from '../server/projection';

export interface LocalBriefLink {
  sessionId: string;
  seat: 'seoul' | 'tokyo';
  key: string;
}

export type Reply = { ok: boolean; reason?: string };

/** The brief window's link, or null when this page is a networked seat. */
export function localBriefLink(search: string, hash: string): LocalBriefLink | null {
  const q = new URLSearchParams(search);
  const sessionId = q.get('session');
  const seat = q.get('seat');
  const key = keyFromHash(hash);
  if (!sessionId || !sessionIdSchema.safeParse(sessionId).success) return null;
  if (seat !== 'seoul' && seat !== 'tokyo') return null;
  return key ? { sessionId, seat, key } : null;
}

/** Opens the seat's channel; returns how to send an answer. */
export function connectLocalBrief(
  link: LocalBriefLink,
  onView: (view: Projection) => void,
): (payload: unknown, done: (reply: Reply) => void) => void {
  const channel = openNamedChannel(briefChannelName(link.sessionId, link.seat, link.key));
  const waiting: ((reply: Reply) => void)[] = [];
  channel.onmessage = ({ data }) => {
    const d = data as { v?: number; kind?: string; view?: Projection; ok?: boolean; reason?: string };
    if (d?.v !== 1) return;
    if (d.kind === 'view' && d.view?.role === link.seat) onView(d.view);
    if (d.kind === 'reply') waiting.shift()?.({ ok: d.ok === true, reason: d.reason });
  };
  channel.postMessage({ v: 1, kind: 'hello' });
  return (payload, done) => {
    waiting.push(done);
    channel.postMessage({ v: 1, kind: 'answer', ...(payload as object) });
  };
}
