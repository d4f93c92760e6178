// Renders the console's view of the game: status and timer, true values beside Washington's
// estimates, both delegations' briefs, this month's news, the session log and private notes.
// Every string (including facilitator-written custom events) goes through textContent.

import { formatRemaining } from '../timer';
import type { LogEntry, SeminarState } from '../protocol';
import { clockTime, el, fill, fmt, row } from './dom';
import type { Note } from './notes';
import type { FacilitatorView } from './viewModel';

export function renderStatus(node: HTMLElement, view: FacilitatorView | null, s: SeminarState | null): void {
  if (!view || !s) {
    node.textContent = 'Waiting for the game window… (open the game with the same session code)';
    return;
  }
  const seats = `Seats: Washington ${view.seats.washington}, Seoul ${view.seats.seoul}, Tokyo ${view.seats.tokyo}`;
  const parts = [
    view.scenarioTitle,
    `${view.month.label} (month ${view.month.turn + 1} of ${view.month.months})`,
    `phase: ${view.phase}`,
    s.paused ? 'PAUSED' : 'running',
    s.revealed ? 'hidden values REVEALED to the room' : 'hidden values hidden',
    seats,
  ];
  node.textContent = parts.join(' · ');
}

/** The seat toggles say what each delegation's seat is now and what a press makes it. */
export function renderSeats(seoul: HTMLElement, tokyo: HTMLElement, view: FacilitatorView): void {
  for (const [node, seat, name] of [
    [seoul, view.seats.seoul, 'Seoul'],
    [tokyo, view.seats.tokyo, 'Tokyo'],
  ] as const) {
    node.textContent = `${name}: ${seat === 'human' ? 'human team' : 'computer'} → make it ${seat === 'human' ? 'computer' : 'human'}`;
  }
}

export function renderTimer(node: HTMLElement, remaining: number | null, paused: boolean): void {
  node.textContent = `${formatRemaining(remaining)}${paused ? ' (paused)' : ''}`;
  node.classList.toggle('overdue', remaining === 0);
}

export function renderMeters(tbody: HTMLElement, view: FacilitatorView): void {
  fill(
    tbody,
    view.meters.map((m) =>
      row([m.label, fmt(m.truth), m.estimate === null ? 'public' : `${fmt(m.estimate)} ± ${fmt(m.uncertainty)}`], true),
    ),
  );
}

function briefNode(title: string, b: FacilitatorView['briefs']['seoul']): HTMLElement {
  const box = el('section', null, 'brief');
  box.append(el('h3', title));
  const dl = el('dl');
  const items: [string, string][] = [
    ['Backlash (true)', fmt(b.backlash)],
    ['Approval', fmt(b.approval)],
    ['Willingness (true)', fmt(b.willingness)],
    ['Season', b.season],
    ['Next election', b.electionIn === null ? 'none scheduled' : `in ${b.electionIn} month(s)`],
  ];
  for (const [k, v] of items) dl.append(el('dt', k), el('dd', v));
  box.append(dl);
  const asks = el('ul');
  for (const a of b.asks)
    asks.append(el('li', `${a.initiative} (${a.channel}): domestic cost ${a.domesticCost} — ${a.ask}`));
  if (b.asks.length === 0) asks.append(el('li', 'No open asks.'));
  box.append(el('h4', 'Open asks'), asks);
  return box;
}

export function renderBriefs(node: HTMLElement, view: FacilitatorView): void {
  const children: Node[] = [
    briefNode('Seoul delegation', view.briefs.seoul),
    briefNode('Tokyo delegation', view.briefs.tokyo),
  ];
  const h = view.handover;
  const waiting = el('p', null, 'waiting');
  waiting.textContent = h
    ? `Hand-over: the ${h.seatName} delegation must answer now (${h.redLines.length} ask(s); headroom before boiling ${fmt(h.headroom.boiling)}).`
    : view.awaiting.length
      ? `Waiting for answers: ${view.awaiting.map((w) => `${w.seat} on ${w.proposal}`).join(', ')}.`
      : 'No delegation is being asked right now.';
  children.unshift(waiting);
  fill(node, children);
}

export function renderNews(node: HTMLElement, view: FacilitatorView): void {
  const items = view.news.map((n) => {
    const li = el('li');
    li.append(
      el('strong', n.title),
      document.createTextNode(n.injected ? ' (injected) — ' : ' — '),
      el('span', n.text),
    );
    return li;
  });
  if (view.ending) items.push(el('li', `Ended: ${view.ending.title} (score ${view.ending.score})`));
  fill(node, items.length ? items : [el('li', 'No events this month yet.')]);
}

export function renderLog(node: HTMLElement, log: LogEntry[]): void {
  const items = [...log].reverse().map((e) => {
    const text = `${clockTime(e.at)} · ${e.month} · ${e.detail}${e.reason ? ` — reason: ${e.reason}` : ''}`;
    return el('li', text, e.outcome === 'refused' ? 'refused' : undefined);
  });
  fill(node, items.length ? items : [el('li', 'No facilitator actions yet.')]);
}

export function renderNotes(node: HTMLElement, notes: Note[]): void {
  const items = [...notes]
    .reverse()
    .map((n) => el('li', `${clockTime(n.at)}${n.turn === null ? '' : ` · month ${n.turn + 1}`} · ${n.text}`));
  fill(node, items.length ? items : [el('li', 'No notes yet. Notes stay in this browser only.')]);
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
