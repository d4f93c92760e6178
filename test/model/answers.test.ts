// Every way a delegation's answer is refused (phases/resolution.ts answerProblem), one row each,
// on a hand-built month with one proposal asked of Seoul alone and one asked of both allies.
import { describe, expect, it } from 'vitest';
import { createInitialContext } from '../../src/model/context';
import { answerProblem } from '../../src/model/phases/resolution';
import type { GameContext, Proposal, SeatKind } from '../../src/model/types';
import { miniInput } from '../helpers/game';

const ask = (key: string, asks: Proposal['asks'], answers: Proposal['answers'] = {}): Proposal => ({
  key,
  initiative: 'foreign-ministers',
  channel: 'public',
  asks,
  answers,
  rationales: {},
  carried: 0,
});

function month(tokyo: SeatKind): GameContext {
  const ctx = createInitialContext(miniInput({ seats: { washington: 'human', seoul: 'human', tokyo } }));
  return {
    ...ctx,
    proposals: [ask('0.seoul-only', ['seoul']), ask('0.both', ['seoul', 'tokyo'], { seoul: 'stall', tokyo: 'accept' })],
  };
}

describe('answerProblem', () => {
  it.each([
    ['an unknown proposal', 'human', 'seoul', '0.nope', 'accept', 'no open proposal "0.nope"'],
    [
      'an answer that is not one of the four',
      'human',
      'seoul',
      '0.seoul-only',
      'maybe',
      'answer must be accept, acceptPrivately, stall or reject, got maybe',
    ],
    [
      'Washington answering',
      'human',
      'washington',
      '0.seoul-only',
      'accept',
      'this proposal is not addressed to washington',
    ],
    [
      'Tokyo answering an ask of Seoul alone',
      'human',
      'tokyo',
      '0.seoul-only',
      'accept',
      'this proposal is not addressed to tokyo',
    ],
    ['an unknown seat', 'human', 'pyongyang', '0.seoul-only', 'accept', 'this proposal is not addressed to pyongyang'],
    ['a computer seat', 'computer', 'tokyo', '0.both', 'reject', 'tokyo is played by the computer'],
    ['a second answer from the same seat', 'human', 'seoul', '0.both', 'accept', 'seoul has already answered'],
    ['a second answer from another human seat', 'human', 'tokyo', '0.both', 'reject', 'tokyo has already answered'],
  ] as const)('refuses %s', (_name, tokyo, seat, key, answer, reason) => {
    expect(answerProblem(month(tokyo), seat, key, answer)).toBe(reason);
  });

  it('accepts a first answer from the human seat a proposal asks', () => {
    expect(answerProblem(month('human'), 'seoul', '0.seoul-only', 'acceptPrivately')).toBeNull();
  });
});
