// The string catalogue: every word the game's screens show or say (src/ui, src/views, src/scenes,
// src/net's pages, src/app), one module per screen or area, so a translation touches only this
// folder. Some areas are imported straight from their module rather than through this index, so
// that a page or a layer takes only its own words: the facilitator's console (console.ts), the HTML
// pages' static words (pages.ts, put in by the build: scripts/pageStrings.ts), the model's
// prerequisite and card-lock wording (prerequisites.ts), the forecast's risks (forecast.ts), the
// computer delegations' reasons (answers.ts), the refusals of a facilitator's move or a setting
// (refusals.ts) and the report layer's (report.ts). The content deck (src/content) is data and
// keeps its own words, as do the record's facts and each scenario's standing questions
// (src/report/historicalMilestones.ts, standingQuestions.ts) and the model's vocabulary
// (vocabulary.ts), which the screens show as they come. A strings value is a constant, or a
// function of the numbers and names it reads; a strings module imports only other strings modules.
// test/architecture/uiStrings.test.ts keeps literals out of the code it covers. A new area is one
// more line here (`export * as x …`).
// A translation gives each module a twin of the same type (`typeof import('./room')`, say), so the
// compiler lists every string it lacks.

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
