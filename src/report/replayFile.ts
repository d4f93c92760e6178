// The replay file: scenario id, settings and the accepted decisions, enough to rebuild the game
// exactly, and for a networked table the messages between delegations its reader may read. Owns the file format (zod-validated, versioned), writing it from a context,
// reading it back with a clear message for every bad file, and a stable hash of a game's state.

import { z } from 'zod';
import { type GameContext, type GameEvent, gameEventSchema, type Settings, settingsSchema } from '../model';

import { MAX_DECISIONS, sizeProblem } from './fileLimits';
import { type DebriefMessage, messagesSchema } from './messages';
import { neutraliseDeep } from './safeText';
import * as W from '../strings/report';

export { gameEventSchema, settingsSchema };

export const REPLAY_FORMAT = 'mending-fences/replay';
export const REPLAY_VERSION = 1;

export const replaySchema = z.object({
  format: z.literal(REPLAY_FORMAT),
  version: z.literal(REPLAY_VERSION),
  scenario: z.string().min(1).max(200),
  seed: z.number().int(),
  settings: settingsSchema,
  decisions: z.array(gameEventSchema).max(MAX_DECISIONS, W.replay.tooManyDecisions(MAX_DECISIONS)),
  /** Messages between delegations (networked tables only; absent in a solo game's file). */
  messages: messagesSchema.optional(),
});

export type ReplayFile = z.infer<typeof replaySchema> & { decisions: GameEvent[]; settings: Settings };

export type ReplayParse = { ok: true; replay: ReplayFile } | { ok: false; message: string };

/** The replay of a game so far: it starts from the settings the actor was created with. */
export function toReplay(ctx: GameContext, scenarioId: string, messages: readonly DebriefMessage[] = []): ReplayFile {
  const settings = ctx.inputSettings;
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    scenario: scenarioId,
    seed: settings.seed,
    settings,
    decisions: ctx.decisions.map((d) => d.event),
    ...(messages.length ? { messages: [...messages] } : {}),
  };
}

export function replayToJson(replay: ReplayFile): string {
  return `${JSON.stringify(replay, null, 2)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.length ? issue.path.join('.') : W.replay.theFile;
  return `${path}: ${issue.message}`;
}

/** Reads a replay file's text. Never throws; every refusal says what is wrong in plain words. */
/** True when some `{` or `[` outside strings is never closed: the text stops inside the document. */
function leftOpen(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return depth > 0 || inString;
}

export function parseReplay(text: string): ReplayParse {
  const big = sizeProblem('replay', text);
  if (big) return { ok: false, message: big };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const trimmed = text.trim();
    if (trimmed === '') return { ok: false, message: W.replay.empty };
    const cut = trimmed.startsWith('{') && (!trimmed.endsWith('}') || leftOpen(trimmed));
    const detail = e instanceof Error ? ` (${e.message})` : '';
    return {
      ok: false,
      message: cut ? W.replay.cut(detail) : W.replay.notJson(detail),
    };
  }
  if (!isObject(data)) return { ok: false, message: W.replay.notObject };
  if ('format' in data && data.format !== REPLAY_FORMAT) {
    return { ok: false, message: W.replay.otherFormat(String(data.format)) };
  }
  if (!('format' in data)) {
    return { ok: false, message: W.replay.noFormat };
  }
  if (typeof data.version === 'number' && data.version > REPLAY_VERSION) {
    return {
      ok: false,
      message: W.replay.newer(data.version, REPLAY_VERSION),
    };
  }
  if (data.version !== REPLAY_VERSION) {
    return { ok: false, message: W.replay.unknownVersion(JSON.stringify(data.version)) };
  }
  return checkReplay(data);
}

/**
 * Checks an already parsed replay (a file's, or the one inside a save or a console message).
 * `what` names it in the refusal: "The replay file is damaged: decisions.3: …".
 */
export function checkReplay(data: unknown, what: string = W.replay.theReplayFile): ReplayParse {
  const parsed = replaySchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: W.replay.damaged(what, firstIssue(parsed.error)) };
  // Free text in a replay (rationales, injects, reasons) loses bidi and control characters.
  const replay = neutraliseDeep(parsed.data) as ReplayFile;
  if (replay.seed !== replay.settings.seed) {
    return { ok: false, message: W.replay.damaged(what, W.replay.seedMismatch) };
  }
  return { ok: true, replay };
}
