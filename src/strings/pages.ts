// The static words of the three HTML pages (index.html, table.html, console.html): titles, headings,
// labels and buttons of the markup, and the installed app's name and description (the PWA manifest,
// which vite.config.ts builds from `manifest`). The pages name their words as {{ page.key }}; the
// build puts them in (vite.config.ts, pageStrings), so a translation of the pages touches only this
// module.

export const game = {
  title: 'Mending Fences',
  noscript: 'Mending Fences needs JavaScript: please turn it on and reload this page.',
} as const;

/** The web app manifest's words: the installed game's name and its store-style description. */
export const manifest = {
  name: 'Mending Fences',
  shortName: 'Mending Fences',
  description: 'A policy game: you are the US mediator between South Korea and Japan, 2022–2024.',
} as const;

export const table = {
  title: 'Seminar table · Mending Fences',
  heading: 'Mending Fences seminar',
  connecting: 'Connecting…',
  timeLeft: 'Time left this month',
} as const;

export const console = {
  title: 'Facilitator console · Mending Fences',
  heading: 'Facilitator console',
  loading: 'Loading…',
  timeLeft: 'Time left this month',
  controls: 'Session controls',
  pause: 'Pause',
  resume: 'Resume',
  reveal: 'Reveal hidden values to the room',
  timerGroup: 'Turn timer',
  timer: 'Timer:',
  minus5: '−5 min',
  minus1: '−1 min',
  plus1: '+1 min',
  plus5: '+5 min',
  actionReason: 'Reason for the log (optional)',
  undo: 'Undo to the last saved point',
  resync: 'Resync state',
  end: 'End session → debrief',
  seatsGroup: 'Delegation seats (planning phase only)',
  seats: 'Seats:',
  seoul: 'Seoul',
  tokyo: 'Tokyo',
  state: 'True values and Washington’s estimates',
  meter: 'Meter',
  truth: 'True',
  seen: 'Washington sees',
  briefs: 'Delegations’ private briefs',
  inject: 'Inject an event (planning phase only)',
  library: 'Event from the scenario’s library',
  injectThis: 'Inject this event',
  custom: 'Custom event',
  customTitle: 'Title',
  customText: 'Text shown to the room',
  effects: 'Effects (−25 to +25 per meter; leave blank for none)',
  injectCustom: 'Inject custom event',
  adjust: 'Adjust a value',
  newValue: 'New value (0–100)',
  adjustReason: 'Reason (required, kept in the ledger)',
  setValue: 'Set value',
  news: 'This month’s news',
  log: 'Session log',
  notes: 'Private notes',
  notesHint: 'Kept in this browser under this session only; never shown to the room.',
  note: 'Note',
  saveNote: 'Save note',
} as const;
