// A delegation's answer reaches Washington as soon as it is given, with its reason, while the room
// still waits for the other delegation; the other delegation's device is not sent it; and the reason
// given while waiting is the one the month's report gives.
import { describe, expect, it } from 'vitest';
import { type Actor, createActor } from 'xstate';
import { gameMachine } from '../../src/model/machine';
import { selectPendingChoices, selectPhase } from '../../src/model/selectors';
import type { SeatKind } from '../../src/model/types';
import { projectFor } from '../../src/server/projection';
import { sessionSetup } from '../../src/seminar/setup';
import { encodeSession } from '../../src/seminar/sessionCode';
import { answerLines } from '../../src/views/readouts';

const STATUS = { table: '1', seq: 0, paused: false, deadline: null, remainingMs: null, revealed: false };
const NO_LOG = { log: [], undoDepth: 0 };

/** Picks the first choice of every event waiting for one. */
function chooseAll(actor: Actor<typeof gameMachine>) {
  for (const c of selectPendingChoices(actor.getSnapshot().context))
    actor.send({ type: 'event.choose', event: c.id, choice: c.choices[0].id });
}

/** A game at its first month awaiting answers on a card that asks both capitals. */
function awaitingBoth(seoul: SeatKind, seed: number) {
  const code = encodeSession({
    scenario: 'mending-fences',
    seed,
    difficulty: 'normal',
    seats: { washington: 'human', seoul, tokyo: 'human' },
    preset: 180,
  });
  const setup = sessionSetup(code);
  if (!setup.ok) throw new Error(setup.error);
  const actor = createActor(gameMachine, { input: setup.input }).start();
  actor.send({ type: 'setup.confirm' });
  actor.send({ type: 'briefing.done' });
  chooseAll(actor);
  const s = actor.getSnapshot();
  const card = Object.values(s.context.scenario.initiatives).find(
    (d) =>
      d.proposal?.to.includes('seoul') &&
      d.proposal.to.includes('tokyo') &&
      s.can({ type: 'initiative.queue', initiative: d.id, channel: 'private' }),
  );
  if (!card) throw new Error('no card asks both capitals in the first month');
  actor.send({ type: 'initiative.queue', initiative: card.id, channel: 'private' });
  actor.send({ type: 'turn.commit' });
  return { actor, card };
}

const washington = (snap: Parameters<typeof projectFor>[1]) => {
  const p = projectFor('washington', snap, STATUS, NO_LOG);
  if (p.role !== 'washington') throw new Error('not washington');
  return p;
};

describe('answers while the room waits', () => {
  it.each([3, 17, 101])(
    'a computer Seoul’s answer and reason reach Washington at once, not Tokyo (seed %i)',
    (seed) => {
      const { actor, card } = awaitingBoth('computer', seed);
      const snap = actor.getSnapshot();
      expect(selectPhase(snap)).toBe('awaitingAnswers');
      const w = washington(snap);
      expect(w.waitingFor).toEqual(['tokyo']);
      expect(w.answered).toHaveLength(1);
      const line = w.answered[0];
      expect(line).toContain(card.name);
      expect(line).toContain('Seoul');
      expect(line).not.toContain('Tokyo');
      // Tokyo's device, still to answer, is sent neither the line nor Seoul's answer
      const tokyo = JSON.stringify(projectFor('tokyo', snap, STATUS, NO_LOG));
      const reason = line.slice(line.indexOf('Seoul'));
      expect(tokyo).not.toContain(reason);
      expect(tokyo).not.toContain(String(snap.context.proposals[0].answers.seoul));
      // Tokyo answers; the report's line for Seoul's answer is the one Washington read while waiting
      const key = snap.context.proposals.find((p) => p.initiative === card.id)?.key ?? '';
      actor.send({ type: 'proposal.answer', seat: 'tokyo', proposal: key, answer: 'stall', rationale: 'not yet' });
      chooseAll(actor);
      expect(selectPhase(actor.getSnapshot())).toBe('report');
      expect(washington(actor.getSnapshot()).answered).toEqual([]);
      const report = answerLines(actor.getSnapshot().context).find((l) => l.startsWith(card.name)) ?? '';
      expect(report).toContain(reason);
      actor.stop();
    },
  );

  it('a human Seoul’s rationale reaches Washington when it answers, and Tokyo’s device never', () => {
    const { actor, card } = awaitingBoth('human', 5);
    const before = washington(actor.getSnapshot());
    expect(before.waitingFor).toEqual(['seoul', 'tokyo']);
    expect(before.answered).toEqual([]);
    const key = actor.getSnapshot().context.proposals.find((p) => p.initiative === card.id)?.key ?? '';
    const rationale = 'Our public can live with a quiet yes';
    actor.send({ type: 'proposal.answer', seat: 'seoul', proposal: key, answer: 'acceptPrivately', rationale });
    const snap = actor.getSnapshot();
    const w = washington(snap);
    expect(w.waitingFor).toEqual(['tokyo']);
    expect(w.answered.join('\n')).toContain(rationale);
    expect(JSON.stringify(projectFor('tokyo', snap, STATUS, NO_LOG))).not.toContain(rationale);
    expect(JSON.stringify(projectFor('tokyo', snap, STATUS, NO_LOG))).not.toContain('acceptPrivately');
    actor.stop();
  });
});
