// The replay file: scenario id, settings and the accepted decisions, enough to rebuild the game
// exactly. Owns the file format (zod-validated, versioned, v0 migrated), writing it from a context,
// reading it back with a clear message for every bad file, and a stable hash of a game's state.

import { z } from 'zod';
import { DEFAULT_SETTINGS } from '../model/phases/context';
import { ANSWERS, DIFFICULTIES, type GameContext, type GameEvent, METERS, SEATS, type Settings } from '../model/types';
import { settingsOfInput } from './inputSettings';
import { MAX_DECISIONS, sizeProblem } from './fileLimits';
import { neutraliseControls, TEXT_LIMITS } from './safeText';

export const REPLAY_FORMAT = 'mending-fences/replay';
export const REPLAY_VERSION = 1;

const seatKind = z.enum(['human', 'computer']);
const seat = z.enum(SEATS);
const ally = z.enum(['seoul', 'tokyo']);
const meter = z.enum(METERS);

export const settingsSchema = z.object({
  seed: z.number().int(),
  difficulty: z.enum(DIFFICULTIES),
  seats: z.object({ washington: seatKind, seoul: seatKind, tokyo: seatKind }),
  eventDensity: z.number().min(0.25).max(2),
});

const id = z.string().max(120);
/** Free text in a replay: capped like the form it came from, with bidi controls removed. */
const text = (max: number) => z.string().max(max).transform(neutraliseControls);
const customEvent = z.object({
  title: text(TEXT_LIMITS.injectTitle),
  text: text(TEXT_LIMITS.injectText),
  effects: z.partialRecord(meter, z.number()),
});

const posture = z.literal([0, 1, 2, 3]);
const channel = z.enum(['private', 'public']);
const plan = z.object({
  posture: z.object({ seoul: posture, tokyo: posture }),
  initiatives: z.array(z.object({ id, channel })).max(50),
});

/** Each event's known fields are checked; unknown ones are kept (not stripped) for the machine to judge. */
const event = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);

export const gameEventSchema = z.discriminatedUnion('type', [
  event({ type: z.literal('setup.configure'), settings: settingsSchema.partial() }),
  event({ type: z.literal('setup.confirm') }),
  event({ type: z.literal('briefing.done') }),
  event({ type: z.literal('posture.set'), ally, posture }),
  event({ type: z.literal('initiative.queue'), initiative: id, channel }),
  event({ type: z.literal('initiative.cancel'), initiative: id }),
  event({ type: z.literal('turn.commit'), plan: plan.optional() }),
  event({ type: z.literal('event.choose'), event: id, choice: id }),
  event({ type: z.literal('turn.next') }),
  event({ type: z.literal('seat.assign'), seat, kind: seatKind }),
  event({
    type: z.literal('proposal.answer'),
    seat,
    proposal: id,
    answer: z.enum(ANSWERS),
    rationale: text(TEXT_LIMITS.rationale).optional(),
  }),
  event({ type: z.literal('facilitator.inject'), event: id }),
  event({ type: z.literal('facilitator.injectCustom'), custom: customEvent }),
  event({
    type: z.literal('facilitator.adjust'),
    meter,
    value: z.number(),
    reason: z.string().max(TEXT_LIMITS.reason),
  }),
  event({ type: z.literal('facilitator.end') }),
]);

export const replaySchema = z.object({
  format: z.literal(REPLAY_FORMAT),
  version: z.literal(REPLAY_VERSION),
  scenario: z.string().min(1).max(200),
  seed: z.number().int(),
  settings: settingsSchema,
  decisions: z.array(gameEventSchema).max(MAX_DECISIONS, `a replay holds at most ${MAX_DECISIONS} decisions`),
});

/** Version 0 (early builds): no format tag, the difficulty beside the seed, and `moves`. */
export const replayV0Schema = z.object({
  version: z.literal(0),
  scenarioId: z.string().min(1).max(200),
  seed: z.number().int(),
  difficulty: z.enum(DIFFICULTIES).default('normal'),
  moves: z.array(gameEventSchema).max(MAX_DECISIONS, `a replay holds at most ${MAX_DECISIONS} decisions`),
});

export type ReplayFile = z.infer<typeof replaySchema> & { decisions: GameEvent[]; settings: Settings };

export type ReplayParse = { ok: true; replay: ReplayFile; migratedFrom?: number } | { ok: false; message: string };

/** The replay of a game so far. `input` is the settings the actor was created with, when known. */
export function toReplay(ctx: GameContext, scenarioId: string, input?: Settings): ReplayFile {
  const settings = input ?? settingsOfInput(ctx);
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    scenario: scenarioId,
    seed: settings.seed,
    settings,
    decisions: ctx.decisions.map((d) => d.event),
  };
}

export function replayToJson(replay: ReplayFile): string {
  return `${JSON.stringify(replay, null, 2)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.length ? issue.path.join('.') : 'the file';
  return `${path}: ${issue.message}`;
}

/** Reads a replay file's text. Never throws; every refusal says what is wrong in plain words. */
export function parseReplay(text: string): ReplayParse {
  const big = sizeProblem('replay', text);
  if (big) return { ok: false, message: big };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const trimmed = text.trim();
    if (trimmed === '') return { ok: false, message: 'The replay file is empty.' };
    const cut = trimmed.startsWith('{') && !trimmed.endsWith('}');
    const detail = e instanceof Error ? ` (${e.message})` : '';
    return {
      ok: false,
      message: cut
        ? `The replay file is cut short: it looks truncated, perhaps by an interrupted download${detail}.`
        : `The replay file is not valid JSON${detail}.`,
    };
  }
  if (!isObject(data)) return { ok: false, message: 'This is not a Mending Fences replay: expected a JSON object.' };
  if ('format' in data && data.format !== REPLAY_FORMAT) {
    return { ok: false, message: `This is not a Mending Fences replay: its format is "${String(data.format)}".` };
  }
  if (!('format' in data) && data.version === 0) return migrateV0(data);
  if (!('format' in data)) {
    return { ok: false, message: 'This is not a Mending Fences replay: it has no "format" field.' };
  }
  if (typeof data.version === 'number' && data.version > REPLAY_VERSION) {
    return {
      ok: false,
      message: `This replay was saved by a newer version of Mending Fences (file version ${data.version}; this game reads versions 0 to ${REPLAY_VERSION}). Update the game to open it.`,
    };
  }
  if (data.version !== REPLAY_VERSION) {
    return { ok: false, message: `Unknown replay version ${JSON.stringify(data.version)}.` };
  }
  const parsed = replaySchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: `The replay file is damaged: ${firstIssue(parsed.error)}.` };
  const replay = parsed.data as ReplayFile;
  if (replay.seed !== replay.settings.seed) {
    return { ok: false, message: 'The replay file is damaged: its seed and its settings disagree.' };
  }
  return { ok: true, replay };
}

function migrateV0(data: Record<string, unknown>): ReplayParse {
  const parsed = replayV0Schema.safeParse(data);
  if (!parsed.success)
    return { ok: false, message: `The old (version 0) replay is damaged: ${firstIssue(parsed.error)}.` };
  const v0 = parsed.data;
  const settings: Settings = { ...DEFAULT_SETTINGS, seed: v0.seed, difficulty: v0.difficulty };
  return {
    ok: true,
    migratedFrom: 0,
    replay: {
      format: REPLAY_FORMAT,
      version: REPLAY_VERSION,
      scenario: v0.scenarioId,
      seed: v0.seed,
      settings,
      decisions: v0.moves as GameEvent[],
    },
  };
}
