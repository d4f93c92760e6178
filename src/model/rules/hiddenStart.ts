// The hidden opening: the scenario's backlash and willingness figures are read off polls, and the
// true mood of each public lies somewhere around them. Each game draws its own, so no fixed plan is
// safe in every game: how hard Washington can push has to be read from its estimates.
// Assumption (docs/model.md): polls of "bad impression" move by about ten points within a year
// (fact base §6), so the true opening lies within ±10 of the scenario's figure.

import { ALLIES } from '../types';
import { ALLY_METERS } from './allyMeters';
import { applyDelta, type MeterDraft } from './effects';

/** How far the true opening values may lie from the scenario's figures, either side. */
export const START_SPREAD = { backlash: 10, willingness: 10 } as const;

/** The ledger's cause for the drawn opening (the first month's report lists it). */
export const OPENING_CAUSE = 'opening';

/** One hidden offset for `draw` uniform in [0, 1). */
export function startOffset(spread: number, draw: number): number {
  return (draw * 2 - 1) * spread;
}

/**
 * Moves each ally's backlash and willingness in `draft` (the scenario's opening meters) by a drawn
 * offset, recorded in the ledger so that every change from the scenario's figures is accounted for.
 */
export function drawHiddenStart(draft: MeterDraft, draw: () => number): void {
  for (const ally of ALLIES) {
    const k = ALLY_METERS[ally];
    applyDelta(draft, k.backlash, startOffset(START_SPREAD.backlash, draw()), OPENING_CAUSE);
    applyDelta(draft, k.willingness, startOffset(START_SPREAD.willingness, draw()), OPENING_CAUSE);
  }
}
