// Seeded randomness for the model. The generator's state lives in the machine's context as a
// plain number array (xoroshiro128+ from pure-rand), so a persisted snapshot resumes the exact
// same sequence. Nothing here reads the clock or the platform's unseeded generator.
// The seed fills all 128 bits of the state through splitmix32, as xoroshiro's authors advise:
// pure-rand's own `xoroshiro128plus(seed)` puts the seed into the state as it is, so the first
// draws of consecutive seeds were close to one another and far from uniform (mean 0.88).

import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

export type RngState = readonly number[];

/** splitmix32: a stream of well-mixed 32-bit words from one 32-bit seed. */
function splitmix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) | 0;
  };
}

/** The generator state for a seed. Any integer seed works; it is truncated to 32 bits. */
export function seedRng(seed: number): RngState {
  const words = splitmix32(seed);
  const state: number[] = [words(), words(), words(), words()];
  // xoroshiro's one forbidden state is all zeros; splitmix32 never yields four zeros in a row,
  // but the guard costs nothing.
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return xoroshiro128plusFromState(state).getState();
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
