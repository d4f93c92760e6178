// Causal attribution: which moves and events moved each meter, read from the ledger the model
// writes for every applied change (closed months' ledgers plus the open month's). Nothing is
// estimated: per meter the groups sum to final − start; `unexplained` reports any gap (always 0).

import { round1, startMeters } from '../model';
import {
  type AllyId,
  type GameContext,
  type LedgerEntry,
  METER_PHRASES,
  METERS,
  type MeterKey,
  type Season,
} from '../model';
import { labelCause, seasonClause, seasonsUpTo, turnLabel } from './labels';
import { attribution as T } from '../strings/report';

/** Causes summed over the whole game instead of month by month. */
/** Causes summed over the whole game rather than month by month: the drift parts and overreach. */
const isWholeGame = (cause: string) => cause.split('.')[0] === 'drift' || cause === 'stance.overreaching';

export interface AttributionItem {
  cause: string;
  /** The month (turn) of the change, or null for causes summed over the game. */
  turn: number | null;
  delta: number;
  /** Entries merged into this item. */
  entries: number;
  what: string;
  yours: boolean;
  /** A full sentence: "Pressing Tokyo in Jun 2022, during Tokyo's campaign window, added 11 to …". */
  sentence: string;
}

export interface MeterAttribution {
  meter: MeterKey;
  label: string;
  start: number;
  final: number;
  change: number;
  /** Every group, largest absolute change first; their deltas sum to `change`. */
  items: AttributionItem[];
  /** change − Σ items (zero while the model records every change in the ledger). */
  unexplained: number;
}

export type Attribution = Record<MeterKey, MeterAttribution>;

/** Every ledger entry of the game so far, in order. */
export function allLedgerEntries(ctx: GameContext): LedgerEntry[] {
  return [...ctx.history.flatMap((h) => h.ledger), ...ctx.monthLedger];
}

/** A signed amount with at most one decimal: 11, -2.5. */
export function fmt(n: number): string {
  const r = round1(n);
  return Object.is(r, -0) ? '0' : String(r);
}

function allyOf(meter: MeterKey): AllyId | null {
  const head = meter.split('.')[0];
  return head === 'seoul' || head === 'tokyo' ? head : null;
}

function sentenceFor(
  ctx: GameContext,
  meter: MeterKey,
  item: Omit<AttributionItem, 'sentence'>,
  seasons: Record<AllyId, Season[]>,
): string {
  const parts = [item.what.charAt(0).toUpperCase() + item.what.slice(1)];
  if (item.turn === null) parts.push(T.overGame);
  else {
    parts.push(T.inMonth(turnLabel(ctx.scenario, item.turn)));
    const ally = allyOf(meter);
    const clause = ally && item.yours ? seasonClause(ally, seasons[ally][item.turn]) : '';
    if (clause) parts.push(T.clause(clause));
  }
  const amount = fmt(Math.abs(item.delta));
  parts.push(item.delta >= 0 ? T.added(amount) : T.took(amount));
  parts.push(T.meter(METER_PHRASES[meter]));
  return parts.join('');
}

/** Attribution of every meter's change since the scenario's start. */
export function attribute(ctx: GameContext): Attribution {
  const start = startMeters(ctx.scenario);
  const seasons = seasonsUpTo(ctx, ctx.turn);
  const groups = new Map<string, { meter: MeterKey; cause: string; turn: number | null; delta: number; n: number }>();
  for (const e of allLedgerEntries(ctx)) {
    const turn = isWholeGame(e.cause) ? null : e.turn;
    const key = `${e.meter}|${turn ?? '*'}|${e.cause}`;
    const g = groups.get(key) ?? { meter: e.meter, cause: e.cause, turn, delta: 0, n: 0 };
    g.delta += e.delta;
    g.n += 1;
    groups.set(key, g);
  }
  const out = {} as Attribution;
  for (const meter of METERS) {
    const items: AttributionItem[] = [];
    for (const g of groups.values()) {
      if (g.meter !== meter) continue;
      const label = labelCause(ctx, g.cause, g.turn ?? ctx.turn);
      const base = { cause: g.cause, turn: g.turn, delta: g.delta, entries: g.n, ...label };
      items.push({ ...base, sentence: sentenceFor(ctx, meter, base, seasons) });
    }
    items.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.turn ?? -1) - (b.turn ?? -1));
    const change = ctx.meters[meter] - start[meter];
    const explained = items.reduce((s, i) => s + i.delta, 0);
    out[meter] = {
      meter,
      label: METER_PHRASES[meter],
      start: start[meter],
      final: ctx.meters[meter],
      change,
      items,
      unexplained: change - explained,
    };
  }
  return out;
}

/**
 * The `n` largest items and, if more remain, one "everything else" item carrying their sum, so the
 * list shown still adds up to the meter's change.
 */
export function topItems(a: MeterAttribution, n: number): AttributionItem[] {
  if (a.items.length <= n) return a.items;
  const rest = a.items.slice(n);
  const delta = rest.reduce((s, i) => s + i.delta, 0);
  const amount = fmt(Math.abs(delta));
  const other: AttributionItem = {
    cause: 'other',
    turn: null,
    delta,
    entries: rest.reduce((s, i) => s + i.entries, 0),
    what: T.smaller(rest.length),
    yours: false,
    sentence: T.smallerSentence(rest.length, delta >= 0, amount, a.label),
  };
  return [...a.items.slice(0, n), other];
}

/** The player's own moves that moved `meter` most (for questions and the report). */
export function yourBiggest(a: MeterAttribution, n = 3): AttributionItem[] {
  return a.items.filter((i) => i.yours).slice(0, n);
}
