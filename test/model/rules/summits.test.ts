// The summits a card convened on the sidelines reads (this month's leaders' summit and the next
// one), and the calendar strip's mark on the summits the three leaders attend.
import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../../src/content/catalog';
import { createInitialContext, DEFAULT_SETTINGS } from '../../../src/model/context';
import { summitState } from '../../../src/model/rules/summits';
import { selectCalendar } from '../../../src/model/selectors';

const summits = [
  { month: '2022-05', name: 'Bilateral visits', leaders: false },
  { month: '2022-06', name: 'NATO summit, Madrid', leaders: true },
  { month: '2022-11', name: 'East Asia Summit', leaders: true },
  { month: '2022-09', name: 'UN General Assembly', leaders: true },
];

describe('summitState', () => {
  it.each([
    [0, null, { month: 'Jun 2022', name: 'NATO summit, Madrid' }],
    [1, 'NATO summit, Madrid', { month: 'Sep 2022', name: 'UN General Assembly' }],
    [2, null, { month: 'Sep 2022', name: 'UN General Assembly' }],
    [4, 'UN General Assembly', { month: 'Nov 2022', name: 'East Asia Summit' }],
    [6, 'East Asia Summit', null],
    [7, null, null],
  ])('in month %i: now %s, next %s (a summit without the three leaders never counts)', (turn, now, next) => {
    expect(summitState(summits, '2022-05', turn)).toEqual({ now, next });
  });

  it('names no next summit past the end of the scenario', () => {
    expect(summitState(summits, '2022-05', 1, 6).next).toEqual({ month: 'Sep 2022', name: 'UN General Assembly' });
    expect(summitState(summits, '2022-05', 4, 6)).toEqual({ now: 'UN General Assembly', next: null });
    expect(summitState(summits, '2022-05', 4, 7).next).toEqual({ month: 'Nov 2022', name: 'East Asia Summit' });
  });

  it('knows no summit in a scenario without any', () => {
    expect(summitState([], '2022-05', 0)).toEqual({ now: null, next: null });
  });
});

describe('the calendar strip', () => {
  it('marks the summits the three leaders attend, and only those', () => {
    const july = loadShippedScenario('july-window');
    if (!july.ok) throw new Error('july-window does not load');
    const months = selectCalendar(createInitialContext({ scenario: july.value, settings: DEFAULT_SETTINGS }), 8);
    expect(months.filter((m) => m.summits.length).map((m) => [m.label, m.summits])).toEqual([
      ['May 2022', ['Biden in Seoul and Tokyo; Quad leaders and IPEF launch']],
      ['Jun 2022', ['NATO summit, Madrid (the three leaders)']],
      ['Sep 2022', ['UN General Assembly, New York (the three leaders)']],
      ['Nov 2022', ['ASEAN and East Asia Summit, Phnom Penh (the three leaders)']],
    ]);
  });
});
