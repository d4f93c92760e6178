// `npm run balance` end to end at a tiny size: the options from the environment (with one clear
// message for a bad one) and a document with every section, the targets marked met or not met.
import { describe, expect, it } from 'vitest';
import { balanceDoc, balanceOptions, runBalance } from '../../src/lab/balance';

describe('the balance report', () => {
  it('reads its sizes and cells from the environment, refusing bad values clearly', () => {
    const o = balanceOptions({ GAMES: '50', SEARCH_GAMES: '9', SCENARIOS: 'july-window', DIFFICULTIES: 'normal,hard' });
    expect(o).toMatchObject({
      games: 50,
      searchGames: 9,
      screen: 100,
      confirm: 3,
      scenarios: ['july-window'],
      difficulties: ['normal', 'hard'],
    });
    expect(balanceOptions({})).toMatchObject({
      games: 2000,
      searchGames: 300,
      scenarios: ['mending-fences', 'july-window', 'built-to-last'],
    });
    expect(balanceOptions({}).confirmRunner).toBe('actor');
    expect(balanceOptions({ CONFIRM_RUNNER: 'bare' }).confirmRunner).toBe('bare');
    expect(() => balanceOptions({ GAMES: 'lots' })).toThrow('GAMES must be a whole number ≥ 1, got "lots"');
    expect(() => balanceOptions({ SCENARIOS: 'atlantis' })).toThrow('SCENARIOS: unknown "atlantis"');
  });

  it('plays a small run and writes every section', async () => {
    const o = {
      ...balanceOptions({ GAMES: '4', SEARCH_GAMES: '2', SEARCH_SCREEN: '1', SEARCH_KEEP: '3', WORKERS: '1' }),
      scenarios: ['july-window'],
      difficulties: ['normal'] as const,
    };
    const r = await runBalance(o, () => 0);
    expect(r.cells).toHaveLength(1);
    expect(r.cells[0].confirmed).toHaveLength(3);
    expect(r.cells[0].confirmed.every((e) => e.tally.games === 4)).toBe(true);
    expect(r.cells[0].judged.map((e) => e.name)).toEqual([
      'adaptive',
      'adaptive+electionBlind',
      'adaptive+estimateBlind',
      'adaptive+trueValues',
    ]);
    expect(r.cells[0].reached.map((x) => x.ending)).toEqual(['fragileThaw', 'drift', 'rupture', 'discredited']);
    const confirmedNames = new Set(r.cells[0].confirmed.map((e) => e.name));
    for (const x of r.cells[0].reached) {
      expect(x.entry.tally.games).toBe(4);
      expect(confirmedNames.has(x.entry.name)).toBe(false);
    }
    const doc = balanceDoc(r, o);
    for (const heading of [
      '## Targets (issue 14)',
      '## The best fixed rule per scenario and difficulty',
      '## Ablations of the judgement strategy',
      '## Every ending per strategy',
      '## Every ending reached',
      '## Ruptures by capital',
    ])
      expect(doc).toContain(heading);
    expect(doc).toMatch(/\d+ of \d+ met\./);
    expect(doc).toMatch(/\| normal: hard ruptures ≥ 80\.0% \| [\d.]+% \| (met|\*\*not met\*\*) \|/);
    expect(doc).toMatch(/\| july-window \| normal \| .+ · .+ \| [\d.]+% \(/);
    expect(doc).toMatch(/\| quiet \| 4 \|/);
    expect(doc).toMatch(/\| discredited \| .+ · .+ \| 4 \| [\d.]+% \(/);
  });
});
