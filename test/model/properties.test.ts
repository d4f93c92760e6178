// Properties over many random seeded games with random legal decisions (fast-check picks the
// game seed, the decision stream and the difficulty). Sizes are stated in each test's name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine } from '../../src/model/machine';
import { startMeters } from '../../src/model/context';
import { derivedFacts, STANCES, THREAT_BANDS } from '../../src/model/regions';
import { selectPhase, selectSeasons } from '../../src/model/selectors';
import { ALLIES, METERS, type GameContext } from '../../src/model/types';
import { loadShippedScenario, SCENARIO_IDS } from '../../src/content/catalog';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import { ledgerTotals, miniInput } from '../helpers/game';
import { type GameActor, playRandom } from '../helpers/randomPlay';

const GAMES = 1000;
const difficulty = fc.constantFrom('easy' as const, 'normal' as const, 'hard' as const);
const seat = fc.constantFrom('human' as const, 'computer' as const);
const seats = fc.record({ washington: fc.constant('human' as const), seoul: seat, tokyo: seat });

/** The regions say what the rules would derive from the context: no step leaves them behind. */
function checkRegions(a: GameActor) {
  const snap = a.getSnapshot();
  const phase = selectPhase(snap);
  if (phase === 'setup' || phase === 'briefing' || phase === 'ended') return;
  const facts = derivedFacts(snap.context);
  const says = {
    seasons: selectSeasons(snap),
    threatBand: THREAT_BANDS.find((b) => snap.matches({ campaign: { threat: b } })),
    stance: STANCES.find((w) => snap.matches({ campaign: { washington: w } })),
  };
  if (JSON.stringify(says) !== JSON.stringify(facts)) {
    throw new Error(
      `regions ${JSON.stringify(says)} but the context says ${JSON.stringify(facts)} (turn ${snap.context.turn})`,
    );
  }
}

function checkBounds(ctx: GameContext) {
  for (const k of METERS) {
    const v = ctx.meters[k];
    if (!(v >= 0 && v <= 100)) throw new Error(`${k} out of bounds: ${v} at turn ${ctx.turn}`);
  }
  for (const a of ALLIES) {
    const e = ctx.estimates[a];
    if (!(e.backlash >= 0 && e.backlash <= 100 && e.uncertainty >= 0))
      throw new Error(`bad estimate ${JSON.stringify(e)}`);
  }
  if (!(ctx.bandwidth >= 1)) throw new Error(`bandwidth ${ctx.bandwidth}`);
}

describe(`${GAMES} random seeded games with random legal decisions`, () => {
  it('never throw, keep every value in bounds and the regions in step after every step, and end by the last month (any difficulty and seats, facilitator moves and seat changes mixed in)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), difficulty, seats, (seed, strategySeed, diff, seatKinds) => {
        const input = miniInput({ seed, difficulty: diff, seats: seatKinds });
        const { actor } = playRandom(input, strategySeed, {
          facilitator: true,
          onStep: (a: GameActor) => {
            checkBounds(a.getSnapshot().context);
            checkRegions(a);
          },
        });
        const snap = actor.getSnapshot();
        expect(snap.value).toBe('ended');
        expect(snap.context.ending).not.toBeNull();
        expect(snap.context.history.length).toBeLessThanOrEqual(input.scenario.months);
        if (
          snap.context.ending !== 'drift' &&
          snap.context.ending !== 'rupture' &&
          snap.context.ending !== 'discredited'
        ) {
          expect(snap.context.history.length).toBe(input.scenario.months);
        }
      }),
      { numRuns: GAMES },
    );
  });

  it.each(SCENARIO_IDS)(
    'on the shipped scenario %s too (200 games each): in bounds, and ends by its last month',
    (id) => {
      const loaded = loadShippedScenario(id);
      if (!loaded.ok) throw new Error(`${id} does not load`);
      fc.assert(
        fc.property(fc.integer(), fc.integer(), difficulty, seats, (seed, strategySeed, diff, seatKinds) => {
          const input = {
            scenario: loaded.value,
            settings: { ...DEFAULT_SETTINGS, seed, difficulty: diff, seats: seatKinds },
          };
          const { actor } = playRandom(input, strategySeed, {
            facilitator: true,
            onStep: (a: GameActor) => {
              checkBounds(a.getSnapshot().context);
              checkRegions(a);
            },
          });
          expect(actor.getSnapshot().value).toBe('ended');
          expect(actor.getSnapshot().context.history.length).toBeLessThanOrEqual(loaded.value.months);
        }),
        { numRuns: 200 },
      );
    },
  );

  it('the ledger accounts for every change, facilitator moves included: attributed deltas sum to the actual change (200 games)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), seats, (seed, strategySeed, seatKinds) => {
        const input = miniInput({ seed, seats: seatKinds });
        const { actor } = playRandom(input, strategySeed, { facilitator: true });
        const ctx = actor.getSnapshot().context;
        const entries = [...ctx.history.flatMap((h) => h.ledger), ...ctx.monthLedger];
        const sums = ledgerTotals(entries);
        const start = startMeters(input.scenario);
        for (const k of METERS) expect(sums[k] ?? 0).toBeCloseTo(ctx.meters[k] - start[k], 6);
      }),
      { numRuns: 200 },
    );
  });

  it('the same seed and decisions give an identical final snapshot, with delegations and the facilitator (200 pairs)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), seats, (seed, strategySeed, seatKinds) => {
        const a = playRandom(miniInput({ seed, seats: seatKinds }), strategySeed, { facilitator: true });
        const b = playRandom(miniInput({ seed, seats: seatKinds }), strategySeed, { facilitator: true });
        expect(b.sent).toEqual(a.sent);
        expect(JSON.stringify(b.actor.getPersistedSnapshot())).toBe(JSON.stringify(a.actor.getPersistedSnapshot()));
      }),
      { numRuns: 200 },
    );
  });

  it('replaying the recorded decisions, answers and facilitator moves reproduces the game exactly (200 games)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), seats, (seed, strategySeed, seatKinds) => {
        const input = miniInput({ seed, seats: seatKinds });
        const { actor } = playRandom(input, strategySeed, { facilitator: true });
        const replay = createActor(gameMachine, { input }).start();
        for (const d of actor.getSnapshot().context.decisions) replay.send(d.event);
        expect(JSON.stringify(replay.getPersistedSnapshot())).toBe(JSON.stringify(actor.getPersistedSnapshot()));
      }),
      { numRuns: 200 },
    );
  });
});
