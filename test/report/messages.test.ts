// Messages between delegations in a replay file: they survive the round trip (any text, any months),
// a solo game's file has none, and a file with too long a message, an unknown author or too many
// messages is refused with a clear message; bidi controls in a message are removed on reading.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, type DebriefMessage, MAX_MESSAGES, ROLES } from '../../src/report/messages';
import { parseReplay, replayToJson, toReplay } from '../../src/report/replayFile';
import { neutraliseControls, TEXT_LIMITS } from '../../src/report/safeText';
import { logParas } from '../../src/views/debrief/debriefText';
import { playedGame } from './helpers';

const ctx = playedGame('hard', { seed: 3 });
const message = fc.record({
  turn: fc.integer({ min: 0, max: ctx.turn }),
  by: fc.constantFrom(...ROLES),
  to: fc.constantFrom(...AUDIENCES),
  text: fc.string({ maxLength: TEXT_LIMITS.message }).filter((t) => neutraliseControls(t) === t),
});
const file = (messages: unknown) => JSON.stringify({ ...toReplay(ctx, 'mini'), messages });

describe('messages in a replay file', () => {
  it('come back as written, each in its month of the decision log', () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 30 }), (messages) => {
        const back = parseReplay(replayToJson(toReplay(ctx, 'mini', messages)));
        if (!back.ok) throw new Error(back.message);
        expect(back.replay.messages ?? []).toEqual(messages);
        const log = logParas(ctx, messages).map((p) => p.text);
        for (const m of messages) expect(log.some((l) => l.endsWith(`“${m.text}”`))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('a solo game writes none', () => {
    expect(replayToJson(toReplay(ctx, 'mini'))).not.toContain('"messages"');
  });

  it('a bad list is refused with its reason; bidi controls are removed', () => {
    const one: DebriefMessage = { turn: 0, by: 'seoul', to: 'tokyo', text: 'hi' };
    const refused = (messages: unknown) => {
      const r = parseReplay(file(messages));
      return r.ok ? 'accepted' : r.message;
    };
    expect(refused([{ ...one, text: 'x'.repeat(TEXT_LIMITS.message + 1) }])).toMatch(
      /messages\.0\.text: a message is at most 500 characters/,
    );
    expect(refused([{ ...one, by: 'pyongyang' }])).toMatch(/messages\.0\.by/);
    expect(refused(Array.from({ length: MAX_MESSAGES + 1 }, () => one))).toMatch(/at most 5000 messages/);
    const r = parseReplay(file([{ ...one, text: 'abc\u202Edef' }]));
    expect(r.ok && r.replay.messages?.[0].text).toBe('abcdef');
  });
});
