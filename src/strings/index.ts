// The string catalogue: every word the game's screens show or say (src/ui, src/views, src/scenes,
// src/net's pages), one module per screen or area, so a translation touches only this folder. The
// content deck (src/content) is data and keeps its own words; so do the model's (vocabulary.ts,
// the reasons of explain.ts), which the screens show as they come. A strings value is a constant, or
// a function of the numbers and names it reads. test/architecture/uiStrings.test.ts keeps literals
// out of the screens' code. A new area is one more line here (`export * as onboarding from …`).
// A translation gives each module a twin of the same type (`typeof import('./room')`, say), so the
// compiler lists every string it lacks. Not here yet: the words of src/app (save and replay
// messages), src/report (the Markdown and CSV exports, discussion questions) and the facilitator's
// console (src/seminar/console), and the static text of index.html, table.html and console.html.

export * as common from './common';
export * as title from './title';
export * as setup from './setup';
export * as room from './room';
export * as readouts from './readouts';
export * as ending from './ending';
export * as debrief from './debrief';
export * as seminar from './seminar';
export * as net from './net';
export * as feel from './feel';
export * as app from './app';
