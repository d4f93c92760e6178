// Difficulty levels as a table of multipliers. Normal is the historical calibration; easy and hard
// shift how sharply publics react, how readily delegations agree and how much intelligence blurs.

import type { Difficulty } from '../types';

export interface DifficultyTable {
  /** Scales every backlash gain. */
  backlash: number;
  /** Added to a delegation's answer score (points). */
  answerBias: number;
  /** Starting uncertainty of estimates (points either side). */
  uncertainty: number;
  /** Washington's base bandwidth (initiatives per month). */
  bandwidth: number;
}

export const DIFFICULTY: Record<Difficulty, DifficultyTable> = {
  easy: { backlash: 0.85, answerBias: 12, uncertainty: 12, bandwidth: 3 },
  normal: { backlash: 1, answerBias: 0, uncertainty: 12, bandwidth: 3 },
  hard: { backlash: 1.15, answerBias: -5, uncertainty: 16, bandwidth: 3 },
};
