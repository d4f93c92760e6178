// Session-length presets for a class: how long the seminar runs decides the plan (briefing, play,
// debrief), how often random events fire and, with the months of the scenario chosen beside it,
// the turn timer per month. Each length suggests the shipped scenario whose months fill its play
// time exactly; any scenario (a scenario file too) can run at any length. The three lengths are
// the ones instructors asked for (a short slot, a double period, an afternoon).

import { presetLabels } from '../strings/session';

export const PRESET_LENGTHS = [45, 90, 180] as const;
export type PresetLength = (typeof PRESET_LENGTHS)[number];

export interface SessionPreset {
  minutes: PresetLength;
  label: string;
  /** The shipped scenario (src/content/scenarios) whose months fill the play time exactly. */
  suggestedScenario: string;
  /** Months in that scenario (kept here so the plan can be checked without loading content). */
  months: number;
  /** Turn timer for each month of the suggested scenario (other scenarios: minutesPerMonthFor). */
  minutesPerMonth: number;
  /** Random-event density passed to the model's settings (0.25–2). */
  eventDensity: number;
  /** Suggested split of the session: briefing, play and debrief minutes. */
  plan: { briefing: number; play: number; debrief: number };
}

export const PRESETS: Record<PresetLength, SessionPreset> = {
  45: {
    minutes: 45,
    label: presetLabels[45],
    suggestedScenario: 'july-window',
    months: 8,
    minutesPerMonth: 3,
    eventDensity: 0.75,
    plan: { briefing: 8, play: 24, debrief: 13 },
  },
  90: {
    minutes: 90,
    label: presetLabels[90],
    suggestedScenario: 'built-to-last',
    months: 12,
    minutesPerMonth: 4,
    eventDensity: 1,
    plan: { briefing: 12, play: 48, debrief: 30 },
  },
  180: {
    minutes: 180,
    label: presetLabels[180],
    suggestedScenario: 'mending-fences',
    months: 20,
    minutesPerMonth: 6,
    eventDensity: 1.25,
    plan: { briefing: 20, play: 120, debrief: 40 },
  },
};

/** The longest and shortest turn timer a month gets, whatever the scenario's length. */
export const TIMER_MINUTES = { min: 1, max: 15 } as const;

/** The turn timer that spreads the preset's play time over a scenario of `months` months. */
export function minutesPerMonthFor(preset: SessionPreset, months: number): number {
  const even = Math.round(preset.plan.play / Math.max(1, months));
  return Math.min(TIMER_MINUTES.max, Math.max(TIMER_MINUTES.min, even));
}

export function isPresetLength(n: unknown): n is PresetLength {
  return PRESET_LENGTHS.includes(n as PresetLength);
}

/** The longest preset that fits in `minutes`, or null when even the shortest does not fit. */
export function presetForLength(minutes: number): SessionPreset | null {
  const fitting = PRESET_LENGTHS.filter((p) => p <= minutes);
  const best = fitting.at(-1);
  return best === undefined ? null : PRESETS[best];
}
