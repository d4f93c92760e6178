// Conditions and references on card texts and choices: the loader and `npm run validate` reject a
// variant, choice or refersTo entry that names an unknown milestone or event, or a text that
// presupposes something its conditions do not guarantee, with the file, the JSON path and the problem.
// A phrase table checks that the shipped texts declare what they presuppose.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck, SCENARIO_FILES } from '../../src/content/catalog';
import { formatProblem, loadScenario } from '../../src/content/load';
import type { EventDef } from '../../src/content/schema';
import { cardOf } from '../../src/model/rules/cardVariants';

const deck = loadDeck();
if (!deck.ok) throw new Error('shipped deck does not load');
const good = structuredClone(SCENARIO_FILES['july-window']) as Record<string, unknown>;

/** A custom event in a copy of The July Window, changed by `mutate`. */
function withCustom(mutate: (e: Record<string, unknown>) => void): Record<string, unknown> {
  const e: Record<string, unknown> = {
    id: 'my-card',
    title: 'A card',
    text: 'Base text.',
    kind: 'scheduled',
    month: '2022-09',
    effects: { trust: 2 },
    headlines: { seoul: 's', tokyo: 't', washington: 'w' },
    source: { section: '§1' },
  };
  mutate(e);
  return { ...structuredClone(good), customEvents: [e], events: [...(good.events as string[]), 'my-card'] };
}

function problems(mutate: (e: Record<string, unknown>) => void): string[] {
  const r = loadScenario('my-scenario.json', withCustom(mutate), deck.ok ? deck.value : (undefined as never));
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('conditions on texts and choices', () => {
  it('accepts a variant whose reference its condition guarantees', () => {
    expect(
      problems((e) => {
        e.variants = [
          {
            id: 'v',
            when: [{ milestone: 'leaders-meet' }],
            text: 'After the meeting.',
            refersTo: [{ milestone: 'leaders-meet' }],
          },
        ];
      }),
    ).toEqual([]);
  });
  it.each([
    [
      'a variant condition naming an unknown milestone',
      (e: Record<string, unknown>) =>
        (e.variants = [{ id: 'v', when: [{ milestone: 'no-such-milestone' }], text: 'x' }]),
      'my-scenario.json: $.customEvents[0].variants[0].when[0].milestone: unknown milestone "no-such-milestone"',
    ],
    [
      'a variant condition naming an unknown event',
      (e: Record<string, unknown>) => (e.variants = [{ id: 'v', when: [{ event: 'no-such-event' }], text: 'x' }]),
      'my-scenario.json: $.customEvents[0].variants[0].when[0].event: unknown event "no-such-event"',
    ],
    [
      'a choice condition naming an unknown milestone',
      (e: Record<string, unknown>) =>
        (e.choices = [{ id: 'c', label: 'C', text: 'c', effects: {}, conditions: [{ milestone: 'nope' }] }]),
      'my-scenario.json: $.customEvents[0].choices[0].conditions[0].milestone: unknown milestone "nope"',
    ],
    [
      'a refersTo naming an unknown event',
      (e: Record<string, unknown>) => (e.refersTo = [{ event: 'no-such-event' }]),
      'my-scenario.json: $.customEvents[0].refersTo[0].event: unknown event "no-such-event"',
    ],
    [
      'a text that presupposes a milestone its conditions do not guarantee',
      (e: Record<string, unknown>) => (e.refersTo = [{ milestone: 'leaders-meet' }]),
      'my-scenario.json: $.customEvents[0].refersTo[0]: the base text refers to milestone "leaders-meet" but is shown without a condition that it happened',
    ],
    [
      'a variant that presupposes an event its conditions do not guarantee',
      (e: Record<string, unknown>) =>
        (e.variants = [
          { id: 'v', when: [{ milestone: 'leaders-meet' }], text: 'x', refersTo: [{ event: 'dprk-launch-barrage' }] },
        ]),
      'my-scenario.json: $.customEvents[0].variants[0].refersTo[0]: variant "v" refers to event "dprk-launch-barrage" but is shown without a condition that it happened',
    ],
    [
      'a condition that the milestone was not reached does not guarantee it',
      (e: Record<string, unknown>) =>
        (e.variants = [
          {
            id: 'v',
            when: [{ milestone: 'leaders-meet', reached: false }],
            text: 'x',
            refersTo: [{ milestone: 'leaders-meet' }],
          },
        ]),
      'my-scenario.json: $.customEvents[0].variants[0].refersTo[0]: variant "v" refers to milestone "leaders-meet" but is shown without a condition that it happened',
    ],
  ] as const)('rejects %s', (_n, mutate, line) => {
    expect(problems(mutate as (e: Record<string, unknown>) => void)).toContain(line);
  });

  it('npm run validate prints the file, path and problem and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-cards-'));
    const file = join(dir, 'my-cards.json');
    writeFileSync(
      file,
      JSON.stringify(
        withCustom((e) => (e.variants = [{ id: 'v', when: [{ milestone: 'no-such-milestone' }], text: 'x' }])),
      ),
    );
    const r = spawnSync('npx', ['tsx', 'scripts/validate.ts', file], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `${file}: $.customEvents[0].variants[0].when[0].milestone: unknown milestone "no-such-milestone"`,
    );
  });
});

