// Entry point of console.html: reads ?session= and the facilitator's key (#key=, handed out by
// the game window), opens the session's keyed BroadcastChannel, and wires the buttons and forms
// to ConsoleClient. The event library comes from the shipped scenario named
// in the session code (or, for other sessions, from the game rebuilt from the window's replay).

import { loadScenarioText } from '../../app/scenarioFile';
import { loadContent } from '../../app/scenarios';
import { loadShippedScenario } from '../../content/catalog';
import { METERS, type MeterKey } from '../../model/types';
import { openChannel } from '../channel';
import { sessionIdSchema } from '../protocol';
import { codeOfSessionId, decodeSession, keyFromHash, sessionCodeFromSearch } from '../sessionCode';
import { ConsoleClient } from './client';
import { byId, el } from './dom';
import { adjustFromForm, customFromForm } from './forms';
import { addNote, readNotes } from './notes';
import * as render from './render';
import { facilitatorView, meterLabel } from './viewModel';
import * as C from '../../strings/console';

const live = byId('live');
const say = (text: string) => {
  live.textContent = text;
};

function start(): void {
  const sessionId = sessionCodeFromSearch(location.search);
  if (!sessionId || !sessionIdSchema.safeParse(sessionId).success) {
    byId('status').textContent = C.noSession;
    return;
  }
  byId('session-label').textContent = C.sessionLabel(sessionId);
  const key = keyFromHash(location.hash);
  if (!key) {
    byId('status').textContent = C.noKey;
    return;
  }
  const decoded = decodeSession(codeOfSessionId(sessionId));
  const shipped = decoded.ok ? loadShippedScenario(decoded.value.scenario) : null;
  const library = shipped?.ok ? Object.values(shipped.value.events).map((e) => ({ id: e.id, title: e.title })) : [];
  if (!decoded.ok) say(C.badCode(decoded.error));

  const shippedScenarios = new Map<string, ReturnType<typeof loadShippedScenario>>();
  const resolveScenario = (id: string) => {
    if (!shippedScenarios.has(id)) shippedScenarios.set(id, loadShippedScenario(id));
    const s = shippedScenarios.get(id);
    return s?.ok ? s.value : null;
  };
  if (decoded.ok && shipped) shippedScenarios.set(decoded.value.scenario, shipped);
  const client = new ConsoleClient({
    sessionId,
    channel: openChannel(sessionId, key),
    clock: Date.now,
    resolveScenario,
    loadScenarioFile: (name, text) => {
      const r = loadScenarioText(name, text);
      return r.ok ? r.value : null;
    },
  });
  const reasonInput = byId<HTMLInputElement>('action-reason');
  const send = (body: Parameters<ConsoleClient['send']>[0]) => {
    const r = client.send(body);
    say(r.ok ? C.sent(body.kind) : C.notSent(r.error));
  };
  const reason = () => reasonInput.value.trim() || undefined;
  const turn = () => {
    const ctx = client.state?.snapshot.context as { turn?: number } | undefined;
    return typeof ctx?.turn === 'number' ? ctx.turn : null;
  };

  byId('pause').addEventListener('click', () => send({ kind: 'pause', reason: reason() }));
  byId('resume').addEventListener('click', () => send({ kind: 'resume', reason: reason() }));
  byId('reveal').addEventListener('click', () =>
    send({ kind: 'reveal', on: !client.state?.seminar.revealed, reason: reason() }),
  );
  byId('undo').addEventListener('click', () => send({ kind: 'undo', reason: reason() }));
  byId('resync').addEventListener('click', () => send({ kind: 'requestState' }));
  for (const seat of ['seoul', 'tokyo'] as const) {
    byId(`seat-${seat}`).addEventListener('click', () => {
      const now = (client.state?.snapshot.context as { settings?: { seats?: Record<string, string> } } | undefined)
        ?.settings?.seats?.[seat];
      send({ kind: 'seat', seat, to: now === 'human' ? 'computer' : 'human', reason: reason() });
    });
  }
  byId('end').addEventListener('click', () => {
    if (window.confirm(C.confirmEnd)) send({ kind: 'end', reason: reason() });
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-minutes]')) {
    b.addEventListener('click', () =>
      send({ kind: 'timer.adjust', minutes: Number(b.dataset.minutes), reason: reason() }),
    );
  }

  const injectSelect = byId<HTMLSelectElement>('inject-event');
  byId('inject-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (injectSelect.value) send({ kind: 'inject', event: injectSelect.value, reason: reason() });
  });

  const effectsBox = byId('custom-effects');
  const effectInputs = new Map<MeterKey, HTMLInputElement>();
  for (const m of METERS) {
    const id = `effect-${m.replace('.', '-')}`;
    const label = el('label', meterLabel(m).replace(' (hidden)', ''));
    label.htmlFor = id;
    const input = el('input');
    Object.assign(input, { id, type: 'number', min: '-25', max: '25', step: '1' });
    label.append(document.createElement('br'), input);
    effectsBox.append(label);
    effectInputs.set(m, input);
  }
  byId('custom-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const effects = Object.fromEntries([...effectInputs].map(([m, i]) => [m, i.value]));
    const r = customFromForm(
      byId<HTMLInputElement>('custom-title').value,
      byId<HTMLTextAreaElement>('custom-text').value,
      effects,
    );
    byId('custom-error').textContent = r.ok ? '' : r.error;
    if (r.ok) send({ kind: 'injectCustom', custom: r.value, reason: reason() });
  });

  const meterSelect = byId<HTMLSelectElement>('adjust-meter');
  for (const m of METERS) {
    const o = el('option', meterLabel(m));
    o.value = m;
    meterSelect.append(o);
  }
  byId('adjust-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const r = adjustFromForm(
      meterSelect.value,
      byId<HTMLInputElement>('adjust-value').value,
      byId<HTMLInputElement>('adjust-reason').value,
    );
    if (!r.ok) say(C.notSent(r.error));
    else send({ kind: 'adjust', ...r.value });
  });

  const notesList = byId('notes');
  render.renderNotes(notesList, readNotes(localStorage, sessionId));
  byId('note-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const box = byId<HTMLTextAreaElement>('note-text');
    render.renderNotes(notesList, addNote(localStorage, sessionId, { at: Date.now(), turn: turn(), text: box.value }));
    box.value = '';
    say(C.noteSaved);
  });

  let lastReply = client.lastReply;
  const draw = () => {
    const state = client.state;
    const view = state ? facilitatorView(state.snapshot) : null;
    render.renderStatus(byId('status'), view, state?.seminar ?? null);
    if (client.problem) byId('status').textContent = client.problem;
    render.renderTimer(byId('timer'), client.remainingMs(), !!state?.seminar.paused);
    if (client.lastReply !== lastReply && client.lastReply) {
      lastReply = client.lastReply;
      say(lastReply.text);
    }
    if (!view || !state) return;
    byId<HTMLButtonElement>('pause').disabled = state.seminar.paused;
    byId<HTMLButtonElement>('resume').disabled = !state.seminar.paused;
    byId('reveal').setAttribute('aria-pressed', String(state.seminar.revealed));
    render.renderSeats(byId('seat-seoul'), byId('seat-tokyo'), view);
    render.renderLibrary(injectSelect, library.length ? library : view.library);
    render.renderMeters(byId('meters'), view);
    render.renderBriefs(byId('briefs'), view);
    render.renderNews(byId('news'), view);
    render.renderLog(byId('log'), state.seminar.log);
  };
  client.subscribe(draw);
  draw();
  window.setInterval(
    () => render.renderTimer(byId('timer'), client.remainingMs(), !!client.state?.seminar.paused),
    1000,
  );
  // Until the game answers, ask every 3 s; afterwards every 10 s, which doubles as the heartbeat
  // behind the game window's "facilitator connected" indicator.
  let lastAsk = 0;
  window.setInterval(() => {
    const now = Date.now();
    if (!client.state || now - lastAsk >= 10_000) {
      lastAsk = now;
      client.send({ kind: 'requestState' });
    }
  }, 3000);
}

// a scenario file is checked against the deck, which the game's loader holds once loaded
void loadContent().then(start);
