// When the guided first month opens by itself: the table of cases.

import { describe, expect, it } from 'vitest';
import { type GuideGate, guideAutoStarts } from '../../src/views/guideGate';

const fresh: GuideGate = { search: '', done: false, seminar: false, turn: 0, phase: 'planning' };

describe('guideAutoStarts', () => {
  it.each([
    ['a new solo player in the first planning phase', {}, true],
    ['after it was finished or skipped', { done: true }, false],
    ['in a seminar', { seminar: true }, false],
    ['in a browser test', { search: '?test=1' }, false],
    ['in a browser test that asks for it', { search: '?test=1&guide=1' }, true],
    ['in a seminar that asks for it', { seminar: true, search: '?session=x&guide=1' }, true],
    ['asked for, but after it was finished', { done: true, search: '?guide=1' }, true],
    ['in the second month', { turn: 1 }, false],
    ['asked for, in the second month', { turn: 1, search: '?guide=1' }, false],
    ['over an event card', { phase: 'events' }, false],
  ] as [string, Partial<GuideGate>, boolean][])('%s: %s', (_, over, expected) => {
    expect(guideAutoStarts({ ...fresh, ...over })).toBe(expected);
  });
});
