// The fixed rules of the balance lab's search: scripted players that read nothing but the month
// and the initiative cards (never an estimate, an election clock or the threat), built from a small
// descriptor with a readable name. If judgement matters, the best of these must lose to a player
// who reads the game. Posture: a constant pair, or two symmetric pairs alternating month by month;
// channel: all public, all private, or history private and the rest public; initiatives: none, the
// steps that secure a milestone, everything, or the capstone's path (its step and the steps of the
// milestones it needs); with or without the cool-off month whenever it is legal.

import { type Channel, POSTURES, type Posture, type QueuedInitiative } from '../model/types';
import { planWith, type Strategy } from '../model/play/strategies';
import type { InitiativeView, StrategyView } from '../model/play/view';

export const COOL_OFF = 'cool-off-month';

export type PostureRule =
  | { kind: 'constant'; seoul: Posture; tokyo: Posture }
  /** `high`/`high` in the first month and every other one after, `low`/`low` in between. */
  | { kind: 'alternate'; high: Posture; low: Posture };
export const CHANNEL_POLICIES = ['public', 'private', 'historyPrivate'] as const;
export type ChannelPolicy = (typeof CHANNEL_POLICIES)[number];
export const INITIATIVE_POLICIES = ['none', 'milestones', 'everything', 'capstonePath'] as const;
export type InitiativePolicy = (typeof INITIATIVE_POLICIES)[number];

export interface RuleDescriptor {
  posture: PostureRule;
  channel: ChannelPolicy;
  initiatives: InitiativePolicy;
  coolOff: boolean;
}

const CHANNEL_NAMES: Record<ChannelPolicy, string> = {
  public: 'public',
  private: 'private',
  historyPrivate: 'history private',
};
const INITIATIVE_NAMES: Record<InitiativePolicy, string> = {
  none: 'no initiatives',
  milestones: 'milestone steps',
  everything: 'everything',
  capstonePath: 'capstone path',
};

/** A readable name, e.g. `2/2↔1/1 · private · milestone steps · cool-off`. */
export function ruleName(d: RuleDescriptor): string {
  const p = d.posture;
  const posture = p.kind === 'constant' ? `${p.seoul}/${p.tokyo}` : `${p.high}/${p.high}↔${p.low}/${p.low}`;
  const parts = [posture];
  if (d.initiatives !== 'none') parts.push(CHANNEL_NAMES[d.channel]);
  parts.push(INITIATIVE_NAMES[d.initiatives]);
  if (d.coolOff) parts.push('cool-off');
  return parts.join(' · ');
}

/** Every rule of the search: 22 posture rules × 9 channel-and-initiative policies (+ none) × cool-off. */
export function allRules(): RuleDescriptor[] {
  const postures: PostureRule[] = [];
  for (const seoul of POSTURES) for (const tokyo of POSTURES) postures.push({ kind: 'constant', seoul, tokyo });
  for (const high of POSTURES)
    for (const low of POSTURES) if (low < high) postures.push({ kind: 'alternate', high, low });
  const out: RuleDescriptor[] = [];
  for (const posture of postures) {
    for (const initiatives of INITIATIVE_POLICIES) {
      // With no initiatives the channel means nothing: one rule, not three.
      const channels = initiatives === 'none' ? (['private'] as const) : CHANNEL_POLICIES;
      for (const channel of channels) {
        for (const coolOff of [false, true]) out.push({ posture, channel, initiatives, coolOff });
      }
    }
  }
  return out;
}

/** Milestone ids the capstone needs, itself included (through each milestone's `requires`). */
export function capstonePath(view: StrategyView): Set<string> {
  const byId = new Map(view.milestones.map((m) => [m.id, m]));
  const path = new Set<string>();
  const visit = (id: string) => {
    if (path.has(id)) return;
    path.add(id);
    for (const r of byId.get(id)?.requires ?? []) visit(r);
  };
  for (const m of view.milestones) if (m.capstone) visit(m.id);
  return path;
}

function channelFor(card: InitiativeView, policy: ChannelPolicy): Channel {
  const wanted: Channel =
    policy === 'public' ? 'public' : policy === 'private' ? 'private' : card.kind === 'history' ? 'private' : 'public';
  // An initiative offered through one channel only goes through that one.
  return card.channels.includes(wanted) ? wanted : card.channels[0];
}

function wanted(view: StrategyView, d: RuleDescriptor): QueuedInitiative[] {
  const out: QueuedInitiative[] = [];
  if (d.coolOff) out.push({ id: COOL_OFF, channel: 'private' });
  if (d.initiatives === 'none') return out;
  const path = d.initiatives === 'capstonePath' ? capstonePath(view) : null;
  for (const card of view.initiatives) {
    if (card.id === COOL_OFF) continue;
    if (d.initiatives === 'milestones' && card.milestone === null) continue;
    if (path && (card.milestone === null || !path.has(card.milestone))) continue;
    out.push({ id: card.id, channel: channelFor(card, d.channel) });
  }
  return out;
}

function postureOf(p: PostureRule, turn: number): [Posture, Posture] {
  if (p.kind === 'constant') return [p.seoul, p.tokyo];
  const x = turn % 2 === 0 ? p.high : p.low;
  return [x, x];
}

/** The strategy a descriptor stands for: it reads the turn and the initiative cards, nothing else. */
export function ruleStrategy(d: RuleDescriptor): Strategy {
  return {
    name: ruleName(d),
    describe: 'a fixed rule: reads only the month and the initiative cards',
    plan(view) {
      const [seoul, tokyo] = postureOf(d.posture, view.turn);
      return planWith(view, seoul, tokyo, wanted(view, d));
    },
    // Events: the first choice offered, always.
    choose: (view, id) => {
      const choice = view.pending.find((p) => p.id === id)?.choices[0];
      if (choice === undefined) throw new Error(`no choice is offered for event "${id}"`);
      return choice;
    },
  };
}
