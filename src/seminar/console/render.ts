// Renders the console's view of the game: status and timer, true values beside Washington's
// estimates, both delegations' briefs, this month's news, the session log and private notes.
// Every string (including facilitator-written custom events) goes through textContent.

import { formatRemaining } from '../timer';
import type { LogEntry, SeminarState } from '../protocol';
import { clockTime, el, fill, fmt, row } from './dom';
import type { Note } from './notes';
import type { FacilitatorView } from './viewModel';
import * as C from '../../strings/console';
import { ALLY_NAMES } from '../../model';

export function renderStatus(node: HTMLElement, view: FacilitatorView | null, s: SeminarState | null): void {
  if (!view || !s) {
    node.textContent = C.waiting;
    return;
  }
  const seats = C.seats(view.seats.washington, view.seats.seoul, view.seats.tokyo);
  const parts = [
    view.scenarioTitle,
    C.month(view.month.label, view.month.turn + 1, view.month.months),
    C.phase(view.phase),
    s.paused ? C.paused : C.running,
    s.revealed ? C.revealed : C.hidden,
    seats,
  ];
  node.textContent = parts.join(' · ');
}

/** The seat toggles say what each delegation's seat is now and what a press makes it. */
export function renderSeats(seoul: HTMLElement, tokyo: HTMLElement, view: FacilitatorView): void {
  for (const [node, seat, name] of [
    [seoul, view.seats.seoul, ALLY_NAMES.seoul],
    [tokyo, view.seats.tokyo, ALLY_NAMES.tokyo],
  ] as const) {
    node.textContent = C.seatToggle(name, seat === 'human');
  }
}

export function renderTimer(node: HTMLElement, remaining: number | null, paused: boolean): void {
  node.textContent = `${formatRemaining(remaining)}${paused ? C.timerPaused : ''}`;
  node.classList.toggle('overdue', remaining === 0);
}

export function renderMeters(tbody: HTMLElement, view: FacilitatorView): void {
  fill(
    tbody,
    view.meters.map((m) =>
      row(
        [m.label, fmt(m.truth), m.estimate === null ? C.publicMeter : `${fmt(m.estimate)} ± ${fmt(m.uncertainty)}`],
        true,
      ),
    ),
  );
}

function briefNode(title: string, b: FacilitatorView['briefs']['seoul']): HTMLElement {
  const box = el('section', null, 'brief');
  box.append(el('h3', title));
  const dl = el('dl');
  const items: [string, string][] = [
    [C.brief.backlash, fmt(b.backlash)],
    [C.brief.approval, fmt(b.approval)],
    [C.brief.willingness, fmt(b.willingness)],
    [C.brief.season, b.season],
    [C.brief.nextElection, b.electionIn === null ? C.brief.noElection : C.brief.electionIn(b.electionIn)],
  ];
  for (const [k, v] of items) dl.append(el('dt', k), el('dd', v));
  box.append(dl);
  const asks = el('ul');
  for (const a of b.asks) asks.append(el('li', C.brief.ask(a.initiative, a.channel, a.domesticCost, a.ask)));
  if (b.asks.length === 0) asks.append(el('li', C.brief.noAsks));
  box.append(el('h4', C.brief.asks), asks);
  return box;
}

export function renderBriefs(node: HTMLElement, view: FacilitatorView): void {
  const children: Node[] = [briefNode(C.brief.seoul, view.briefs.seoul), briefNode(C.brief.tokyo, view.briefs.tokyo)];
  const h = view.handover;
  const waiting = el('p', null, 'waiting');
  waiting.textContent = h
    ? C.brief.handover(h.seatName, h.redLines.length, fmt(h.headroom.boiling))
    : view.awaiting.length
      ? C.brief.waitingFor(view.awaiting.map((w) => C.brief.waitingOne(w.seat, w.proposal)))
      : C.brief.nobodyAsked;
  children.unshift(waiting);
  fill(node, children);
}

export function renderNews(node: HTMLElement, view: FacilitatorView): void {
  const items = view.news.map((n) => {
    const li = el('li');
    li.append(
      el('strong', n.title),
      document.createTextNode(n.injected ? C.news.injected : C.news.plain),
      el('span', n.text),
    );
    return li;
  });
  if (view.ending) items.push(el('li', C.news.ended(view.ending.title, view.ending.score.total)));
  fill(node, items.length ? items : [el('li', C.news.none)]);
}

export function renderLog(node: HTMLElement, log: LogEntry[]): void {
  const items = [...log].reverse().map((e) => {
    const text = `${clockTime(e.at)} · ${e.month} · ${e.detail}${e.reason ? C.logReason(e.reason) : ''}`;
    return el('li', text, e.outcome === 'refused' ? 'refused' : undefined);
  });
  fill(node, items.length ? items : [el('li', C.noLog)]);
}

export function renderNotes(node: HTMLElement, notes: Note[]): void {
  const items = [...notes]
    .reverse()
    .map((n) => el('li', `${clockTime(n.at)}${n.turn === null ? '' : C.noteMonth(n.turn + 1)} · ${n.text}`));
  fill(node, items.length ? items : [el('li', C.noNotes)]);
}

export function renderLibrary(select: HTMLSelectElement, events: { id: string; title: string }[]): void {
  if (select.options.length === events.length && events.every((e, i) => select.options[i].value === e.id)) return;
  fill(
    select,
    events.map((e) => {
      const o = el('option', e.title);
      o.value = e.id;
      return o;
    }),
  );
}
