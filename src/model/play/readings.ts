// What Washington can work out from its own view before it asks: the chance that a capital says
// yes to a card, read with the model's own answer rule from Washington's estimates in place of the
// hidden values, and the steps still needed for the scenario's capstone. Scripted players and the
// advisers read these; nothing here sees a true value. Pure.

import { DIFFICULTY } from '../rules/difficulty';
import { capstoneSteps } from '../rules/milestones';
import { acceptProbability, answerScore } from '../rules/proposals';
import type { AllyId, Channel } from '../types';
import type { InitiativeView, StrategyView } from './view';

const OTHER: Record<AllyId, AllyId> = { seoul: 'tokyo', tokyo: 'seoul' };

/** The chance `ally` says yes to `card` through `channel`, as Washington's readings put it. */
export function expectedYes(view: StrategyView, card: InitiativeView, ally: AllyId, channel: Channel): number {
  const a = view.allies[ally];
  return acceptProbability(
    answerScore({
      willingness: a.estimate.willingness,
      backlash: a.estimate.backlash,
      credibility: view.credibility,
      trust: view.trust,
      threat: view.threat,
      season: a.season,
      domesticCost: card.domesticCost[ally] ?? 0,
      kind: card.kind as Parameters<typeof answerScore>[0]['kind'],
      channel,
      imbalance: view.concessions[ally] - view.concessions[OTHER[ally]],
      bias: DIFFICULTY[view.difficulty].answerBias,
      momentum: view.momentum,
      approval: a.approval,
    }),
  );
}

/** The chance every capital the card asks says yes (the answers are drawn independently). */
export function expectedAllYes(view: StrategyView, card: InitiativeView, channel: Channel): number {
  let p = 1;
  for (const ally of card.asks) p *= expectedYes(view, card, ally, channel);
  return p;
}

/** The milestones the capstone still needs, itself included (none once it is reached). */
export function capstonePath(view: StrategyView): Set<string> {
  const capstone = view.milestones.find((m) => m.capstone);
  return new Set(capstone ? capstoneSteps(view.milestones, capstone.id) : []);
}