/** Phrases that presuppose a player-made or drawn outcome, and the reference a text using them must declare. */
const PRESUPPOSES: [RegExp, { milestone: string } | { event: string }, string?][] = [
  [/returns? (the|Yoon's) visit/i, { milestone: 'shuttle-diplomacy' }],
  [/record barrage/i, { event: 'dprk-launch-barrage' }, 'dprk-launch-barrage'],
  [/drops its objection/i, { milestone: 'heritage-compromise' }],
  [/promised at the listing|listing pledge/i, { milestone: 'heritage-compromise' }],
  [/foundation('s)? (payment|policy|money)|expects the Korean foundation/i, { milestone: 'compensation-solution' }],
  [/troop deployment to Russia/i, { event: 'dprk-troops-to-russia' }, 'dprk-troops-to-russia'],
  [/with export curbs lifted/i, { milestone: 'export-controls-lifted' }],
  [/Freedom Edge/, { milestone: 'freedom-edge' }],
  [/Yoon's trip to Tokyo/i, { milestone: 'shuttle-diplomacy' }],
  [/Camp David/, { event: 'camp-david-summit' }, 'camp-david-summit'],
];

function textsOf(e: EventDef): { where: string; words: string; refs: string[] }[] {
  const key = (r: { milestone: string } | { event: string }) => JSON.stringify(r);
  const out: { where: string; words: string; refs: string[] }[] = [];
  for (const v of [undefined, ...(e.variants ?? []).map((x) => x.id)]) {
    const c = cardOf(e, v);
    const words = [c.title, c.text, c.headlines.seoul, c.headlines.tokyo, c.headlines.washington].join(' | ');
    out.push({ where: `${e.id}${v ? `/${v}` : ''}`, words, refs: c.refersTo.map(key) });
  }
  for (const ch of e.choices)
    out.push({ where: `${e.id} choice ${ch.id}`, words: `${ch.label} ${ch.text}`, refs: (ch.refersTo ?? []).map(key) });
  return out;
}

describe('the shipped texts declare what they presuppose', () => {
  const all = deck.value.events.flatMap(textsOf);
  it('there are variants and references to check', () => {
    expect(deck.value.events.filter((e) => (e.variants ?? []).length > 0).length).toBeGreaterThanOrEqual(8);
    expect(all.filter((t) => t.refs.length > 0).length).toBeGreaterThanOrEqual(15);
  });
  it.each(PRESUPPOSES.map(([re, ref, own]) => [String(re), re, ref, own] as const))(
    'a text saying %s lists its reference',
    (_n, re, ref, own) => {
      const missing = all
        .filter((t) => re.test(t.words) && !t.where.startsWith(`${own ?? '\u0000'}`))
        .filter((t) => !t.refs.includes(JSON.stringify(ref)))
        .map((t) => t.where);
      expect(missing).toEqual([]);
    },
  );
});
