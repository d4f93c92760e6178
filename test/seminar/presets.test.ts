// Session-length presets: each length maps to a shipped scenario whose months fit the play time,
// a density the model accepts, and a plan whose parts add up to the session length.
import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../src/content/catalog';
import { settingsProblem } from '../../src/model/phases/facilitation';
import { PRESET_LENGTHS, PRESETS, presetForLength } from '../../src/seminar/presets';

describe('session presets', () => {
  it.each([
    [45, 'july-window', 3, 0.75],
    [90, 'built-to-last', 4, 1],
    [180, 'mending-fences', 6, 1.25],
  ] as const)('%i minutes → %s, %i min per month, density %f', (minutes, scenario, perMonth, density) => {
    const p = PRESETS[minutes];
    expect(p).toMatchObject({ minutes, scenario, minutesPerMonth: perMonth, eventDensity: density });
  });

  it.each(PRESET_LENGTHS)('the %i-minute plan adds up and fits the scenario', (minutes) => {
    const p = PRESETS[minutes];
    expect(p.plan.briefing + p.plan.play + p.plan.debrief).toBe(minutes);
    const s = loadShippedScenario(p.scenario);
    expect(s.ok).toBe(true);
    if (s.ok) expect(s.value.months).toBe(p.months);
    expect(p.months * p.minutesPerMonth).toBe(p.plan.play);
    expect(settingsProblem({ eventDensity: p.eventDensity })).toBeNull();
    expect(p.plan.debrief).toBeGreaterThanOrEqual(10);
  });

  it.each([
    [30, null],
    [45, 45],
    [60, 45],
    [90, 90],
    [120, 90],
    [180, 180],
    [240, 180],
  ])('a %i-minute slot gets the %s preset', (slot, expected) => {
    expect(presetForLength(slot)?.minutes ?? null).toBe(expected);
  });
});
