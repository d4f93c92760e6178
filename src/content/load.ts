// Loading scenario data: parse the deck and a scenario file with the zod schema, check every
// cross-reference (events, initiatives, milestones, months inside the scenario), and resolve the
// scenario into the plain object the machine takes. Problems name the file, the JSON path and
// what is wrong, one per line, for the validator command and the browser's error screen.

import type { z } from 'zod';
import { monthNumber, monthsInclusive } from '../model/rules/calendar';
import type { ResolvedScenario } from '../model/scenario';
import { ENDINGS } from '../model/vocabulary';
import { cardProblems } from './cardChecks';
import {
  type Condition,
  type Deck,
  deck as deckSchema,
  type EventDef,
  type ScenarioFile,
  scenarioFile,
} from './schema';

export interface Problem {
  file: string;
  path: string;
  message: string;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path || '(root)'}: ${p.message}`;
}

/** JSON path in the `$.a[0].b` form. */
function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : `.${String(k)}`;
  return out;
}

function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((i) => ({ file, path: jsonPath(i.path), message: i.message }));
}

export function parseJson(file: string, text: string): Loaded<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, problems: [{ file, path: '$', message: `not valid JSON (${(e as Error).message})` }] };
  }
}

export function parseDeck(file: string, data: unknown): Loaded<Deck> {
  const r = deckSchema.safeParse(data);
  if (!r.success) return { ok: false, problems: zodProblems(file, r.error) };
  const problems: Problem[] = [];
  const d = r.data;
  const seen = (kind: string, list: { id: string }[]) => {
    const ids = new Set<string>();
    list.forEach((x, i) => {
      if (ids.has(x.id)) problems.push({ file, path: `$.${kind}[${i}].id`, message: `duplicate id "${x.id}"` });
      ids.add(x.id);
    });
  };
  seen('events', d.events);
  seen('initiatives', d.initiatives);
  seen('milestones', d.milestones);
  const milestoneIds = new Set(d.milestones.map((m) => m.id));
  const eventIds = new Set(d.events.map((e) => e.id));
  d.milestones.forEach((m, i) => {
    m.requires.forEach((r, j) => {
      if (!milestoneIds.has(r))
        problems.push({ file, path: `$.milestones[${i}].requires[${j}]`, message: `unknown milestone "${r}"` });
    });
  });
  d.initiatives.forEach((x, i) => {
    const m = x.proposal?.milestone;
    if (m && !milestoneIds.has(m))
      problems.push({ file, path: `$.initiatives[${i}].proposal.milestone`, message: `unknown milestone "${m}"` });
    checkConditions(x.preconditions, `$.initiatives[${i}].preconditions`, milestoneIds, eventIds, file, problems);
  });
  const initiativeIds = new Set(d.initiatives.map((x) => x.id));
  d.advisors.forEach((a, i) => {
    for (const [situation, recs] of Object.entries(a.recommends)) {
      const at = `$.advisors[${i}].recommends.${situation}`;
      if (situation === 'default') problems.push({ file, path: at, message: 'the default line recommends nothing' });
      else if (!(situation in a.lines)) problems.push({ file, path: at, message: `no line for "${situation}"` });
      recs.forEach((r, j) => {
        if ('initiative' in r && !initiativeIds.has(r.initiative))
          problems.push({ file, path: `${at}[${j}]`, message: `unknown initiative "${r.initiative}"` });
      });
    }
  });
  d.glossary.forEach((g, i) => {
    g.cards.forEach((c, j) => {
      if (!initiativeIds.has(c))
        problems.push({ file, path: `$.glossary[${i}].cards[${j}]`, message: `unknown initiative "${c}"` });
    });
  });
  d.events.forEach((e, i) => {
    for (const p of cardProblems(e, `$.events[${i}]`, { milestones: milestoneIds, events: eventIds }))
      problems.push({ file, ...p });
  });
  for (const ending of ENDINGS) {
    if (!d.endings.some((e) => e.id === ending))
      problems.push({ file, path: '$.endings', message: `missing the "${ending}" ending` });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: d };
}

function checkConditions(
  conditions: readonly Condition[],
  at: string,
  milestones: Set<string>,
  events: Set<string>,
  file: string,
  problems: Problem[],
): void {
  conditions.forEach((c, i) => {
    if ('milestone' in c && !milestones.has(c.milestone)) {
      problems.push({ file, path: `${at}[${i}].milestone`, message: `unknown milestone "${c.milestone}"` });
    }
    if ('event' in c && !events.has(c.event)) {
      problems.push({ file, path: `${at}[${i}].event`, message: `unknown event "${c.event}"` });
    }
  });
}

/** Parse a scenario file and resolve it against the deck. */
export function loadScenario(file: string, data: unknown, d: Deck): Loaded<ResolvedScenario> {
  const r = scenarioFile.safeParse(data);
  if (!r.success) return { ok: false, problems: zodProblems(file, r.error) };
  const s = r.data;
  const problems = scenarioProblems(file, s, d);
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: resolve(s, d) };
}

function scenarioProblems(file: string, s: ScenarioFile, d: Deck): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ file, path, message });
  const start = monthNumber(s.start);
  const end = monthNumber(s.end);
  if (end < start) add('$.end', `the scenario ends (${s.end}) before it starts (${s.start})`);
  const inRange = (m: string) => monthNumber(m) >= start && monthNumber(m) <= end;

  const events = new Map<string, EventDef>(d.events.map((e) => [e.id, e]));
  s.customEvents.forEach((e, i) => {
    if (events.has(e.id)) add(`$.customEvents[${i}].id`, `"${e.id}" is already an event of the deck`);
    events.set(e.id, e);
  });
  const initiatives = new Set(d.initiatives.map((x) => x.id));
  const milestones = new Set(d.milestones.map((m) => m.id));

  s.events.forEach((id, i) => {
    const e = events.get(id);
    if (!e) {
      add(`$.events[${i}]`, `unknown event "${id}"`);
      return;
    }
    if (e.kind === 'scheduled' && !inRange(e.month)) {
      add(`$.events[${i}]`, `scheduled event "${id}" falls in ${e.month}, outside ${s.start}–${s.end}`);
    }
    if (e.kind === 'random' && monthNumber(e.month) > end) {
      add(`$.events[${i}]`, `random event "${id}" cannot fire before ${e.month}, after the scenario ends`);
    }
  });
  const known = { milestones, events: new Set(events.keys()) };
  s.customEvents.forEach((e, i) => {
    for (const p of cardProblems(e, `$.customEvents[${i}]`, known)) add(p.path, p.message);
    if (!inRange(e.month) && e.kind === 'scheduled')
      add(`$.customEvents[${i}].month`, `${e.month} is outside ${s.start}–${s.end}`);
    if (!s.events.includes(e.id)) add(`$.customEvents[${i}].id`, `custom event "${e.id}" is not listed in $.events`);
  });
  s.initiatives.forEach((id, i) => {
    if (!initiatives.has(id)) add(`$.initiatives[${i}]`, `unknown initiative "${id}"`);
  });
  s.milestones.forEach((id, i) => {
    if (!milestones.has(id)) add(`$.milestones[${i}]`, `unknown milestone "${id}"`);
  });
  s.alreadyReached.forEach((id, i) => {
    if (!s.milestones.includes(id)) add(`$.alreadyReached[${i}]`, `"${id}" is not one of the scenario's milestones`);
  });
  if (!s.milestones.includes(s.capstone))
    add('$.capstone', `the capstone "${s.capstone}" is not one of the scenario's milestones`);
  s.elections.forEach((e, i) => {
    if (!inRange(e.month)) add(`$.elections[${i}].month`, `${e.month} is outside ${s.start}–${s.end}`);
  });
  s.summits.forEach((x, i) => {
    if (!inRange(x.month)) add(`$.summits[${i}].month`, `${x.month} is outside ${s.start}–${s.end}`);
  });
  return problems;
}

function byId<T extends { id: string }>(ids: readonly string[], all: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id of ids) {
    const found = all.find((x) => x.id === id);
    if (found) out[id] = found;
  }
  return out;
}

function resolve(s: ScenarioFile, d: Deck): ResolvedScenario {
  const endings: ResolvedScenario['endings'] = {};
  for (const e of d.endings) endings[e.id] = e;
  return {
    id: s.id,
    title: s.title,
    tagline: s.tagline,
    start: s.start,
    end: s.end,
    months: monthsInclusive(s.start, s.end),
    briefing: s.briefing,
    startValues: s.startValues,
    elections: s.elections,
    summits: s.summits,
    events: byId(s.events, [...d.events, ...s.customEvents]),
    initiatives: byId(s.initiatives, d.initiatives),
    milestones: byId(s.milestones, d.milestones),
    alreadyReached: s.alreadyReached,
    capstone: s.capstone,
    endings,
    advisors: d.advisors,
  };
}
