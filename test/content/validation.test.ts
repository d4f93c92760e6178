// Malformed scenarios are rejected with messages that name the file, the JSON path and the problem,
// by the loader and by `npm run validate`; the committed JSON Schemas match the zod schema.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck, SCENARIO_FILES } from '../../src/content/catalog';
import { schemaFiles } from '../../src/content/jsonSchema';
import { formatProblem, loadScenario, parseDeck } from '../../src/content/load';
import miniDeck from '../fixtures/miniDeck.json';

const deck = loadDeck();
if (!deck.ok) throw new Error('shipped deck does not load');
const good = structuredClone(SCENARIO_FILES['july-window']) as Record<string, unknown>;

function problems(mutate: (s: Record<string, unknown> & { startValues: Record<string, unknown> }) => void): string[] {
  const s = structuredClone(good) as Record<string, unknown> & { startValues: Record<string, unknown> };
  mutate(s);
  const r = loadScenario('my-scenario.json', s, deck.ok ? deck.value : (undefined as never));
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('a malformed scenario is rejected with file, path and problem', () => {
  it.each([
    [
      'a missing field',
      (s: Record<string, unknown>) => delete s.title,
      /^my-scenario\.json: \$\.title: .*expected string/,
    ],
    [
      'a wrong type',
      (s: { startValues: Record<string, unknown> }) => (s.startValues.trust = 'high'),
      /\$\.startValues\.trust: .*expected number/,
    ],
    [
      'a value out of range',
      (s: { startValues: Record<string, unknown> }) => (s.startValues.momentum = 140),
      /\$\.startValues\.momentum: .*<=100/,
    ],
    [
      'a dangling event',
      (s: Record<string, unknown>) => ((s.events as string[])[0] = 'no-such-event'),
      /\$\.events\[0\]: unknown event "no-such-event"/,
    ],
    [
      'a dangling initiative',
      (s: Record<string, unknown>) => (s.initiatives as string[]).push('no-such-initiative'),
      /\$\.initiatives\[\d+\]: unknown initiative/,
    ],
    [
      'a dangling milestone',
      (s: Record<string, unknown>) => (s.milestones as string[]).push('no-such-milestone'),
      /\$\.milestones\[\d+\]: unknown milestone/,
    ],
    [
      'a capstone outside the track',
      (s: Record<string, unknown>) => (s.capstone = 'trilateral-secretariat'),
      /\$\.capstone: .*not one of the scenario's milestones/,
    ],
    [
      'an election outside the dates',
      (s: Record<string, unknown>) => ((s.elections as { month: string }[])[0].month = '2030-01'),
      /\$\.elections\[0\]\.month: 2030-01 is outside 2022-05–2022-12/,
    ],
    [
      'a scheduled event outside the dates',
      (s: Record<string, unknown>) => (s.end = '2022-06'),
      /scheduled event ".*" falls in 2022-\d\d, outside 2022-05–2022-06/,
    ],
    ['a bad month', (s: Record<string, unknown>) => (s.start = '2022-13'), /\$\.start: expected a month as YYYY-MM/],
  ] as const)('%s', (_n, mutate, message) => {
    const found = problems(mutate as (s: Record<string, unknown>) => void);
    expect(
      found.some((line) => message.test(line)),
      found.join('\n'),
    ).toBe(true);
  });

  it('a probability above 1 in a custom event', () => {
    const found = problems((s) => {
      const e = structuredClone((miniDeck as { events: Record<string, unknown>[] }).events[2]);
      e.id = 'my-court-ruling';
      e.probability = 1.5;
      s.customEvents = [e];
      (s.events as string[]).push('my-court-ruling');
    });
    expect(found).toContainEqual(expect.stringMatching(/\$\.customEvents\[0\]\.probability: .*<=1/));
  });

  it('a deck with a duplicate id or a missing ending', () => {
    const d = structuredClone(miniDeck) as { events: { id: string }[]; endings: unknown[] };
    d.events[1].id = d.events[0].id;
    d.endings.pop();
    const r = parseDeck('deck.json', d);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'deck.json: $.events[1].id: duplicate id "summit-meeting"',
      'deck.json: $.endings: missing the "discredited" ending',
    ]);
  });
});

describe('npm run validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mf-validate-'));
  const run = (...files: string[]) => spawnSync('npx', ['tsx', 'scripts/validate.ts', ...files], { encoding: 'utf8' });

  it('exits 0 with a summary for good files', () => {
    const r = run('src/content/scenarios/mending-fences.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/mending-fences\.json: ok — "Mending Fences", 2022-05 to 2023-12 \(20 months\)/);
  });

  it('exits 1 with one line per problem for a bad file', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...good,
        events: ['no-such-event'],
        startValues: { ...(good.startValues as object), trust: 'x' },
      }),
    );
    const r = run(file);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([`${file}: $.startValues.trust: Invalid input: expected number, received string`]);
    writeFileSync(file, JSON.stringify({ ...good, events: ['no-such-event'] }));
    expect(run(file).stderr.trim()).toBe(`${file}: $.events[0]: unknown event "no-such-event"`);
  });

  it('names a file that is not JSON', () => {
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{ "schemaVersion": 1,');
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not-json\.json: \$: not valid JSON/);
  });
});

describe('JSON Schema files', () => {
  it('are current with the zod schema (run npm run schema after changing it)', () => {
    for (const [path, schema] of Object.entries(schemaFiles())) {
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(schema);
    }
  });
  it('are referenced by the shipped scenarios', () => {
    const out = execFileSync(
      'grep',
      ['-l', '"\\$schema": "../../../schemas/scenario.schema.json"', '-r', 'src/content/scenarios'],
      { encoding: 'utf8' },
    );
    expect(out.trim().split('\n')).toHaveLength(3);
  });
});

describe('docs/scenarios.md', () => {
  it('the worked example is a valid scenario', () => {
    const md = readFileSync('docs/scenarios.md', 'utf8');
    const block = md.split('## A worked example')[1].split('```json\n')[1].split('```')[0];
    const r = loadScenario('docs/scenarios.md', JSON.parse(block), deck.ok ? deck.value : (undefined as never));
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
  });
});
