import { describe, expect, it } from 'vitest';
import {
  acceptProbability,
  APPROVAL_PIVOT,
  MOMENTUM_PIVOT,
  type AnswerInputs,
  ANSWER_BASE,
  answerScore,
  ASK_APPROVAL_COST,
  askEffects,
  CAMPAIGN_ASK_BACKLASH,
  CAMPAIGN_STALL_SHARE,
  campaignCharged,
  computerAnswer,
  isYes,
  REJECTION,
  refusalWait,
  heldOnStump,
  refusedOnStump,
} from '../../../src/model/rules/proposals';
import { createInitialContext } from '../../../src/model/context';
import { settleProposals } from '../../../src/model/phases/settlement';
import type { AllyId, Season } from '../../../src/model/types';
import { miniInput } from '../../helpers/game';

const neutral: AnswerInputs = {
  willingness: 50,
  backlash: 40,
  credibility: 50,
  trust: 40,
  threat: 40,
  season: 'steady',
  domesticCost: ANSWER_BASE,
  kind: 'diplomatic',
  channel: 'public',
  imbalance: 0,
  bias: 0,
  momentum: MOMENTUM_PIVOT,
  approval: APPROVAL_PIVOT,
};

describe('answerScore', () => {
  it.each([
    ['neutral ask is a coin flip', {}, 50],
    ['higher willingness helps', { willingness: 70 }, 70],
    ['boiling public hurts', { backlash: 80 }, 50 - 0.45 * 40],
    ['campaign window hurts and raises the cost', { season: 'campaigning' }, 50 - 24 - ANSWER_BASE / 2],
    ['honeymoon helps', { season: 'honeymoon' }, 60],
    ['a paralysed leader', { season: 'paralysed' }, 44],
    ['momentum carries leaders along', { momentum: MOMENTUM_PIVOT + 20 }, 54],
    ['a weak leader has no capital to spend', { approval: APPROVAL_PIVOT - 20 }, 47],
    ['private channel helps a little', { channel: 'private' }, 54],
    ['severe threat makes a security ask easier', { kind: 'security', threat: 80 }, 50 + 0.35 * 40],
    ['having conceded more than the other side hurts', { imbalance: 20 }, 40],
    ['credibility 0', { credibility: 0 }, 37.5],
    [
      'extremes: everything at 0',
      { willingness: 0, backlash: 0, credibility: 0, trust: 0, threat: 0, domesticCost: 0 },
      ANSWER_BASE - 12.5 - 6 - 4,
    ],
    [
      'extremes: everything at 100',
      { willingness: 100, backlash: 100, credibility: 100, trust: 100, threat: 100, domesticCost: 30 },
      100 + ANSWER_BASE - 30 - 27 + 12.5 + 9 + 6,
    ],
  ] as const)('%s', (_n, over, expected) => {
    expect(answerScore({ ...neutral, ...over } as AnswerInputs)).toBeCloseTo(expected, 6);
  });
});

describe('computerAnswer', () => {
  it('is monotone: a higher draw never turns a no into a yes', () => {
    const answers = [0, 0.2, 0.4, 0.6, 0.8, 0.99].map((u) => computerAnswer(neutral, u));
    const firstNo = answers.findIndex((a) => !isYes(a));
    expect(firstNo).toBeGreaterThan(0);
    expect(answers.slice(firstNo).every((a) => !isYes(a))).toBe(true);
  });

  it.each([
    ['a public yes when calm', { channel: 'public', backlash: 30 }, 'accept'],
    ['a private yes when asked privately', { channel: 'private' }, 'acceptPrivately'],
    ['a private yes when the public simmers', { backlash: 65, willingness: 95 }, 'acceptPrivately'],
  ] as const)('%s', (_n, over, expected) => {
    expect(computerAnswer({ ...neutral, ...over } as AnswerInputs, 0)).toBe(expected);
  });

  it('a very low score mostly rejects rather than stalls', () => {
    const low = { ...neutral, willingness: 0, backlash: 95 };
    expect(computerAnswer(low, 0.5)).toBe('reject');
    expect(computerAnswer(low, 0.1)).toBe('stall');
  });

  it('a campaigning capital says no outright far more often than a steady one', () => {
    const share = (season: AnswerInputs['season']) => {
      const over = { ...neutral, season, willingness: 75 };
      let no = 0;
      let rejected = 0;
      for (let i = 0; i < 1000; i++) {
        const a = computerAnswer(over, (i + 0.5) / 1000);
        if (isYes(a)) continue;
        no++;
        if (a === 'reject') rejected++;
      }
      return rejected / no;
    };
    expect(share('campaigning')).toBeCloseTo(1 - CAMPAIGN_STALL_SHARE, 1);
    expect(share('steady')).toBeCloseTo(0.35, 1);
  });

  it('acceptance probability is 0.5 at score 50 and rises with score', () => {
    expect(acceptProbability(50)).toBeCloseTo(0.5, 9);
    expect(acceptProbability(70)).toBeGreaterThan(acceptProbability(60));
    expect(acceptProbability(-1000)).toBeGreaterThanOrEqual(0);
    expect(acceptProbability(1000)).toBeLessThanOrEqual(1);
  });
});

