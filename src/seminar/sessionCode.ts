// The session code: a short, typeable string that starts identical games at every table, e.g.
// `MF1-JW-8K3F2-N-HCC-90-Q` = version, scenario, seed (base32), difficulty, seats (Washington,
// Seoul, Tokyo: Human/Computer), preset minutes and a check symbol that catches any one typo.
// A scenario file is named by F and four symbols of its content hash (`FK3X9`): the code then
// starts a game only together with that very file.
// A Y after the difficulty letter (`N` → `NY`) turns on the historical calendar.
// Also read from and written to the `?session=` URL parameter.

import { ALPHABET, checkSymbol, fromBase32, normalize, toBase32 } from './checksum';
import { isPresetLength, type PresetLength } from './presets';
import type { Difficulty, SeatId, SeatKind } from '../model/types';
import { code as C } from '../strings/session';

export interface SessionParams {
  scenario: string;
  /** Unsigned 32-bit seed (the model truncates seeds to 32 bits anyway). */
  seed: number;
  difficulty: Difficulty;
  seats: Record<SeatId, SeatKind>;
  preset: PresetLength;
  /** Anchored random events fire in their real month (absent or false: drawn as usual). */
  historicalCalendar?: boolean;
}

export type Decoded = { ok: true; value: SessionParams } | { ok: false; error: string };

const VERSION = 'MF1';
export const SCENARIO_CODES: Record<string, string> = {
  'mending-fences': 'MF',
  'july-window': 'JW',
  'built-to-last': 'BT',
};
/** `file:<tag>`: a scenario file with this content tag (fileScenarioTag). */
const FILE_TAG = /^file:[0-9A-HJKMNP-TV-Z]{4}$/;

export function isFileScenario(scenario: string): boolean {
  return scenario.startsWith('file:');
}

/** Four base32 symbols of a scenario's content hash (report/scenarioHash): what a code names a file by. */
export function fileScenarioTag(hash: string): string {
  const n = Number.parseInt(hash.slice(0, 8), 16) % 32 ** 4;
  return toBase32(n).padStart(4, '0');
}

/** The session code's scenario for a file with this content hash: `file:<tag>`. */
export function fileScenarioId(hash: string): string {
  return `file:${fileScenarioTag(hash)}`;
}

const DIFFICULTY_CODES: Record<Difficulty, string> = { easy: 'E', normal: 'N', hard: 'H' };
const SEAT_ORDER: SeatId[] = ['washington', 'seoul', 'tokyo'];
const MAX_SEED = 0xffffffff;

export function paramsProblem(p: SessionParams): string | null {
  if (!(p.scenario in SCENARIO_CODES) && !FILE_TAG.test(p.scenario)) return C.noCodeFor(p.scenario);
  if (!Number.isInteger(p.seed) || p.seed < 0 || p.seed > MAX_SEED) return C.seed;
  if (!(p.difficulty in DIFFICULTY_CODES)) return C.unknownDifficulty(p.difficulty);
  if (p.seats.washington !== 'human') return C.washingtonHuman;
  if (!isPresetLength(p.preset)) return C.length;
  return null;
}

export function encodeSession(p: SessionParams): string {
  const problem = paramsProblem(p);
  if (problem) throw new Error(`cannot make a session code: ${problem}`);
  const groups = [
    VERSION,
    SCENARIO_CODES[p.scenario] ?? `F${p.scenario.slice('file:'.length)}`,
    toBase32(p.seed),
    DIFFICULTY_CODES[p.difficulty] + (p.historicalCalendar ? 'Y' : ''),
    SEAT_ORDER.map((s) => (p.seats[s] === 'human' ? 'H' : 'C')).join(''),
    String(p.preset),
  ];
  return `${groups.join('-')}-${checkSymbol(groups.join(''))}`;
}

function fail(error: string): Decoded {
  return { ok: false, error };
}

export function decodeSession(input: string): Decoded {
  if (typeof input !== 'string' || input.trim() === '') return fail(C.empty);
  const code = normalize(input);
  const bad = [...code].find((ch) => ch !== '-' && !ALPHABET.includes(ch));
  if (bad !== undefined) return fail(C.badCharacter(bad));
  const groups = code.split('-');
  if (groups.length !== 7 || groups.some((g) => g === '')) {
    return fail(C.groups);
  }
  const [version, scenario, seed, difficulty, seats, preset, check] = groups;
  if (check.length !== 1) return fail(C.checkGroup);
  if (checkSymbol(groups.slice(0, 6).join('')) !== check) {
    return fail(C.typo);
  }
  if (version !== VERSION) return fail(C.otherVersion(version, VERSION));
  const scenarioId =
    Object.keys(SCENARIO_CODES).find((id) => SCENARIO_CODES[id] === scenario) ??
    (/^F.{4}$/.test(scenario) ? `file:${scenario.slice(1)}` : undefined);
  if (!scenarioId) return fail(C.unknownScenario(scenario));
  if (seed.length > 7 || (seed.length > 1 && seed[0] === '0')) return fail(C.seedMalformed);
  const seedValue = fromBase32(seed);
  if (seedValue > MAX_SEED) return fail(C.seedRange);
  const historical = difficulty.length === 2 && difficulty[1] === 'Y';
  const letter = historical ? difficulty[0] : difficulty;
  const diff = (Object.keys(DIFFICULTY_CODES) as Difficulty[]).find((d) => DIFFICULTY_CODES[d] === letter);
  if (!diff) return fail(C.difficultyLetter(difficulty));
  if (!/^[HC]{3}$/.test(seats)) return fail(C.seats);
  if (seats[0] !== 'H') return fail(C.washingtonSeat);
  const minutes = Number(preset);
  if (!/^\d+$/.test(preset) || !isPresetLength(minutes)) return fail(C.lengthGroup);
  const kinds = [...seats].map((c): SeatKind => (c === 'H' ? 'human' : 'computer'));
  return {
    ok: true,
    value: {
      scenario: scenarioId,
      seed: seedValue,
      difficulty: diff,
      seats: { washington: kinds[0], seoul: kinds[1], tokyo: kinds[2] },
      preset: minutes,
      ...(historical && { historicalCalendar: true }),
    },
  };
}

/** The session code in a page's query string (`?session=...`), or null when there is none. */
export function sessionCodeFromSearch(search: string): string | null {
  const raw = new URLSearchParams(search).get('session');
  return raw === null || raw.trim() === '' ? null : raw.trim();
}

/** A session id is the code, optionally with a table suffix (`.2`) so two games on one machine do not cross. */
export function sessionIdFor(code: string, table?: number): string {
  return table === undefined ? code : `${code}.${table}`;
}

/** The session code inside a session id (drops the table suffix). */
export function codeOfSessionId(sessionId: string): string {
  return sessionId.split('.')[0];
}

/** The console's link; the facilitator's key rides in the fragment, which is never sent to a server. */
export function consoleUrl(sessionId: string, key: string, base = 'console.html'): string {
  return `${base}?session=${encodeURIComponent(sessionId)}#key=${encodeURIComponent(key)}`;
}

/** The key in a page's fragment (`#key=…`), or null. */
export function keyFromHash(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return key && /^[A-Za-z0-9_-]{16,64}$/.test(key) ? key : null;
}
