// Words and cues for the game's feel, built from the model's selectors: the milestone moment, the
// turn report's meter moves with their main causes, the room's meter changes with their largest
// causes (as Washington sees them), a mark per answer, and which sound cue a closed
// month calls for. Formatting only; every number and cause comes from the model.

import { labelCause } from '../report';
import {
  type Answer,
  answersTone,
  type CauseShare,
  type GameContext,
  METER_NAMES,
  type SeenMeter,
  selectMeterMoves,
  selectSeenChanges,
} from '../model';
import { FEEL } from '../strings/feel';
import type { Cue } from '../ui/sound';

export interface MilestoneMomentModel {
  capstone: boolean;
  /** The banner's line: "◆ Milestone reached: Foreign ministers meet". */
  line: string;
  /** What the live region says first. */
  live: string;
}

/** The moment for the milestones reached in the month just closed (null: none). */
export function milestoneMoment(ctx: GameContext): MilestoneMomentModel | null {
  const ids = ctx.history.at(-1)?.milestones ?? [];
  if (!ids.length) return null;
  const capstone = ids.includes(ctx.scenario.capstone);
  const names = ids.map((id) => ctx.scenario.milestones[id]?.name ?? id);
  const m = FEEL.milestone;
  const head = capstone ? m.capstone : names.length > 1 ? m.many : m.one;
  const line = `${head}: ${names.join(' · ')}`;
  return { capstone, line: `${capstone ? m.capstoneMark : m.mark} ${line}`, live: `${line.replace(' · ', ', ')}.` };
}

const signed = (n: number) => `${n > 0 ? '▲ +' : '▼ −'}${Math.abs(n)}`;

/** The report lists the meters that moved by at least this much, the largest few of them. */
export const MOVES_SHOWN = { min: 1, most: 4 } as const;

/** A line per public meter that moved most, in the screens' order: "Momentum ▲ +5: mostly reaching …". */
export function moveLines(ctx: GameContext): string[] {
  const moves = selectMeterMoves(ctx).filter((m) => Math.abs(m.delta) >= MOVES_SHOWN.min);
  const largest = [...moves].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)).slice(0, MOVES_SHOWN.most);
  return moves
    .filter((m) => largest.includes(m))
    .map((m) => {
      const why = m.main
        ? `${FEEL.report.mostly} ${labelCause(ctx, m.main.cause, m.main.turn).what}`
        : FEEL.report.noCause;
      return `${METER_NAMES[m.meter]} ${signed(m.delta)}: ${why}`;
    });
}

const MARK: Record<Answer, string> = {
  accept: FEEL.answerMark.yes,
  acceptPrivately: FEEL.answerMark.yes,
  stall: FEEL.answerMark.stall,
  reject: FEEL.answerMark.no,
};

/** A mark per capital asked, for each proposal of the closed month, in the report's order: "✓ ✗". */
export function answerMarks(ctx: GameContext): string[] {
  return (ctx.history.at(-1)?.proposals ?? []).map((p) =>
    p.asks.map((a) => (p.answers[a] ? MARK[p.answers[a]] : FEEL.answerMark.pending)).join(' '),
  );
}

/** The cue a closed month calls for: the milestone's, else the answers' (a yes, a no), else the turn's. */
export function reportCue(ctx: GameContext): Cue {
  const moment = milestoneMoment(ctx);
  if (moment) return moment.capstone ? 'capstone' : 'milestone';
  const tone = answersTone(ctx);
  return tone === 'yes' ? 'yes' : tone === 'no' ? 'no' : 'turn';
}

/** A meter's change as the room shows it for a few seconds after the month closes. */
export interface MeterChangeModel {
  /** The closed month's turn: a bar shows each month's change once. */
  turn: number;
  /** The change to one decimal (the bar moves from value − delta), and as shown ("+6"). */
  delta: number;
  shown: number;
  /** The cause line, then its shorter fallbacks for a narrower row (causeLines). */
  causes: string[];
}

const amount = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)}`;

/** "pressure +3.1", a range in whole numbers "cooling −1…−3" (the end nearer 0 first), or the word alone when unsized. */
export function causeShare(c: CauseShare): string {
  const M = FEEL.meters;
  const word = M.causeWords[c.kind] ?? M.otherCause;
  if (c.unsized) return M.share(word, '');
  if (c.low === c.high) return M.share(word, amount(c.low));
  const [near, far] = (Math.abs(c.low) <= Math.abs(c.high) ? [c.low, c.high] : [c.high, c.low]).map(Math.round);
  return M.share(word, near === far ? amount(near) : `${amount(near)}…${amount(far)}`);
}

/**
 * A meter's cause line and its shorter fallbacks, in the order a row tries them: every cause sized,
 * then one fewer at a time down to the largest alone; then the same without their sizes, down to
 * the largest cause's word alone, so that a crowded row whose ranges do not fit ("one-sidedness
 * −11…−13") still names what moved it (the live region gives every size).
 */
export function causeLines(causes: readonly CauseShare[]): string[] {
  const prefixes = (parts: string[]) => parts.map((_, i) => parts.slice(0, parts.length - i).join(FEEL.meters.joiner));
  const sized = prefixes(causes.map(causeShare));
  const words = prefixes(causes.map((c) => causeShare({ ...c, unsized: true })));
  return [...new Set([...sized, ...words])];
}

/** The closed month's seen changes that show as at least ±1, keyed by meter (none before the first month). */
export function meterChanges(ctx: GameContext): Partial<Record<SeenMeter, MeterChangeModel>> {
  const out: Partial<Record<SeenMeter, MeterChangeModel>> = {};
  for (const c of selectSeenChanges(ctx)) {
    const shown = Math.round(c.delta);
    if (!shown) continue;
    out[c.meter] = { turn: c.turn, delta: c.delta, shown, causes: causeLines(c.causes) };
  }
  return out;
}

/** What the live region says of them: "Last month: Momentum ▲ +6 (pressure +3.1 · launch +2.4); …" ('' when none). */
export function meterChangesSaid(changes: Partial<Record<SeenMeter, MeterChangeModel>>): string {
  const M = FEEL.meters;
  const parts = (Object.entries(changes) as [SeenMeter, MeterChangeModel][]).map(([meter, c]) => {
    const name =
      meter.endsWith('.backlash') || meter.endsWith('.willingness')
        ? M.estimateName(METER_NAMES[meter])
        : METER_NAMES[meter];
    return M.saidPart(name, M.change(c.shown), c.causes[0] ?? '');
  });
  return parts.length ? M.said(parts) : '';
}
