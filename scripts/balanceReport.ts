// `npm run balance`: plays the balance lab's standard runs (src/lab/balance.ts) and writes
// docs/balance.md (or OUT=path), so the targets can be checked and a balance change shows up as a
// diff. Sizes and the cells to run come from the environment (GAMES=, SEARCH_GAMES=, …; see the
// document's header). Progress goes to stderr.

import { writeFileSync } from 'node:fs';
import { balanceDoc, balanceOptions, runBalance } from '../src/lab/balance';

let options: ReturnType<typeof balanceOptions>;
try {
  options = balanceOptions(process.env);
} catch (e) {
  console.error(`balance: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}
const result = await runBalance({ ...options, progress: (line) => process.stderr.write(`${line}\n`) }, () =>
  performance.now(),
);
const out = process.env.OUT || 'docs/balance.md';
writeFileSync(out, balanceDoc(result, options));
console.log(`wrote ${out} in ${Math.round(result.seconds)} s`);
