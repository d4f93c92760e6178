// Test helpers: the mini scenario resolved through the real loader, and actors built from it.

import { createActor } from 'xstate';
import { loadScenario, parseDeck } from '../../src/content/load';
import type { ResolvedScenario } from '../../src/model/scenario';
import { gameMachine } from '../../src/model/machine';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import type { GameInput, LedgerEntry, MeterKey, Meters, Settings } from '../../src/model/types';
import miniDeck from '../fixtures/miniDeck.json';
import miniScenario from '../fixtures/miniScenario.json';

export function miniScenarioResolved(overrides: Record<string, unknown> = {}): ResolvedScenario {
  const deck = parseDeck('miniDeck.json', miniDeck);
  if (!deck.ok) throw new Error(deck.problems.map((p) => p.message).join('\n'));
  const s = loadScenario('miniScenario.json', { ...miniScenario, ...overrides }, deck.value);
  if (!s.ok) throw new Error(s.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return s.value;
}

export function miniInput(settings: Partial<Settings> = {}, overrides: Record<string, unknown> = {}): GameInput {
  return { scenario: miniScenarioResolved(overrides), settings: { ...DEFAULT_SETTINGS, ...settings } };
}

/** An actor on the mini scenario, started and moved into the campaign's first planning phase. */
export function startedGame(settings: Partial<Settings> = {}, overrides: Record<string, unknown> = {}) {
  const actor = createActor(gameMachine, { input: miniInput(settings, overrides) }).start();
  actor.send({ type: 'setup.confirm' });
  actor.send({ type: 'briefing.done' });
  return actor;
}

/** Middling meters for rule tests, with `over` replacing some of them. */
export function testMeters(over: Partial<Meters> = {}): Meters {
  return {
    'seoul.backlash': 40,
    'seoul.approval': 50,
    'seoul.willingness': 50,
    'tokyo.backlash': 40,
    'tokyo.approval': 50,
    'tokyo.willingness': 50,
    trust: 40,
    momentum: 40,
    threat: 40,
    credibility: 60,
    ...over,
  };
}

/** The ledger's deltas summed per meter (what attribution must add up to). */
export function ledgerTotals(entries: readonly LedgerEntry[]): Partial<Record<MeterKey, number>> {
  const out: Partial<Record<MeterKey, number>> = {};
  for (const e of entries) out[e.meter] = (out[e.meter] ?? 0) + e.delta;
  return out;
}
