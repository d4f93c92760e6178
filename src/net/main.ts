// The networked seminar page: reads its credentials from the link, loads socket.io's client (only
// this page does; the solo game never loads it), and renders the projection the server sends for
// this seat, re-rendering on every frame while keeping the focus and unsent text. Every action
// goes out with an ack; a refusal's reason is shown and read out. Opened with a brief window's link
// from a single-machine seminar (net/localBrief.ts), it shows that delegation's projection from the
// game window instead, with no socket and no messages.

import type { Socket } from 'socket.io-client';
import type { Projection } from '../server/projection';
import { byId, el } from '../seminar/console/dom';
import { formatRemaining } from '../seminar/timer';
import { DEBRIEF_PARAM, stashDebrief } from '../app/pendingDebrief';
import { downloadText } from '../ui/download';
import { type Credentials, credentialsFrom, forgetToken, rememberToken } from './credentials';
import { controlsPanels, remainingNow, tablesPanel } from './dashboard';
import { connectLocalBrief, localBriefLink } from './localBrief';
import { messagesPanel, type SaidView } from './messages';
import { delegationPanels, endingPanel, publicPanel, seatName, washingtonPanels } from './views';
import { net as N } from '../strings';

type Welcome = {
  role: string;
  table: string | null;
  token?: string;
  code: string;
  tables: string[];
  events: { id: string; title: string }[];
};
type Reply = { ok: boolean; reason?: string; name?: string; text?: string };

const main = byId('main');
const status = byId('status');
const live = byId('live');
const timer = byId('timer');

const states = new Map<string, { state: Projection; at: number }>();
let said: SaidView[] = [];
let welcome: Welcome | null = null;
let selected = '1';
const draft = { text: '', to: '' };
let socket: Socket | null = null;
/** Sends one action and hands its reply (null: no answer in time) to `done`. */
let transport: ((event: string, payload: unknown, done: (reply: Reply | null) => void) => void) | null = null;
/** A networked page has messages between seats; a local brief window has none. */
let messaging = true;

function say(text: string): void {
  live.textContent = text;
}

function send(event: string, payload: unknown): void {
  transport?.(event, payload, (reply) => {
    if (!reply) return say(N.noReply);
    if (!reply.ok) return say(N.refused(reply.reason));
    if (reply.text !== undefined && reply.name) {
      downloadText(
        document,
        reply.name,
        reply.text,
        reply.name.endsWith('.csv') ? 'text/csv' : reply.name.endsWith('.md') ? 'text/markdown' : 'application/json',
      );
      return say(N.saved(reply.name));
    }
    if (event === 'say') render();
    say('');
  });
}

/** The game's own debrief of a finished table, in this tab: the replay (with the messages this seat may read) goes to the game page. */
function openDebrief(table: string): void {
  transport?.('export', { kind: 'replay', table }, (reply) => {
    if (!reply) return say(N.noReply);
    if (!reply.ok || reply.text === undefined) return say(N.refused(reply.reason));
    if (!stashDebrief(sessionStorage, reply.text)) return say(N.debriefNotKept);
    location.assign(`./?${DEBRIEF_PARAM}=1`);
  });
}

