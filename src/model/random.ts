// Seeded randomness for the model. The generator's state lives in the machine's context as a
// plain number array (xoroshiro128+ from pure-rand), so a persisted snapshot resumes the exact
// same sequence. Nothing here reads the clock or the platform's unseeded generator.

import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

export type RngState = readonly number[];

/** The generator state for a seed. Any integer seed works; it is truncated to 32 bits. */
export function seedRng(seed: number): RngState {
  return xoroshiro128plus(seed | 0).getState();
}

/** A draw function over a copy of `state`; call `done()` for the state after the draws. */
export interface Draws {
  /** A uniform number in [0, 1). */
  next(): number;
  done(): RngState;
}

export function startDraws(state: RngState): Draws {
  const rng = xoroshiro128plusFromState(state);
  return {
    next: () => uniformFloat64(rng),
    done: () => rng.getState(),
  };
}

/** Stable 32-bit hash of a string (FNV-1a), to turn a session code or text into a seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