describe('askEffects', () => {
  const seasons = { seoul: 'campaigning', tokyo: 'steady' } as const;
  const mult = { seoul: 2, tokyo: 1 };
  it('costs every asked leader approval, and a campaigning capital backlash × its multiplier', () => {
    expect(askEffects(['seoul', 'tokyo'], seasons, mult)).toEqual({
      'seoul.approval': -ASK_APPROVAL_COST,
      'tokyo.approval': -ASK_APPROVAL_COST,
      'seoul.backlash': CAMPAIGN_ASK_BACKLASH * 2,
    });
  });
  it('charges a campaign once a month however many asks it gets', () => {
    const charged = new Set(campaignCharged(['seoul', 'tokyo'], seasons, new Set()));
    expect([...charged]).toEqual(['seoul']);
    expect(askEffects(['seoul'], seasons, mult, charged)).toEqual({ 'seoul.approval': -ASK_APPROVAL_COST });
  });
});

describe('a no on the campaign trail', () => {
  it.each([
    [{ seoul: 'reject', tokyo: 'accept' }, { seoul: 'campaigning', tokyo: 'steady' }, true],
    [{ seoul: 'reject', tokyo: 'accept' }, { seoul: 'steady', tokyo: 'campaigning' }, false],
    [{ seoul: 'stall', tokyo: 'reject' }, { seoul: 'campaigning', tokyo: 'honeymoon' }, false],
    [{ seoul: 'accept', tokyo: 'reject' }, { seoul: 'steady', tokyo: 'campaigning' }, true],
    [{ tokyo: 'reject' }, { seoul: 'campaigning', tokyo: 'paralysed' }, false],
  ] as const)('answers %o in seasons %o: on the stump %s', (answers, seasons, expected) => {
    const asks = Object.keys(answers) as AllyId[];
    expect(refusedOnStump({ asks, answers, carried: 0 }, seasons)).toBe(expected);
    // a stall carried over into the campaign is never held there
    expect(refusedOnStump({ asks, answers, carried: 1 }, seasons)).toBe(false);
  });

  it.each([
    ['reject', 'campaigning', 0, true],
    ['reject', 'campaigning', 1, false],
    ['reject', 'steady', 0, false],
    ['stall', 'campaigning', 0, false],
    [undefined, 'campaigning', 0, false],
  ] as const)('one answer %s in a %s season, carried %i: held %s', (answer, season, carried, expected) => {
    expect(heldOnStump(answer, season, carried)).toBe(expected);
  });

  it('holds the card back longer than an ordinary no', () => {
    expect(refusalWait(false)).toBe(REJECTION.extraWait);
    expect(refusalWait(true)).toBe(REJECTION.extraWait + REJECTION.stumpWait);
    expect(REJECTION.stumpWait).toBeGreaterThan(0);
  });
});

describe('settling a no', () => {
  const start = createInitialContext(miniInput());
  const refused = (season: Season, carried: number) =>
    settleProposals(
      {
        ...start,
        turn: 3,
        proposals: [
          {
            key: '3.framework',
            initiative: 'framework',
            channel: 'private',
            asks: ['seoul', 'tokyo'],
            answers: { seoul: 'reject', tokyo: 'accept' },
            rationales: {},
            carried,
          },
        ],
      },
      { seasons: { seoul: season, tokyo: 'steady' }, threatBand: 'elevated', stance: 'engaged' },
    ).lastLaunched.framework;

  it('restarts the wait later after a campaigning capital said no to a fresh ask', () => {
    expect(refused('steady', 0)).toBe(3 + REJECTION.extraWait);
    expect(refused('campaigning', 0)).toBe(3 + REJECTION.extraWait + REJECTION.stumpWait);
  });

  it('does not hold a stall carried over into the campaign to it (Washington could not withdraw it)', () => {
    expect(refused('campaigning', 1)).toBe(3 + REJECTION.extraWait);
  });
});
