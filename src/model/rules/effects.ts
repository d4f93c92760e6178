// Applying effects to meters, with bookkeeping. Every change to a meter goes through here, so the
// month's ledger records the actual (clamped) delta and its cause. The debrief's causal
// attribution sums this ledger; it never guesses.

import type { Effects, LedgerEntry, MeterKey, Meters } from '../types';
import { clamp, round1 } from './bounds';

/** A month's working copy: meters and the ledger being written. Local to one pure step. */
export interface MeterDraft {
  turn: number;
  meters: Meters;
  ledger: LedgerEntry[];
}

/** A ledger cause from its kind and what it names: `cause('leak', id)` is "leak.<id>". */
export function cause(kind: string, ...names: string[]): string {
  return [kind, ...names].join('.');
}

export function applyDelta(draft: MeterDraft, meter: MeterKey, delta: number, cause: string): number {
  if (!delta || !Number.isFinite(delta)) return 0;
  const before = draft.meters[meter];
  const after = round1(clamp(before + delta));
  const actual = round1(after - before);
  if (actual === 0) return 0;
  draft.meters[meter] = after;
  draft.ledger.push({ turn: draft.turn, meter, delta: actual, cause });
  return actual;
}

export function applyEffects(draft: MeterDraft, effects: Effects, cause: string, scale = 1): void {
  for (const key in effects) {
    const meter = key as MeterKey;
    applyDelta(draft, meter, (effects[meter] ?? 0) * scale, cause);
  }
}

/** Sets a meter to a value (facilitator adjustments), recorded as a delta like any other change. */
export function setMeter(draft: MeterDraft, meter: MeterKey, value: number, cause: string): number {
  return applyDelta(draft, meter, clamp(value) - draft.meters[meter], cause);
}
