// Parallel tables: two games started from the same session code and given the same decisions
// end identically, whether played headless or through each table's seminar session.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { gameMachine } from '../../src/model/machine';
import { runGame } from '../../src/model/play/runGame';
import { STRATEGIES } from '../../src/model/play/strategies';
import type { GameEvent } from '../../src/model/types';
import { replayDecisions } from '../../src/report/replay';
import { toReplay } from '../../src/report/replayFile';
import { encodeSession } from '../../src/seminar/sessionCode';
import { sessionSetup } from '../../src/seminar/setup';
import { seminar } from './helpers';

const CODE = encodeSession({
  scenario: 'july-window',
  seed: 987_654,
  difficulty: 'hard',
  seats: { washington: 'human', seoul: 'computer', tokyo: 'computer' },
  preset: 45,
});

function setupOf(code: string) {
  const s = sessionSetup(code);
  if (!s.ok) throw new Error(s.error);
  return s;
}

describe('same session code, same game', () => {
  it.each(Object.keys(STRATEGIES))('headless tables agree (%s strategy)', (name) => {
    const a = runGame(setupOf(CODE).input, STRATEGIES[name]);
    const b = runGame(setupOf(CODE).input, STRATEGIES[name]);
    expect(a.context.ending).not.toBeNull();
    expect(JSON.stringify(b.context)).toBe(JSON.stringify(a.context));
  });

  it('a table replaying the same decisions through its session ends identically', () => {
    const events: GameEvent[] = [];
    const a = runGame(setupOf(CODE).input, STRATEGIES.adaptive, { onSend: (e) => events.push(e) });
    const table = seminar(setupOf(CODE).params);
    for (const e of events) expect(table.session.sendPlayer(e)).toEqual({ ok: true });
    expect(JSON.stringify(table.session.actor.getSnapshot().context)).toBe(JSON.stringify(a.context));
  });

  it('a different seed gives a different game', () => {
    const other = encodeSession({ ...setupOf(CODE).params, seed: 987_655 });
    const a = runGame(setupOf(CODE).input, STRATEGIES.random);
    const b = runGame(setupOf(other).input, STRATEGIES.random);
    expect(JSON.stringify(b.context.history)).not.toBe(JSON.stringify(a.context.history));
  });

  it('a game rebuilt halfway from its replay (as a save, an undo or the console does) continues identically', () => {
    const input = setupOf(CODE).input;
    const events: GameEvent[] = [];
    const full = runGame(input, STRATEGIES.quiet, { onSend: (e) => events.push(e) });
    const half = Math.floor(events.length / 2);
    const first = createActor(gameMachine, { input }).start();
    for (const e of events.slice(0, half)) first.send(e);
    const replay = JSON.parse(JSON.stringify(toReplay(first.getSnapshot().context, 'july-window')));
    const resumed = replayDecisions({ scenario: input.scenario, settings: replay.settings }, replay.decisions);
    if (!resumed.ok) throw new Error(resumed.message);
    for (const e of events.slice(half)) resumed.actor.send(e);
    expect(JSON.stringify(resumed.actor.getSnapshot().context)).toBe(JSON.stringify(full.context));
  });
});
