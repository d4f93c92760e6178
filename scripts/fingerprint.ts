// `npm run fingerprint`: one hash of the final contexts of a few hundred seeded games (every shipped
// scenario × strategy × difficulty, solo and with human delegations and facilitator moves). A
// refactor that must change no outcome prints the same hash before and after.

import { createHash } from 'node:crypto';
import { loadShippedScenario, SCENARIO_IDS } from '../src/content/catalog';
import { runGame } from '../src/model/play/runGame';
import { STRATEGIES } from '../src/model/play/strategies';
import { DIFFICULTIES, type GameInput, type Settings } from '../src/model/types';

const SEEDS = Number(process.argv[2] ?? 8);
const total = createHash('sha256');
let games = 0;
for (const id of SCENARIO_IDS) {
  const loaded = loadShippedScenario(id);
  if (!loaded.ok) throw new Error(`scenario ${id} does not load`);
  for (const name of Object.keys(STRATEGIES).sort()) {
    for (const difficulty of DIFFICULTIES) {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const seminar = seed % 2 === 0;
        const settings: Settings = {
          seed: seed * 7919,
          difficulty,
          eventDensity: seminar ? 1.5 : 1,
          seats: { washington: 'human', seoul: seminar ? 'human' : 'computer', tokyo: 'computer' },
        };
        const input: GameInput = { scenario: loaded.value, settings };
        const snap = runGame(input, STRATEGIES[name], {
          answer: (ctx, _seat, proposal) => ({
            answer: (ctx.turn + proposal.length) % 3 === 0 ? 'reject' : 'accept',
            rationale: `turn ${ctx.turn}`,
          }),
          beforePlanning: (actor) => {
            const ctx = actor.getSnapshot().context;
            if (seminar && ctx.turn === 2) {
              actor.send({ type: 'facilitator.adjust', meter: 'trust', value: 40, reason: 'fingerprint' });
            }
          },
        });
        const { scenario: _scenario, ...rest } = snap.context;
        total.update(JSON.stringify(rest));
        games++;
      }
    }
  }
}
console.log(`${games} games, final contexts sha256 ${total.digest('hex')}`);
