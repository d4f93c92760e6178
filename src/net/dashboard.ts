// The facilitator's networked dashboard: every table of the session in one table (month, phase,
// whom it waits for, timer, the four key meters), and the console powers for the selected table
// (pause, timer, inject, adjust, reveal, undo, end, seat switches) sent over the socket.

import type { Projection } from '../server/projection';
import { el, fmt } from '../seminar/console/dom';
import { formatRemaining } from '../seminar/timer';
import { METERS } from '../model/types';
import { button, panel, seatName, type Send } from './views';
import { net as N } from '../strings';

type Facilitator = Extract<Projection, { role: 'facilitator' }>;

export function remainingNow(p: Projection, receivedAt: number, now: number): number | null {
  if (p.remainingMs === null) return null;
  return p.paused ? p.remainingMs : Math.max(0, p.remainingMs - (now - receivedAt));
}

export function tablesPanel(
  tables: Map<string, { state: Facilitator; at: number }>,
  selected: string,
  select: (id: string) => void,
  now: number,
): HTMLElement {
  const t = el('table', null, 'seat-tables');
  const head = el('tr');
  for (const h of N.tableColumns) head.append(Object.assign(el('th', h), { scope: 'col' }));
  t.append(head);
  for (const [id, { state: p, at }] of tables) {
    const tr = el('tr');
    tr.setAttribute('aria-selected', String(id === selected));
    tr.tabIndex = 0;
    tr.addEventListener('click', () => select(id));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') select(id);
    });
    const cells = [
      id,
      p.month.label,
      p.paused ? N.pausedPhase(p.phase) : p.phase,
      p.waitingFor.map(seatName).join(', ') || '–',
      formatRemaining(remainingNow(p, at, now)),
      fmt(p.public.trust),
      fmt(p.public.momentum),
      fmt(p.public.threat),
      fmt(p.public.credibility),
    ];
    for (const c of cells) tr.append(el('td', c));
    t.append(tr);
  }
  const out = panel(N.allTables, t);
  out.classList.add('wide');
  return out;
}

export function controlsPanels(p: Facilitator, events: { id: string; title: string }[], send: Send): HTMLElement[] {
  const table = p.table;
  const act = (action: Record<string, unknown>) => send('console', { table, action });
  const reason = el('input');
  reason.maxLength = 500;
  reason.placeholder = N.reasonPlaceholder;
  reason.setAttribute('aria-label', N.reasonField);
  const withReason = (a: Record<string, unknown>) => act(reason.value ? { ...a, reason: reason.value } : a);
  const row1 = el('div', null, 'row');
  row1.append(
    button(N.pause(p.paused), () => withReason({ kind: p.paused ? 'resume' : 'pause' })),
    button(N.reveal(p.revealed), () => withReason({ kind: 'reveal', on: !p.revealed })),
    button(N.undo, () => withReason({ kind: 'undo' })),
    button(N.end, () => withReason({ kind: 'end' })),
  );
  const row2 = el('div', null, 'row');
  row2.append(el('span', N.timer));
  for (const m of [-5, -1, 1, 5]) row2.append(button(N.timerStep(m), () => act({ kind: 'timer.adjust', minutes: m })));
  const row3 = el('div', null, 'row');
  for (const seat of ['seoul', 'tokyo'] as const) {
    const other = p.seats[seat] === 'human' ? 'computer' : 'human';
    row3.append(
      button(N.switchSeat(seatName(seat), p.seats[seat], other), () => send('seat', { table, seat, kind: other })),
    );
  }
  const controls = panel(N.tablePanel(table, p.month.label, p.phase), reason, row1, row2, row3);

  const inject = el('form');
  const pick = el('select');
  pick.setAttribute('aria-label', N.eventToInject);
  for (const e of events) pick.append(Object.assign(el('option', e.title), { value: e.id }));
  inject.append(pick, Object.assign(el('button', N.inject), { type: 'submit' }));
  inject.addEventListener('submit', (e) => {
    e.preventDefault();
    withReason({ kind: 'inject', event: pick.value });
  });
  const custom = el('form');
  const title = Object.assign(el('input'), { maxLength: 120, placeholder: N.customTitlePlaceholder, required: true });
  title.setAttribute('aria-label', N.customTitle);
  const text = Object.assign(el('textarea'), { maxLength: 2000, placeholder: N.customTextPlaceholder });
  text.setAttribute('aria-label', N.customText);
  custom.append(title, text, Object.assign(el('button', N.injectCustom), { type: 'submit' }));
  custom.addEventListener('submit', (e) => {
    e.preventDefault();
    withReason({ kind: 'injectCustom', custom: { title: title.value, text: text.value, effects: {} } });
  });
  const adjust = el('form');
  const meter = el('select');
  meter.setAttribute('aria-label', N.meter);
  for (const m of METERS) meter.append(Object.assign(el('option', m), { value: m }));
  const value = Object.assign(el('input'), { type: 'number', min: '0', max: '100', step: '0.1', required: true });
  value.setAttribute('aria-label', N.newValue);
  const why = Object.assign(el('input'), { maxLength: 200, required: true, placeholder: N.whyPlaceholder });
  why.setAttribute('aria-label', N.whyField);
  adjust.append(meter, value, why, Object.assign(el('button', N.setValue), { type: 'submit' }));
  adjust.addEventListener('submit', (e) => {
    e.preventDefault();
    act({ kind: 'adjust', meter: meter.value, value: Number(value.value), reason: why.value });
  });
  const powers = panel(N.powers, inject, custom, adjust);

  const truth = el('table');
  for (const m of METERS) {
    const tr = el('tr');
    tr.append(el('th', m), el('td', fmt(p.meters[m])));
    truth.append(tr);
  }
  const estimates = el(
    'p',
    N.estimates(
      [fmt(p.estimates.seoul.backlash), fmt(p.estimates.seoul.willingness)],
      [fmt(p.estimates.tokyo.backlash), fmt(p.estimates.tokyo.willingness)],
    ),
  );
  const log = el('ol');
  for (const e of [...p.log].reverse().slice(0, 30))
    log.append(el('li', N.logLine(e.month, e.detail, e.reason), e.outcome === 'refused' ? 'refused' : undefined));
  const state = panel(
    N.truePanel,
    truth,
    estimates,
    el('p', N.decisions(p.decisions, p.hash)),
    el('h3', N.sessionLog),
    log,
  );

  const exports = el('div', null, 'row');
  exports.append(
    button(N.gradingCsv, () => send('export', { kind: 'grading' })),
    button(N.activityCsv, () => send('export', { kind: 'activity' })),
    button(N.transcript, () => send('export', { kind: 'transcript' })),
    button(N.tableDebrief(table), () => send('export', { kind: 'debrief', table })),
    button(N.tableReplay(table), () => send('export', { kind: 'replay', table })),
  );
  return [controls, powers, state, panel(N.exports, exports)];
}
