// The month's moves of the public meters, each with its main cause: the largest ledger entry that
// pushed the meter the way it went (for the turn report's animated rows). Answers' overall tone
// (for a sound cue). Pure.

import { selectReport } from './selectors';
import { isYes } from './rules/proposals';
import type { GameContext, LedgerEntry, MeterKey } from './types';
import { PUBLIC_METERS } from './vocabulary';

export interface MeterMove {
  meter: MeterKey;
  /** The meter's change over the month, to one decimal (as the report gives it). */
  delta: number;
  /** The largest single cause in the direction the meter moved (null when none did). */
  main: LedgerEntry | null;
}

/** The largest entry that pushed `delta`'s way (ties: the first in the ledger). */
export function mainCause(entries: readonly LedgerEntry[], delta: number): LedgerEntry | null {
  let best: LedgerEntry | null = null;
  for (const e of entries) {
    if (Math.sign(e.delta) !== Math.sign(delta)) continue;
    if (!best || Math.abs(e.delta) > Math.abs(best.delta)) best = e;
  }
  return best;
}

/** The public meters that moved last month (by at least 0.1), in the screens' order. */
export function selectMeterMoves(ctx: GameContext): MeterMove[] {
  const record = ctx.history.at(-1);
  const report = selectReport(ctx);
  if (!record || !report) return [];
  const out: MeterMove[] = [];
  for (const meter of PUBLIC_METERS) {
    const delta = report.deltas[meter];
    if (!delta) continue;
    out.push({
      meter,
      delta,
      main: mainCause(
        record.ledger.filter((e) => e.meter === meter),
        delta,
      ),
    });
  }
  return out;
}

/** 'yes' when every answer given last month was a yes, 'no' when none was, 'mixed' otherwise; null: no answers. */
export function answersTone(ctx: GameContext): 'yes' | 'no' | 'mixed' | null {
  const answers = (ctx.history.at(-1)?.proposals ?? []).flatMap((p) => Object.values(p.answers));
  if (!answers.length) return null;
  const yes = answers.filter(isYes).length;
  return yes === answers.length ? 'yes' : yes === 0 ? 'no' : 'mixed';
}