function render(): void {
  if (!welcome) return;
  const focused = document.activeElement as HTMLInputElement | null;
  const focusId = focused?.id || focused?.getAttribute('aria-label') || null;
  const caret = focused && 'selectionStart' in focused ? focused.selectionStart : null;
  const role = welcome.role;
  const table = role === 'facilitator' ? selected : (welcome.table ?? '1');
  const current = states.get(table)?.state;
  if (!current) return;
  byId('title').textContent = N.pageTitle(seatName(role), role === 'facilitator', states.size, table, welcome.code);
  const panels: (HTMLElement | null)[] = [];
  if (current.paused) panels.push(Object.assign(el('p', N.paused, 'paused'), { role: 'alert' }));
  panels.push(endingPanel(current, messaging ? () => openDebrief(table) : null));
  if (current.role === 'facilitator') {
    const fac = new Map([...states].filter(([, v]) => v.state.role === 'facilitator')) as Parameters<
      typeof tablesPanel
    >[0];
    panels.push(
      tablesPanel(
        fac,
        selected,
        (id) => {
          selected = id;
          render();
        },
        Date.now(),
      ),
    );
    panels.push(...controlsPanels(current, welcome.events, send));
  } else if (current.role === 'washington') panels.push(...washingtonPanels(current, send));
  else panels.push(...delegationPanels(current, send));
  panels.push(publicPanel(current));
  if (messaging) panels.push(messagesPanel(role, table, said, send, draft));
  main.replaceChildren(...panels.filter((p): p is HTMLElement => p !== null));
  // What this page shows, for tests and scripts to wait on: the record, the phase, the month, who is awaited.
  Object.assign(document.body.dataset, {
    seq: String(current.seq),
    phase: current.phase,
    turn: String(current.month.turn),
    waiting: current.waitingFor.join(','),
  });
  if (focusId) {
    const again = (document.getElementById(focusId) ??
      main.querySelector(`[aria-label="${CSS.escape(focusId)}"]`)) as HTMLInputElement | null;
    again?.focus();
    if (again && caret !== null && 'setSelectionRange' in again) again.setSelectionRange(caret, caret);
  }
  tick();
}

function tick(): void {
  const table = welcome?.role === 'facilitator' ? selected : (welcome?.table ?? '1');
  const s = states.get(table);
  timer.textContent = s ? formatRemaining(remainingNow(s.state, s.at, Date.now())) : '–';
}

function onState(p: Projection): void {
  const known = states.get(p.table);
  if (known && known.state.seq > p.seq) return; // an older frame arriving late
  states.set(p.table, { state: p, at: Date.now() });
  render();
}

function startLocalBrief(): boolean {
  const link = localBriefLink(location.search, location.hash);
  if (!link) return false;
  messaging = false;
  welcome = { role: link.seat, table: '1', code: link.sessionId, tables: ['1'], events: [] };
  status.textContent = N.waitingForWindow;
  const answer = connectLocalBrief(link, (view) => {
    status.textContent = N.localBrief;
    onState(view);
  });
  transport = (event, payload, done) =>
    event === 'play' ? answer(payload, done) : done({ ok: false, reason: N.notInBrief });
  setInterval(tick, 1000);
  return true;
}

async function start(): Promise<void> {
  if (startLocalBrief()) return;
  const creds: Credentials | null = credentialsFrom(location.search, location.hash, localStorage);
  if (!creds) {
    status.textContent = N.needsLink;
    return;
  }
  let auth: Credentials = creds;
  const { io } = await import('socket.io-client');
  socket = io({ auth: (cb) => cb(auth), reconnectionDelayMax: 3000 });
  const sock = socket;
  transport = (event, payload, done) =>
    sock.timeout(15_000).emit(event, payload, (err: Error | null, reply: Reply) => done(err ? null : reply));
  socket.on('connect', () => {
    status.textContent = N.connected(!!socket?.recovered);
  });
  socket.on('disconnect', () => {
    status.textContent = N.connectionLost;
  });
  socket.on('connect_error', (err) => {
    if ('token' in auth && /not known/.test(err.message)) {
      forgetToken(location.search, localStorage);
      const again = credentialsFrom(location.search, location.hash, localStorage);
      if (again) auth = again;
      socket?.connect();
    }
    status.textContent = N.cannotConnect(err.message);
  });
  socket.on('welcome', (w: Welcome) => {
    welcome = w;
    if (w.token) {
      rememberToken(location.search, w.token, localStorage);
      auth = { token: w.token };
    }
    if (w.role === 'facilitator' && !w.tables.includes(selected)) selected = w.tables[0];
  });
  socket.on('sync', (s: { state: Projection; said: SaidView[] }) => {
    said = [...said.filter((m) => m.table !== s.state.table), ...s.said];
    onState(s.state);
  });
  socket.on('state', onState);
  socket.on('said', (m: SaidView) => {
    if (!said.some((x) => x.table === m.table && x.seq === m.seq)) said.push(m);
  });
  setInterval(tick, 1000);
}

void start();
