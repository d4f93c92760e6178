// Seminar test helpers: an in-memory broadcast bus (each endpoint hears every other endpoint,
// like BroadcastChannel), a fake clock, and a game started from a session code and wrapped in
// a SeminarSession, with the console's end of the channel recording what it heard.

import { createActor } from 'xstate';
import { loadContent, loadShippedScenario } from '../../src/app/scenarios';
import { gameMachine } from '../../src/model/machine';
import type { ChannelLike } from '../../src/seminar/channel';
import { encodeSession, type SessionParams } from '../../src/seminar/sessionCode';
import { type GameActor, SeminarSession } from '../../src/seminar/session';
import { sessionSetup } from '../../src/seminar/setup';
import { envelope, type ConsoleBody } from '../../src/seminar/protocol';

// the game's catalog is fetched on demand (src/app/scenarios.ts)
await loadContent();

export function bus() {
  const ends: ChannelLike[] = [];
  return {
    endpoint(): ChannelLike {
      const me: ChannelLike = {
        postMessage(data) {
          for (const other of ends) if (other !== me) other.onmessage?.({ data: structuredClone(data) });
        },
        onmessage: null,
      };
      ends.push(me);
      return me;
    },
  };
}

export function fakeClock(start = 1_700_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

export const PARAMS: SessionParams = {
  scenario: 'july-window',
  seed: 12345,
  difficulty: 'normal',
  seats: { washington: 'human', seoul: 'human', tokyo: 'computer' },
  preset: 45,
};

/** A seminar on the game window's side, plus the console's end of the channel and what it heard. */
export function seminar(params: SessionParams = PARAMS, sessionId = encodeSession(params), shared = bus()) {
  const setup = sessionSetup(encodeSession(params));
  if (!setup.ok) throw new Error(setup.error);
  const clock = fakeClock();
  const b = shared;
  const gameEnd = b.endpoint();
  const consoleEnd = b.endpoint();
  const heard: Record<string, unknown>[] = [];
  consoleEnd.onmessage = (ev) => heard.push(ev.data as Record<string, unknown>);
  const restores: GameActor[] = [];
  const ignored: string[] = [];
  const actor: GameActor = createActor(gameMachine, { input: setup.input }).start();
  const session = new SeminarSession({
    sessionId,
    scenarioId: params.scenario,
    channel: gameEnd,
    actor,
    clock: clock.now,
    minutesPerMonth: setup.preset.minutesPerMonth,
    onRestore: (replayed) => void restores.push(replayed),
    onIgnored: (r) => ignored.push(r),
  });
  let n = 0;
  const send = (body: ConsoleBody, session = sessionId) => consoleEnd.postMessage(envelope(session, `c${++n}`, body));
  const lastOf = (kind: string) => [...heard].reverse().find((m) => m.kind === kind);
  return { session, setup, clock, bus: b, consoleEnd, heard, send, lastOf, restores, ignored, sessionId };
}

/** Move a fresh game from setup into the first month's planning through the player path. */
export function toPlanning(session: SeminarSession) {
  for (const type of ['setup.confirm', 'briefing.done'] as const) {
    const r = session.sendPlayer({ type });
    if (!r.ok) throw new Error(r.reason);
  }
}

/** The console's way to find a shipped scenario by id. */
export function resolveShipped(id: string) {
  const s = loadShippedScenario(id);
  return s.ok ? s.value : null;
}
