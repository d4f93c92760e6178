// Lenses for the balance lab's ablations: a lens rewrites Washington's view before a strategy
// reads it, to measure what a piece of information is worth. `electionBlind` hides the political
// calendar, `estimateBlind` replaces the estimates by a constant, `trueValues` replaces them by
// the allies' true values (the value of perfect information). The runner applies a lens; only
// `trueValues` reads the context, and only the hidden meters it reveals. Pure.

import { ALLIES, type AllyId, type GameContext } from '../types';
import type { AllyView, StrategyView } from './view';

export interface Lens {
  name: string;
  describe: string;
  apply(view: StrategyView, ctx: GameContext): StrategyView;
}

/** The band the estimate-blind lens claims for its constant readings. */
export const BLIND_UNCERTAINTY = 15;

const mapAllies = (view: StrategyView, f: (a: AllyView, ally: AllyId) => AllyView): StrategyView => {
  const allies = {} as Record<AllyId, AllyView>;
  for (const a of ALLIES) allies[a] = f(view.allies[a], a);
  return { ...view, allies };
};

export const electionBlind: Lens = {
  name: 'electionBlind',
  describe: 'every season steady and no election clock (Washington’s own included)',
  apply: (view) => ({
    ...mapAllies(view, (a) => ({ ...a, season: 'steady', electionIn: null })),
    washingtonElectionIn: null,
    washingtonCampaign: false,
  }),
};

export const estimateBlind: Lens = {
  name: 'estimateBlind',
  describe: `estimates fixed at the scenario's opening values, ±${BLIND_UNCERTAINTY}, all game`,
  apply: (view, ctx) =>
    mapAllies(view, (a, ally) => ({
      ...a,
      estimate: {
        backlash: ctx.scenario.startValues[ally].backlash,
        willingness: ctx.scenario.startValues[ally].willingness,
        uncertainty: BLIND_UNCERTAINTY,
      },
    })),
};

export const trueValues: Lens = {
  name: 'trueValues',
  describe: 'estimates replaced by the true values, ±0 (the value of information)',
  apply: (view, ctx) =>
    mapAllies(view, (a, ally) => ({
      ...a,
      estimate: {
        backlash: ctx.meters[`${ally}.backlash`],
        willingness: ctx.meters[`${ally}.willingness`],
        uncertainty: 0,
      },
    })),
};

export const LENSES: Record<string, Lens> = { electionBlind, estimateBlind, trueValues };
