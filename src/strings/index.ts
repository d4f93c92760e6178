// The string catalogue: every word the game's screens show or say (src/ui, src/views, src/scenes,
// src/net's pages, src/app), one module per screen or area, so a translation touches only this
// folder. Some areas are imported straight from their module rather than through this index, so
// that a page or a layer takes only its own words: the facilitator's console (console.ts), the HTML
// pages' static words and the web app manifest's (pages.ts, put in by the build: scripts/
// pageStrings.ts, vite.config.ts), the model's display names of capitals, postures and meters
// (vocabulary.ts), its prerequisite and card-lock wording (prerequisites.ts), its bandwidth reasons
// (bandwidth.ts), the forecast's risks (forecast.ts), the computer delegations' reasons
// (answers.ts), the refusals of a facilitator's move, a setting or an event now (refusals.ts), the
// seminar session's log lines, refusals and session-code problems (session.ts), the seminar
// server's answers to its clients and its exports' words (server.ts) and the report layer's
// (report.ts). The content deck (src/content) is data and keeps its own words, as do the record's
// facts and each scenario's standing questions (src/report/historicalMilestones.ts,
// standingQuestions.ts). A strings value is a constant, or a function of the numbers and names it
// reads; a strings module imports only other strings modules.
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
