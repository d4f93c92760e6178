// Session-length presets for a class: how long the seminar runs decides the scenario, the turn
// timer per month and how often random events fire. The three lengths are the ones instructors
// asked for (a short slot, a double period, an afternoon); the minutes always add up.

export const PRESET_LENGTHS = [45, 90, 180] as const;
export type PresetLength = (typeof PRESET_LENGTHS)[number];

export interface SessionPreset {
  minutes: PresetLength;
  label: string;
  /** Shipped scenario id (src/content/scenarios). */
  scenario: string;
  /** Months in that scenario (kept here so the plan can be checked without loading content). */
  months: number;
  /** Turn timer for each month's planning and answers. */
  minutesPerMonth: number;
  /** Random-event density passed to the model's settings (0.25–2). */
  eventDensity: number;
  /** Suggested split of the session: briefing, play and debrief minutes. */
  plan: { briefing: number; play: number; debrief: number };
}

export const PRESETS: Record<PresetLength, SessionPreset> = {
  45: {
    minutes: 45,
    label: 'Short seminar (45 min): The July Window',
    scenario: 'july-window',
    months: 8,
    minutesPerMonth: 3,
    eventDensity: 0.75,
    plan: { briefing: 8, play: 24, debrief: 13 },
  },
  90: {
    minutes: 90,
    label: 'Double period (90 min): Built to Last?',
    scenario: 'built-to-last',
    months: 12,
    minutesPerMonth: 4,
    eventDensity: 1,
    plan: { briefing: 12, play: 48, debrief: 30 },
  },
  180: {
    minutes: 180,
    label: 'Afternoon (180 min): Mending Fences, the full campaign',
    scenario: 'mending-fences',
    months: 20,
    minutesPerMonth: 6,
    eventDensity: 1.25,
    plan: { briefing: 20, play: 120, debrief: 40 },
  },
};

export function isPresetLength(n: unknown): n is PresetLength {
  return PRESET_LENGTHS.includes(n as PresetLength);
}

/** The longest preset that fits in `minutes`, or null when even the shortest does not fit. */
export function presetForLength(minutes: number): SessionPreset | null {
  const fitting = PRESET_LENGTHS.filter((p) => p <= minutes);
  const best = fitting.at(-1);
  return best === undefined ? null : PRESETS[best];
}
