// An initiative card's short reason: the table of cases, and on the shipped deck with the month's
// bandwidth spent, every blocked card's reason stays short (the card holds four lines of it).

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadShippedScenario } from '../../src/content/catalog';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import { gameMachine } from '../../src/model/machine';
import { selectInitiatives } from '../../src/model/selectors';
import { cardReason, withoutName } from '../../src/views/cardText';

const both = ['private', 'public'] as const;

describe('cardReason', () => {
  it.each([
    ['open', { private: null, public: 'x' }, both, null],
    [
      'one reason for both',
      {
        private: 'not enough bandwidth this month (Drill needs 2)',
        public: 'not enough bandwidth this month (Drill needs 2)',
      },
      both,
      'Unavailable: not enough bandwidth this month (needs 2)',
    ],
    [
      'a channel it never uses',
      {
        private: 'Drill cannot go through the private channel',
        public: 'Drill was launched recently; wait 1 more month',
      },
      ['public'] as const,
      'Unavailable: launched recently; wait 1 more month',
    ],
    [
      'only the unused channel open',
      { private: null, public: 'already secured' },
      ['public'] as const,
      'Unavailable: already secured',
    ],
    ['two reasons', { private: 'a', public: 'b' }, both, 'Private: a; Public: b'],
  ])('%s', (_, blocked, channels, expected) => {
    expect(cardReason({ name: 'Drill', channels, blocked })).toBe(expected);
  });

  it('leaves a name that is part of another word alone', () => {
    expect(withoutName('Drills is still on the table', 'Drill')).toBe('Drills is still on the table');
    expect(withoutName('Drill is still on the table', 'Drill')).toBe('still on the table');
  });

  it('says at most 80 characters for any shipped card once the bandwidth is spent', () => {
    for (const id of ['mending-fences', 'july-window']) {
      const s = loadShippedScenario(id);
      if (!s.ok) throw new Error(`${id} does not load`);
      const actor = createActor(gameMachine, { input: { scenario: s.value, settings: DEFAULT_SETTINGS } }).start();
      actor.send({ type: 'setup.confirm' });
      actor.send({ type: 'briefing.done' });
      for (const card of selectInitiatives(actor.getSnapshot())) {
        if (card.blocked.private === null)
          actor.send({ type: 'initiative.queue', initiative: card.id, channel: 'private' });
      }
      const long = selectInitiatives(actor.getSnapshot())
        .filter((c) => !c.queued)
        .map((c) => cardReason(c) ?? '')
        .filter((r) => r.length > 80);
      expect(long).toEqual([]);
      actor.stop();
    }
  });
});
