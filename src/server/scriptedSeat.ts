// A scripted seat for tests and the benchmark: given the projection a seat was last sent, the
// one message it would send next (or null to wait). Washington queues the first open initiative
// that asks something and commits; a delegation answers its first open ask. Deterministic.

import type { Projection } from './projection';
import { scriptedRationale } from '../strings/server';

export type Move = { event: 'play'; payload: Record<string, unknown> } | null;

export function nextMove(p: Projection): Move {
  if (p.paused || p.phase === 'ended') return null;
  if (p.role === 'washington') {
    switch (p.phase) {
      case 'briefing':
        return { event: 'play', payload: { type: 'briefing.done' } };
      case 'planning': {
        const choice = p.choices[0];
        if (choice)
          return { event: 'play', payload: { type: 'event.choose', event: choice.id, choice: choice.choices[0].id } };
        if (p.queued.length === 0) {
          const card = p.initiatives.find((c) => c.asks.length > 0 && c.blocked.private === null);
          if (card)
            return { event: 'play', payload: { type: 'initiative.queue', initiative: card.id, channel: 'private' } };
        }
        return { event: 'play', payload: { type: 'turn.commit' } };
      }
      case 'events': {
        const choice = p.choices[0];
        return choice
          ? { event: 'play', payload: { type: 'event.choose', event: choice.id, choice: choice.choices[0].id } }
          : null;
      }
      case 'report':
        return { event: 'play', payload: { type: 'turn.next' } };
      default:
        return null;
    }
  }
  if (p.role === 'seoul' || p.role === 'tokyo') {
    const ask = p.brief.asks[0];
    if (p.phase !== 'awaitingAnswers' || !ask) return null;
    return {
      event: 'play',
      payload: {
        type: 'proposal.answer',
        proposal: ask.key,
        answer: 'accept',
        rationale: scriptedRationale(p.role, ask.initiative),
      },
    };
  }
  return null;
}
