// Session-length presets: each length suggests a shipped scenario whose months fit the play time,
// a density the model accepts, and a plan whose parts add up to the session length; any scenario
// runs at any length, its timer spreading the play time over its months. A scenario file gets a
// session code of its own that starts a game only with that file.
import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../src/content/catalog';
import { settingsProblem } from '../../src/model/phases/facilitation';
import { loadScenarioText } from '../../src/app/scenarioFile';
import { scenarioHash } from '../../src/report/scenarioHash';
import { minutesPerMonthFor, PRESET_LENGTHS, PRESETS, presetForLength, TIMER_MINUTES } from '../../src/seminar/presets';
import { decodeSession, encodeSession, fileScenarioTag } from '../../src/seminar/sessionCode';
import { sessionSetup } from '../../src/seminar/setup';
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/app/scenarios';

// the game's catalog is fetched on demand (src/app/scenarios.ts)
await loadContent();

describe('session presets', () => {
  it.each([
    [45, 'july-window', 3, 0.75],
    [90, 'built-to-last', 4, 1],
    [180, 'mending-fences', 6, 1.25],
  ] as const)('%i minutes → %s, %i min per month, density %f', (minutes, scenario, perMonth, density) => {
    const p = PRESETS[minutes];
    expect(p).toMatchObject({ minutes, suggestedScenario: scenario, minutesPerMonth: perMonth, eventDensity: density });
  });

  it.each(PRESET_LENGTHS)('the %i-minute plan adds up and fits the scenario', (minutes) => {
    const p = PRESETS[minutes];
    expect(p.plan.briefing + p.plan.play + p.plan.debrief).toBe(minutes);
    const s = loadShippedScenario(p.suggestedScenario);
    expect(s.ok).toBe(true);
    if (s.ok) expect(s.value.months).toBe(p.months);
    expect(minutesPerMonthFor(p, p.months)).toBe(p.minutesPerMonth);
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

  it.each([
    [45, 'mending-fences', 20, 1],
    [90, 'july-window', 8, 6],
    [180, 'july-window', 8, TIMER_MINUTES.max],
    [180, 'built-to-last', 12, 10],
  ] as const)('length %i with %s (%i months): %i min per month', (minutes, scenario, months, perMonth) => {
    const code = encodeSession({
      scenario,
      seed: 7,
      difficulty: 'normal',
      seats: { washington: 'human', seoul: 'human', tokyo: 'computer' },
      preset: minutes,
    });
    const setup = sessionSetup(code);
    if (!setup.ok) throw new Error(setup.error);
    expect(setup.input.scenario.months).toBe(months);
    expect(setup.input.scenario.id).toBe(scenario);
    expect(setup.minutesPerMonth).toBe(perMonth);
    expect(setup.input.settings.eventDensity).toBe(PRESETS[minutes].eventDensity);
  });

  it('a scenario file has a code of its own, which starts only with that file', () => {
    const text = readFileSync('src/content/scenarios/july-window.json', 'utf8');
    const file = loadScenarioText('my-class.json', text.replace('"The July Window"', '"Our July Window"'));
    const other = loadScenarioText('other.json', text);
    if (!file.ok || !other.ok) throw new Error('fixture does not load');
    const tag = fileScenarioTag(scenarioHash(file.value));
    const params = {
      scenario: `file:${tag}`,
      seed: 99,
      difficulty: 'easy' as const,
      seats: { washington: 'human' as const, seoul: 'human' as const, tokyo: 'human' as const },
      preset: 45 as const,
    };
    const code = encodeSession(params);
    expect(code.split('-')[1]).toBe(`F${tag}`);
    expect(decodeSession(code)).toEqual({ ok: true, value: params });
    expect(sessionSetup(code)).toMatchObject({ ok: false, error: expect.stringMatching(/scenario file/) });
    expect(sessionSetup(code, other.value)).toMatchObject({ ok: false, error: expect.stringMatching(/not the one/) });
    const setup = sessionSetup(code, file.value);
    if (!setup.ok) throw new Error(setup.error);
    expect(setup.input.scenario.title).toBe('Our July Window');
    expect(setup.minutesPerMonth).toBe(3);
  });
});
