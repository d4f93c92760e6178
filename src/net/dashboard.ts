// The facilitator's networked dashboard: every table of the session in one table (month, phase,
// whom it waits for, timer, the four key meters), and the console powers for the selected table
// (pause, timer, inject, adjust, reveal, undo, end, seat switches) sent over the socket.

import type { Projection } from '../server/projection';
import { el, fmt } from '../seminar/console/dom';
import { formatRemaining } from '../seminar/timer';
import { METERS } from '../model/types';
import { button, panel, seatName, type Send } from './views';

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
  for (const h of ['Table', 'Month', 'Phase', 'Waiting for', 'Timer', 'Trust', 'Momentum', 'Threat', 'Credibility'])
    head.append(Object.assign(el('th', h), { scope: 'col' }));
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
      p.paused ? `${p.phase} (paused)` : p.phase,
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
  const out = panel('All tables', t);
  out.classList.add('wide');
  return out;
}

export function controlsPanels(p: Facilitator, events: { id: string; title: string }[], send: Send): HTMLElement[] {
  const table = p.table;
  const act = (action: Record<string, unknown>) => send('console', { table, action });
  const reason = el('input');
  reason.maxLength = 500;
  reason.placeholder = 'reason for the log (optional)';
  reason.setAttribute('aria-label', 'Reason for the log');
  const withReason = (a: Record<string, unknown>) => act(reason.value ? { ...a, reason: reason.value } : a);
  const row1 = el('div', null, 'row');
  row1.append(
    button(p.paused ? 'Resume' : 'Pause', () => withReason({ kind: p.paused ? 'resume' : 'pause' })),
    button(p.revealed ? 'Hide true values' : 'Reveal true values to the room', () =>
      withReason({ kind: 'reveal', on: !p.revealed }),
    ),
    button('Undo', () => withReason({ kind: 'undo' })),
    button('End → debrief', () => withReason({ kind: 'end' })),
  );
  const row2 = el('div', null, 'row');
  row2.append(el('span', 'Timer:'));
  for (const m of [-5, -1, 1, 5])
    row2.append(button(`${m > 0 ? '+' : '−'}${Math.abs(m)} min`, () => act({ kind: 'timer.adjust', minutes: m })));
  const row3 = el('div', null, 'row');
  for (const seat of ['seoul', 'tokyo'] as const) {
    const other = p.seats[seat] === 'human' ? 'computer' : 'human';
    row3.append(
      button(`${seatName(seat)}: ${p.seats[seat]} → ${other}`, () => send('seat', { table, seat, kind: other })),
    );
  }
  const controls = panel(`Table ${table}: ${p.month.label}, ${p.phase}`, reason, row1, row2, row3);

  const inject = el('form');
  const pick = el('select');
  pick.setAttribute('aria-label', 'Event to inject');
  for (const e of events) pick.append(Object.assign(el('option', e.title), { value: e.id }));
  inject.append(pick, Object.assign(el('button', 'Inject'), { type: 'submit' }));
  inject.addEventListener('submit', (e) => {
    e.preventDefault();
    withReason({ kind: 'inject', event: pick.value });
  });
  const custom = el('form');
  const title = Object.assign(el('input'), { maxLength: 120, placeholder: 'custom event title', required: true });
  title.setAttribute('aria-label', 'Custom event title');
  const text = Object.assign(el('textarea'), { maxLength: 2000, placeholder: 'text shown to the room' });
  text.setAttribute('aria-label', 'Custom event text');
  custom.append(title, text, Object.assign(el('button', 'Inject custom event'), { type: 'submit' }));
  custom.addEventListener('submit', (e) => {
    e.preventDefault();
    withReason({ kind: 'injectCustom', custom: { title: title.value, text: text.value, effects: {} } });
  });
  const adjust = el('form');
  const meter = el('select');
  meter.setAttribute('aria-label', 'Meter');
  for (const m of METERS) meter.append(Object.assign(el('option', m), { value: m }));
  const value = Object.assign(el('input'), { type: 'number', min: '0', max: '100', step: '0.1', required: true });
  value.setAttribute('aria-label', 'New value');
  const why = Object.assign(el('input'), { maxLength: 200, required: true, placeholder: 'reason (required)' });
  why.setAttribute('aria-label', 'Reason for the adjustment');
  adjust.append(meter, value, why, Object.assign(el('button', 'Set value'), { type: 'submit' }));
  adjust.addEventListener('submit', (e) => {
    e.preventDefault();
    act({ kind: 'adjust', meter: meter.value, value: Number(value.value), reason: why.value });
  });
  const powers = panel('Inject and adjust', inject, custom, adjust);

  const truth = el('table');
  for (const m of METERS) {
    const tr = el('tr');
    tr.append(el('th', m), el('td', fmt(p.meters[m])));
    truth.append(tr);
  }
  const estimates = el(
    'p',
    `Washington estimates: Seoul backlash ${fmt(p.estimates.seoul.backlash)}, willingness ${fmt(p.estimates.seoul.willingness)}; Tokyo backlash ${fmt(p.estimates.tokyo.backlash)}, willingness ${fmt(p.estimates.tokyo.willingness)}`,
  );
  const log = el('ol');
  for (const e of [...p.log].reverse().slice(0, 30))
    log.append(
      el(
        'li',
        `${e.month}: ${e.detail}${e.reason ? ` — ${e.reason}` : ''}`,
        e.outcome === 'refused' ? 'refused' : undefined,
      ),
    );
  const state = panel(
    'True values',
    truth,
    estimates,
    el('p', `${p.decisions} decisions · hash ${p.hash}`),
    el('h3', 'Session log'),
    log,
  );

  const exports = el('div', null, 'row');
  exports.append(
    button('Grading CSV (all tables)', () => send('export', { kind: 'grading' })),
    button('Activity CSV (all tables)', () => send('export', { kind: 'activity' })),
    button('Messages (Markdown)', () => send('export', { kind: 'transcript' })),
    button(`Debrief of table ${table} (Markdown, with its messages)`, () => send('export', { kind: 'debrief', table })),
    button(`Replay of table ${table}`, () => send('export', { kind: 'replay', table })),
  );
  return [controls, powers, state, panel('Exports', exports)];
}
