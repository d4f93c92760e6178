// `npm run validate -- path/to/scenario.json [more.json …]`: checks scenario files against the
// schema and the shipped deck. Exit 0 with a summary when every file is good; otherwise one line
// per problem (file: JSON path: what is wrong) and exit 1.

import { readFileSync } from 'node:fs';
import { loadDeck } from '../src/content/catalog';
import { formatProblem, loadScenario, parseJson, type Problem } from '../src/content/load';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run validate -- path/to/scenario.json [more.json …]');
  process.exit(2);
}

const deck = loadDeck();
if (!deck.ok) {
  for (const p of deck.problems) console.error(formatProblem(p));
  process.exit(1);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(formatProblem({ file, path: '$', message: `cannot read the file (${(e as Error).message})` }));
    failed = true;
    continue;
  }
  const json = parseJson(file, text);
  const result = json.ok ? loadScenario(file, json.value, deck.value) : json;
  if (!result.ok) {
    for (const p of result.problems as Problem[]) console.error(formatProblem(p));
    failed = true;
    continue;
  }
  const s = result.value;
  const scheduled = Object.values(s.events).filter((e) => e.kind === 'scheduled').length;
  console.log(
    `${file}: ok — "${s.title}", ${s.start} to ${s.end} (${s.months} months); ` +
      `${Object.keys(s.events).length} events (${scheduled} scheduled), ${Object.keys(s.initiatives).length} initiatives, ` +
      `${Object.keys(s.milestones).length} milestones, ${s.elections.length} elections; capstone "${s.capstone}"`,
  );
}
process.exit(failed ? 1 : 0);
