// The debrief and records layer's public surface: attribution, questions, the comparison with the
// record, chart series, CSV and Markdown exports, replay files and branch replay. Pure: no DOM, no
// Phaser; scenes and views render what these functions return.

export * from './attribution';
export * from './branch';
export * from './csv';
export * from './historicalRecord';
export * from './markdown';
export * from './messages';
export * from './questions';
export * from './replay';
export * from './replayFile';
export * from './scenarioHash';
export * from './series';
export { labelCause, seasonsUpTo, turnLabel } from './labels';
