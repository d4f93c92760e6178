// The closed month's change of every meter Washington sees, with its largest causes as Washington
// can account for them, for the room's meters: the public meters from their ledger, the capitals'
// backlash ESTIMATES from the backlash account (sized by what the rules list, cooling as a range;
// never a hidden true value), the willingness estimates with no causes (Washington keeps no account
// of them). Causes are summed by kind (two launches are one "launch" share). Pure.

import { selectBacklashAccount } from './explain';
import { round1 } from './rules/bounds';
import { selectWashingtonReport } from './selectors';
import { ALLIES, type AllyId, type GameContext, PUBLIC_METERS } from './types';

/** A meter as Washington sees it: a public one, or its estimate of a capital's hidden one. */
export type SeenMeter = (typeof PUBLIC_METERS)[number] | `${AllyId}.backlash` | `${AllyId}.willingness`;

/** One kind of cause's share of a change: the ledger cause's head ('posture', 'event', 'drift.cooling' …). */
export interface CauseShare {
  kind: string;
  /** What it added, or the range it may have added where that depends on the hidden level. */
  low: number;
  high: number;
  /** A facilitator's setting on a hidden meter: its size would show the hidden level. */
  unsized?: true;
}

export interface SeenChange {
  meter: SeenMeter;
  /** The closed month's turn (a view shows each month's change once). */
  turn: number;
  /** The change Washington sees, to one decimal: of the meter, or of its own estimate. */
  delta: number;
  /** The largest causes, largest first (at most CAUSES_SHOWN). */
  causes: CauseShare[];
}

/** The kind of the share the backlash account leaves over (`BacklashAccount.revision`). */
export const REVISION_KIND = 'revision';

/** How many causes a change names. */
export const CAUSES_SHOWN = 2;

/** A cause smaller than this (either end of its range) is left out. */
const CAUSE_MIN = 0.05;

/** 'drift.cooling' stays itself; 'initiative.x.public' and 'facilitator.adjust: …' go by their head. */
export function causeKind(cause: string): string {
  return cause.startsWith('drift.') ? cause : (cause.split(/[.:]/)[0] ?? cause);
}

const size = (c: CauseShare) => Math.max(Math.abs(c.low), Math.abs(c.high));

/** +1 when a share pushed the way the meter went (by its range's middle), −1 against, 0 unsized or none. */
const withChange = (c: CauseShare, delta: number) => (c.unsized ? 0 : Math.sign(c.low + c.high) * Math.sign(delta));

/**
 * Sums shares by kind and keeps CAUSES_SHOWN of them, to one decimal: those that pushed the meter
 * the way it went first, then the largest (ties: the first seen), so that a rise is never labelled
 * by the fall it beat.
 */
function largest(shares: readonly CauseShare[], delta: number): CauseShare[] {
  const byKind = new Map<string, CauseShare>();
  for (const s of shares) {
    const same = byKind.get(s.kind);
    if (same) {
      same.low += s.low;
      same.high += s.high;
    } else byKind.set(s.kind, { ...s });
  }
  return [...byKind.values()]
    .map((c) => ({ ...c, low: round1(Math.min(c.low, c.high)), high: round1(Math.max(c.low, c.high)) }))
    .filter((c) => c.unsized || size(c) >= CAUSE_MIN)
    .sort((a, b) => withChange(b, delta) - withChange(a, delta) || size(b) - size(a))
    .slice(0, CAUSES_SHOWN);
}

/** The closed month's changes of the meters Washington sees, in the screens' order (empty before the first). */
export function selectSeenChanges(ctx: GameContext): SeenChange[] {
  const record = ctx.history.at(-1);
  const report = selectWashingtonReport(ctx);
  const account = selectBacklashAccount(ctx);
  if (!record || !report || !account) return [];
  const turn = record.turn;
  const out: SeenChange[] = PUBLIC_METERS.map((meter) => ({
    meter,
    turn,
    delta: report.publicDeltas[meter],
    causes: largest(
      record.ledger
        .filter((e) => e.meter === meter)
        .map((e) => ({ kind: causeKind(e.cause), low: e.delta, high: e.delta })),
      report.publicDeltas[meter],
    ),
  }));
  for (const ally of ALLIES) {
    out.push({
      meter: `${ally}.backlash`,
      turn,
      delta: report.estimateDeltas[ally].backlash,
      causes: largest(
        [
          ...account[ally].lines.map((l) => ({
            kind: causeKind(l.cause),
            low: l.low,
            high: l.high,
            ...(l.unsized ? { unsized: true as const } : {}),
          })),
          // what the causes leave over of the estimate's move: the embassy revising its reading
          { kind: REVISION_KIND, low: account[ally].revision.low, high: account[ally].revision.high },
        ],
        report.estimateDeltas[ally].backlash,
      ),
    });
    out.push({ meter: `${ally}.willingness`, turn, delta: report.estimateDeltas[ally].willingness, causes: [] });
  }
  return out;
}
