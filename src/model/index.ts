// The model's public surface: what scenes, views, the seminar tools and the scripts may import.

export { gameMachine, type GameMachine } from './machine';
export * from './selectors';
export * from './types';
export { whyNot } from './whyNot';
export { legalDecisions } from './play/legal';
export { type GameActor, type GameSnapshot, playToEnd, runGame } from './play/runGame';
export { STRATEGIES, type Strategy } from './play/strategies';
export { DEFAULT_SETTINGS } from './phases/context';
export { round1 } from './rules/bounds';
export { MAX_EVENT_CHOICES } from './rules/limits';
export { monthLabel, monthOfTurn } from './rules/calendar';
export { hashSeed } from './random';
