// Replay files: a game written out, read back and replayed is the same game (same hash, same
// ending); damaged, truncated, foreign, old and future files give a clear message and never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../src/model/play/strategies';
import type { GameContext } from '../../src/model/types';
import { replayGame, snapshotHash } from '../../src/report/replay';
import { parseReplay, replayToJson, toReplay } from '../../src/report/replayFile';
import { miniScenarioResolved } from '../helpers/game';
import { newActor, playedGame, playOut } from './helpers';

const resolve = (id: string) => (id === 'mini' ? miniScenarioResolved() : null);

function roundTrip(ctx: GameContext) {
  const parsed = parseReplay(replayToJson(toReplay(ctx, 'mini')));
  if (!parsed.ok) throw new Error(parsed.message);
  const run = replayGame(parsed.replay, resolve);
  if (!run.ok) throw new Error(run.message);
  return run.context;
}

describe('replay round trip', () => {
  it('toReplay → JSON → parseReplay → replayGame gives the same hash and ending (100 seeded games)', () => {
    const names = Object.keys(STRATEGIES) as (keyof typeof STRATEGIES)[];
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...names), (seed, name) => {
        const ctx = playedGame(name, { seed });
        const back = roundTrip(ctx);
        expect(snapshotHash(back)).toBe(snapshotHash(ctx));
        expect(back.ending).toBe(ctx.ending);
        expect(back.history.map((h) => h.meters)).toEqual(ctx.history.map((h) => h.meters));
      }),
      { numRuns: 100 },
    );
  });

  it('reproduces a seminar game: configure, human seats with rationales, seat hand-over, facilitator moves', () => {
    const actor = newActor({ seed: 5, seats: { washington: 'human', seoul: 'human', tokyo: 'computer' } });
    actor.send({ type: 'setup.configure', settings: { difficulty: 'hard', seed: 99 } });
    let month = 0;
    const ctx = playOut(actor, STRATEGIES.adaptive, {
      seed: 3,
      before: (a) => {
        month++;
        if (month === 2) a.send({ type: 'seat.assign', seat: 'tokyo', kind: 'human' });
        if (month === 3) a.send({ type: 'facilitator.adjust', meter: 'threat', value: 80, reason: 'drill "x", y' });
        if (month === 4) a.send({ type: 'facilitator.injectCustom', custom: { title: 'T', text: 'x', effects: {} } });
      },
    });
    expect(ctx.settings.seats.tokyo).toBe('human');
    const back = roundTrip(ctx);
    expect(snapshotHash(back)).toBe(snapshotHash(ctx));
  });

  it('the hash changes when the game differs', () => {
    const a = playedGame('hard', { seed: 1 });
    const b = playedGame('quiet', { seed: 1 });
    expect(snapshotHash(a)).toMatch(/^[0-9a-f]{8}$/);
    expect(snapshotHash(a)).not.toBe(snapshotHash(b));
  });
});

describe('bad replay files', () => {
  const good = replayToJson(toReplay(playedGame('adaptive', { seed: 4 }), 'mini'));

  const refused = (text: string) => {
    const r = parseReplay(text);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.message;
  };

  it('refuses text that is not JSON, or empty', () => {
    expect(refused('hello')).toMatch(/not valid JSON/);
    expect(refused('')).toMatch(/empty/);
  });

  it('refuses a truncated file, at any cut, without throwing', () => {
    for (const cut of [1, 10, Math.floor(good.length / 2), good.length - 3]) {
      expect(refused(good.slice(0, cut))).toMatch(/truncated|not valid JSON/);
    }
    expect(refused(good.slice(0, good.length / 2))).toMatch(/cut short/);
  });

  it("refuses another game's file and other JSON", () => {
    expect(refused(JSON.stringify({ format: 'chess/pgn', version: 1 }))).toMatch(
      /not a Mending Fences replay.*chess\/pgn/,
    );
    expect(refused(JSON.stringify({ moves: [] }))).toMatch(/not a Mending Fences replay/);
    expect(refused('[1,2,3]')).toMatch(/not a Mending Fences replay/);
    expect(refused('null')).toMatch(/not a Mending Fences replay/);
  });

  it('refuses a future version with a clear message, and an unknown one', () => {
    const future = { ...JSON.parse(good), version: 3 };
    expect(refused(JSON.stringify(future))).toMatch(/newer version of Mending Fences.*version 3.*Update the game/);
    expect(refused(JSON.stringify({ ...future, version: 'x' }))).toMatch(/Unknown replay version/);
  });

  it('refuses damaged fields with the path of the problem', () => {
    const data = JSON.parse(good);
    data.decisions[3] = { type: 'posture.set', ally: 'pyongyang', posture: 2 };
    expect(refused(JSON.stringify(data))).toMatch(/damaged: decisions\.3/);
    expect(refused(JSON.stringify({ ...JSON.parse(good), seed: 12345 }))).toMatch(/seed and its settings disagree/);
  });

  it('reports an unknown scenario and a decision the game refuses, without throwing', () => {
    const r = parseReplay(good);
    if (!r.ok) throw new Error(r.message);
    const missing = replayGame({ ...r.replay, scenario: 'atlantis' }, resolve);
    expect(missing.ok || missing.message).toMatch(/needs the scenario "atlantis"/);
    const bad = { ...r.replay, decisions: [...r.replay.decisions.slice(0, 5), { type: 'briefing.done' as const }] };
    const run = replayGame(bad, resolve);
    expect(run.ok || run.message).toMatch(/decision 6 \(briefing\.done\) was refused/);
    const throwing = replayGame(r.replay, () => {
      throw new Error('boom');
    });
    expect(throwing.ok).toBe(false);
  });
});
