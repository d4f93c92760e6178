// Who may send what: each seat's rights, table-tested. The model's acceptance rule comes after.
import { describe, expect, it } from 'vitest';
import type { PlayMessage, Role } from '../../src/server/inbound';
import { eventFor } from '../../src/server/rights';

const answer: PlayMessage = { type: 'proposal.answer', proposal: '0.x', answer: 'accept' };
const cases: [Role, PlayMessage, string | null][] = [
  ['washington', { type: 'briefing.done' }, null],
  ['washington', { type: 'turn.commit' }, null],
  ['washington', { type: 'posture.set', ally: 'tokyo', posture: 2 }, null],
  ['washington', answer, 'only a delegation answers a proposal'],
  ['seoul', answer, null],
  ['tokyo', answer, null],
  ['seoul', { type: 'turn.commit' }, 'not an event for the seoul seat'],
  ['tokyo', { type: 'initiative.queue', initiative: 'x', channel: 'private' }, 'not an event for the tokyo seat'],
  ['facilitator', { type: 'turn.next' }, 'the facilitator acts through the console actions'],
  ['facilitator', answer, 'the facilitator acts through the console actions'],
];

describe('seat rights', () => {
  it.each(cases)('%s sending %j → %s', (role, msg, reason) => {
    const r = eventFor(role, msg);
    expect(r.ok ? null : r.reason).toBe(reason);
  });
  it('an answer always carries the sending seat, never one the client names', () => {
    const r = eventFor('tokyo', { ...answer, seat: 'seoul' } as PlayMessage);
    expect(r.ok && r.event).toMatchObject({ type: 'proposal.answer', seat: 'tokyo' });
  });
});
