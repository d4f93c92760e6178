import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitLines, fitLinesWithMore, monthCellLabels, shorten, wrapWords } from '../../src/ui/textFit';

/** Ten units a character: widths are easy to read off. */
const mono = (s: string) => [...s].length * 10;

const SUMMIT = '★ Nov 2022: ASEAN and East Asia Summit, Phnom Penh (the three leaders)'; // 71 characters
const ELECTION = '◆ Nov 2022: US midterm elections';

describe('shorten', () => {
  it('keeps a line that fits whole', () => {
    expect(shorten(ELECTION, 320, mono)).toBe(ELECTION);
  });

  it('cuts after a whole word, keeping the bracketed qualifier at the end', () => {
    const line = shorten(SUMMIT, 600, mono);
    expect(line).toBe('★ Nov 2022: ASEAN and East Asia Summit… (the three leaders)');
    expect(mono(line)).toBeLessThanOrEqual(600);
  });

  it('leaves no comma before the ellipsis', () => {
    // "…Summit, Phnom" does not fit with the qualifier; "…Summit," would, but the comma goes
    expect(shorten(SUMMIT, 620, mono)).toBe('★ Nov 2022: ASEAN and East Asia Summit… (the three leaders)');
  });

  it('gives up the qualifier where nothing fits before it', () => {
    expect(shorten(SUMMIT, 250, mono)).toBe('★ Nov 2022: ASEAN and…');
  });

  it('cuts a first word too wide on its own by characters', () => {
    expect(shorten('Supercalifragilistic words', 60, mono)).toBe(`Super${ELLIPSIS}`);
  });

  it('always fits the width it is given (where an ellipsis does)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z(),]{1,12}$/), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 10, max: 400 }),
        (words, width) => {
          const line = shorten(words.join(' '), width, mono);
          expect(mono(line)).toBeLessThanOrEqual(width);
          expect(line.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('wrapWords', () => {
  it('breaks at spaces into lines of the width', () => {
    expect(wrapWords('one two three four', 90, mono)).toEqual(['one two', 'three', 'four']);
  });
});

describe('fitLines', () => {
  it('gives each entry a line of its own, shortening the one too long (the Nov 2022 legend)', () => {
    const { lines, shown } = fitLines([ELECTION, SUMMIT], 2, 600, mono);
    expect(shown).toBe(2);
    expect(lines).toEqual([ELECTION, '★ Nov 2022: ASEAN and East Asia Summit… (the three leaders)']);
  });

  it('lets a lone entry wrap onto the spare line, whole', () => {
    const { lines } = fitLines([SUMMIT], 2, 600, mono);
    expect(lines).toEqual(['★ Nov 2022: ASEAN and East Asia Summit, Phnom Penh (the', 'three leaders)']);
  });

  it('shortens a lone entry on its last line when even the spare lines are not enough', () => {
    const { lines } = fitLines([SUMMIT], 2, 300, mono);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('★ Nov 2022: ASEAN and East');
    expect(lines[1].endsWith(ELLIPSIS) || lines[1].endsWith('(the three leaders)')).toBe(true);
    for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(300);
  });

  it('leaves out the entries beyond the lines', () => {
    const { lines, shown } = fitLines(['a', 'b', 'c'], 2, 100, mono);
    expect(shown).toBe(2);
    expect(lines).toEqual(['a', 'b']);
  });

  it('never takes more lines than it has, nor a line wider than the width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.stringMatching(/^[a-z]{1,10}$/), { minLength: 1, maxLength: 10 }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 20, max: 300 }),
        (entries, maxLines, width) => {
          const { lines, shown } = fitLines(
            entries.map((w) => w.join(' ')),
            maxLines,
            width,
            mono,
          );
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          expect(shown).toBe(Math.min(entries.length, maxLines));
          expect(lines.length).toBeGreaterThanOrEqual(shown);
          for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});

describe('monthCellLabels', () => {
  const LABELS = ['Nov 2022', 'Dec 2022', 'Jan 2023', 'Feb 2023'];

  it('gives every month its year where all fit', () => {
    expect(monthCellLabels(LABELS, () => true)).toEqual(['Nov ’22', 'Dec ’22', 'Jan ’23', 'Feb ’23']);
  });

  it('else gives the year only where it starts: the first cell and January', () => {
    // one label too wide with its year (a narrower cell, a wider month name)
    const fits = (t: string) => t !== 'Feb ’23';
    expect(monthCellLabels(LABELS, fits)).toEqual(['Nov ’22', 'Dec', 'Jan ’23', 'Feb']);
  });

  it('drops the year of a label that still does not fit its cell (the bold current month)', () => {
    const fits = (t: string, i: number) => mono(t) * (i === 0 ? 1.2 : 1) <= 70;
    expect(monthCellLabels(LABELS, fits)).toEqual(['Nov', 'Dec', 'Jan ’23', 'Feb']);
  });
});

describe('fitLinesWithMore', () => {
  const more = (n: number) => ` · +${n} more`;
  it('says how many entries were left out, on the last line, within the width', () => {
    const lines = fitLinesWithMore(['one entry', 'two entry', 'three entry', 'four'], 2, 200, mono, more);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith(' · +2 more')).toBe(true);
    for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(200);
  });
  it('adds nothing when every entry is in', () => {
    expect(fitLinesWithMore(['a', 'b'], 2, 200, mono, more)).toEqual(['a', 'b']);
  });
});
