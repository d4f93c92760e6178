// Every source reference in the deck and the scenarios points at the fact base: its section exists
// as a heading of docs/research/domain-facts.md and its address, when given, appears there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECK_DATA, SCENARIO_FILES } from '../../src/content/catalog';

const facts = readFileSync('docs/research/domain-facts.md', 'utf8');
const sections = new Set<string>();
for (const m of facts.matchAll(/^#{2,3} (\d+)(?:\.(\d+))?[. ]/gm)) sections.add(m[2] ? `§${m[1]}.${m[2]}` : `§${m[1]}`);

interface Ref {
  where: string;
  source: { section: string; url?: string };
}

function refs(): Ref[] {
  const out: Ref[] = [];
  const walk = (where: string, v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(`${where}[${i}]`, x);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'source' && x && typeof x === 'object' && 'section' in x)
          out.push({ where, source: x as Ref['source'] });
        else walk(`${where}.${k}`, x);
      }
    }
  };
  walk('deck', DECK_DATA);
  for (const [id, s] of Object.entries(SCENARIO_FILES)) walk(id, s);
  return out;
}

describe('sources', () => {
  it('the fact base has numbered sections', () => {
    expect([...sections]).toEqual(expect.arrayContaining(['§1', '§2.4', '§3.1', '§4.3', '§6']));
  });

  const all = refs();
  it('there are sourced items to check', () => expect(all.length).toBeGreaterThan(60));

  it.each(all.map((r) => [r.where, r] as const))('%s cites the fact base', (_w, r) => {
    expect(sections.has(r.source.section), `unknown section ${r.source.section}`).toBe(true);
    if (r.source.url) expect(facts.includes(r.source.url), `address not in the fact base: ${r.source.url}`).toBe(true);
  });
});
