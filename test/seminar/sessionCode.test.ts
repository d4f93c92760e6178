// Session codes: every valid setting round-trips, any single-character typo is caught, the
// look-alikes a student might type are forgiven, and errors say what is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET, normalize } from '../../src/seminar/checksum';
import {
  codeOfSessionId,
  consoleUrl,
  decodeSession,
  encodeSession,
  keyFromHash,
  type SessionParams,
  sessionCodeFromSearch,
  sessionIdFor,
} from '../../src/seminar/sessionCode';
import { sessionSetup } from '../../src/seminar/setup';

const kind = fc.constantFrom('human' as const, 'computer' as const);
const params: fc.Arbitrary<SessionParams> = fc.record({
  scenario: fc.constantFrom('mending-fences', 'july-window', 'built-to-last'),
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  difficulty: fc.constantFrom('easy' as const, 'normal' as const, 'hard' as const),
  seats: fc.record({ washington: fc.constant('human' as const), seoul: kind, tokyo: kind }),
  preset: fc.constantFrom(45 as const, 90 as const, 180 as const),
});
const TYPEABLE = `${ALPHABET}-IJLOU#`;

describe('session code', () => {
  it('has the documented shape', () => {
    const code = encodeSession({
      scenario: 'july-window',
      seed: 8_654_498,
      difficulty: 'normal',
      seats: { washington: 'human', seoul: 'computer', tokyo: 'computer' },
      preset: 90,
    });
    expect(code).toMatch(/^MF1-JW-[0-9A-Z]{1,7}-N-HCC-90-[0-9A-Z]$/);
  });

  it('decode(encode(x)) = x', () => {
    fc.assert(
      fc.property(params, (p) => {
        const d = decodeSession(encodeSession(p));
        expect(d).toEqual({ ok: true, value: p });
      }),
      { numRuns: 500 },
    );
  });

  it('reads lower case and the look-alikes O, I and L', () => {
    fc.assert(
      fc.property(params, (p) => {
        const code = encodeSession(p);
        const sloppy = code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
        expect(decodeSession(`  ${sloppy} `)).toEqual({ ok: true, value: p });
      }),
    );
  });

  it('detects any single-character typo', () => {
    fc.assert(
      fc.property(params, fc.nat(), fc.constantFrom(...TYPEABLE), (p, at, ch) => {
        const code = encodeSession(p);
        const i = at % code.length;
        fc.pre(normalize(ch) !== normalize(code[i]));
        const typo = code.slice(0, i) + ch + code.slice(i + 1);
        const d = decodeSession(typo);
        expect(d.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['', /empty/],
    ['MF1-JW-8K3F2-N-HCC-90', /seven groups/],
    ['MF1-JW-8K3F2-N-HCC-90-Q!', /cannot appear/],
    ['MF1-JU-8K3F2-N-HCC-90-Q', /cannot appear/],
  ])('explains what is wrong with %j', (code, message) => {
    const d = decodeSession(code);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.error).toMatch(message);
  });

  it('reports a checksum mismatch as a typo', () => {
    const code = encodeSession({
      scenario: 'built-to-last',
      seed: 7,
      difficulty: 'hard',
      seats: { washington: 'human', seoul: 'human', tokyo: 'human' },
      preset: 180,
    });
    const d = decodeSession(code.replace('-7-', '-8-'));
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.error).toMatch(/typo/);
  });

  it('refuses to encode settings the game would refuse', () => {
    expect(() =>
      encodeSession({
        scenario: 'july-window',
        seed: 1,
        difficulty: 'normal',
        seats: { washington: 'computer', seoul: 'human', tokyo: 'human' },
        preset: 45,
      }),
    ).toThrow(/Washington/);
    expect(() =>
      encodeSession({
        scenario: 'x',
        seed: 1,
        difficulty: 'normal',
        seats: { washington: 'human', seoul: 'human', tokyo: 'human' },
        preset: 45,
      }),
    ).toThrow(/scenario/);
  });

  it('travels as a URL parameter and a session id', () => {
    const code = 'MF1-JW-8K3F2-N-HCC-90-Q';
    expect(sessionCodeFromSearch(`?session=${encodeURIComponent(code)}`)).toBe(code);
    expect(sessionCodeFromSearch('?other=1')).toBeNull();
    const key = 'k3y-_0123456789abcdef';
    expect(consoleUrl(sessionIdFor(code, 2), key)).toBe(`console.html?session=${code}.2#key=${key}`);
    expect(keyFromHash(`#key=${key}`)).toBe(key);
    expect(keyFromHash('#key=short')).toBeNull();
    expect(keyFromHash('')).toBeNull();
    expect(codeOfSessionId(sessionIdFor(code, 2))).toBe(code);
  });

  it('sets up the game input from a code', () => {
    fc.assert(
      fc.property(params, (p) => {
        const s = sessionSetup(encodeSession(p));
        expect(s.ok).toBe(true);
        if (!s.ok) return;
        expect(s.input.scenario.id).toBe(p.scenario);
        expect(s.input.settings).toMatchObject({ seed: p.seed, difficulty: p.difficulty, seats: p.seats });
      }),
      { numRuns: 20 },
    );
  });
});

describe('the historical calendar in a session code', () => {
  const base: SessionParams = {
    scenario: 'mending-fences',
    seed: 4242,
    difficulty: 'hard',
    seats: { washington: 'human', seoul: 'human', tokyo: 'computer' },
    preset: 180,
  };
  it('is a Y after the difficulty letter, round-trips, and reaches the settings', () => {
    const code = encodeSession({ ...base, historicalCalendar: true });
    expect(code).toMatch(/^MF1-MF-[0-9A-Z]+-HY-HHC-180-[0-9A-Z]$/);
    expect(decodeSession(code)).toEqual({ ok: true, value: { ...base, historicalCalendar: true } });
    const setup = sessionSetup(code);
    expect(setup.ok && setup.input.settings.historicalCalendar).toBe(true);
  });
  it('leaves the default code and settings as they were', () => {
    const code = encodeSession(base);
    expect(code).toMatch(/-H-HHC-/);
    const setup = sessionSetup(code);
    expect(setup.ok && 'historicalCalendar' in setup.input.settings).toBe(false);
  });
  it('rejects another letter after the difficulty', () => {
    const code = encodeSession(base).replace('-H-', '-HX-');
    const decoded = decodeSession(code);
    expect(decoded.ok).toBe(false);
  });
});
