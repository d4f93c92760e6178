// The model's public surface: what scenes, views, the seminar tools and the scripts may import.

export { gameMachine, type GameMachine } from './machine';
export * from './selectors';
export { type InitiativeDetails, type Prerequisite, selectInitiativeDetails } from './initiativeDetails';
export * from './types';
export { whyNot } from './whyNot';
export { legalDecisions } from './play/legal';
export { type GameActor, type GameSnapshot, playToEnd, runGame } from './play/runGame';
export { STRATEGIES, type Strategy } from './play/strategies';
export { DEFAULT_SETTINGS, startMeters } from './context';
export { BOILING, RUPTURE, round1 } from './rules/bounds';
export { MAX_EVENT_CHOICES } from './rules/limits';
export { monthLabel, monthOfTurn, turnOf } from './rules/calendar';
export { campaignElection } from './rules/elections';
export { cardOf } from './rules/cardVariants';
export { CUSTOM_EVENT_LIMITS, EVENT_LIMITS, gameEventSchema, settingsSchema } from './gameEvents';
export { hashSeed } from './random';
export {
  type AccountLine,
  type BacklashAccount,
  type BandwidthExplained,
  type WeightFactor,
  explainAnswer,
  selectAnswerReasons,
  selectGivenAnswers,
  selectBacklashAccount,
  selectBandwidth,
} from './explain';
export { FORECAST_LEAVES_OUT, type PlanForecast } from './forecast';
export { answersTone, mainCause, type MeterMove, selectMeterMoves } from './meterMoves';
export {
  CAUSES_SHOWN,
  type CauseShare,
  causeKind,
  type SeenChange,
  type SeenMeter,
  selectSeenChanges,
} from './meterCauses';
