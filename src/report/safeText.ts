// Text that came from a person or a file, made safe to show and to store: bidirectional-override
// and isolate controls (which can reverse the app's own text around them) and other invisible
// control characters are removed; line breaks and tabs stay. Also the one place that says how
// long each kind of free text may be, so forms, the protocol, the server and file readers agree.

import { CUSTOM_EVENT_LIMITS, EVENT_LIMITS } from '../model';

/** U+202A–U+202E (embeddings, overrides), U+2066–U+2069 (isolates), LRM/RLM/ALM. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** C0 and C1 controls except tab, line feed and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const OTHER_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export const TEXT_LIMITS = {
  /** A delegation's reason for its answer. */
  rationale: EVENT_LIMITS.rationale,
  /** One message between delegations. */
  message: 500,
  /** A custom inject's title and text. */
  injectTitle: CUSTOM_EVENT_LIMITS.title,
  injectText: CUSTOM_EVENT_LIMITS.text,
  /** A facilitator's reason for an action. */
  reason: EVENT_LIMITS.reason,
} as const;

export function neutraliseControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(OTHER_CONTROLS, '');
}

export function hasBidiControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  const found = BIDI_CONTROLS.test(text);
  BIDI_CONTROLS.lastIndex = 0;
  return found;
}

/** A parsed JSON value with every string in it neutralised (a new value; the input is untouched). */
export function neutraliseDeep<T>(value: T): T {
  if (typeof value === 'string') return neutraliseControls(value) as T;
  if (Array.isArray(value)) return value.map(neutraliseDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '__proto__') continue;
      out[k] = neutraliseDeep(v);
    }
    return out as T;
  }
  return value;
}
