// The facilitator console without a DOM: its client resyncs with the game window (also after being
// reopened), forms are checked with the model's validators, notes stay in local storage, the view
// shows truth beside estimates, and no console code can render text as markup.
import { readdirSync, readFileSync } from 'node:fs';
import { renderLog, renderNews } from '../../src/seminar/console/render';
import { fakeDocument } from './fakeDom';
import { describe, expect, it } from 'vitest';
import { ConsoleClient } from '../../src/seminar/console/client';
import { adjustFromForm, customFromForm } from '../../src/seminar/console/forms';
import { addNote, notesKey, readNotes } from '../../src/seminar/console/notes';
import { facilitatorView } from '../../src/seminar/console/viewModel';
import { resolveShipped, seminar, toPlanning } from './helpers';

function withConsole() {
  const s = seminar();
  const end = s.bus.endpoint();
  const ignored: string[] = [];
  const client = new ConsoleClient({
    sessionId: s.sessionId,
    channel: end,
    clock: s.clock.now,
    resolveScenario: resolveShipped,
    onIgnored: (r) => ignored.push(r),
  });
  return { ...s, client, ignored };
}

describe('console client', () => {
  it('gets the full state on opening, and again when reopened mid-session', () => {
    const s = withConsole();
    expect(s.client.state?.snapshot.context).toEqual(s.session.actor.getSnapshot().context);
    toPlanning(s.session);
    s.client.send({ kind: 'adjust', meter: 'trust', value: 33.3, reason: 'a leak' });
    expect(s.client.lastReply).toMatchObject({ ok: true, kind: 'adjust' });
    s.client.dispose();
    const reopened = new ConsoleClient({
      sessionId: s.sessionId,
      channel: s.bus.endpoint(),
      clock: s.clock.now,
      resolveScenario: resolveShipped,
    });
    expect(reopened.state?.seminar.log.map((e) => e.kind)).toEqual(['adjust']);
    const view = facilitatorView(reopened.state!.snapshot);
    expect(view?.meters.find((m) => m.key === 'trust')?.truth).toBe(33.3);
  });

  it('shows refusals with the model’s reason', () => {
    const s = withConsole();
    s.client.send({ kind: 'inject', event: 'anything' });
    expect(s.client.lastReply).toMatchObject({ ok: false, kind: 'inject' });
    expect(s.client.lastReply?.text).toMatch(/Refused/);
  });

  it('does not send a malformed message', () => {
    const s = withConsole();
    const r = s.client.send({ kind: 'timer.adjust', minutes: 1.5 });
    expect(r.ok).toBe(false);
  });

  it('counts the timer down by its own clock between updates', () => {
    const s = withConsole();
    toPlanning(s.session);
    expect(s.client.remainingMs()).toBe(180_000);
    s.clock.advance(20_000);
    expect(s.client.remainingMs()).toBe(160_000);
  });

  it('rebuilds the game from the replays it is sent, and follows an undo back', () => {
    const s = withConsole();
    toPlanning(s.session);
    s.session.sendPlayer({ type: 'posture.set', ally: 'seoul', posture: 2 });
    const beforeAdjust = s.session.actor.getSnapshot().context;
    s.client.send({ kind: 'adjust', meter: 'trust', value: 12, reason: 'a leak' });
    s.session.sendPlayer({ type: 'posture.set', ally: 'tokyo', posture: 1 });
    expect(s.client.state?.snapshot.context).toEqual(s.session.actor.getSnapshot().context);
    s.client.send({ kind: 'undo' });
    expect(s.session.actor.getSnapshot().context).toEqual(beforeAdjust);
    expect(s.client.state?.snapshot.context).toEqual(beforeAdjust);
    expect(s.client.problem).toBeNull();
  });

  it('explains a game window that plays another version of the scenario, or one it does not have', () => {
    const s = seminar();
    const changed = (id: string) => {
      const sc = resolveShipped(id);
      return sc && { ...sc, title: `${sc.title} (edited)` };
    };
    const other = new ConsoleClient({
      sessionId: s.sessionId,
      channel: s.bus.endpoint(),
      clock: s.clock.now,
      resolveScenario: changed,
    });
    expect(other.state).toBeNull();
    expect(other.problem).toMatch(/plays another version of the scenario ".*\(edited\)" than this console/);
    const none = new ConsoleClient({
      sessionId: s.sessionId,
      channel: s.bus.endpoint(),
      clock: s.clock.now,
      resolveScenario: () => null,
    });
    expect(none.problem).toMatch(/plays the scenario "july-window", which this console does not have/);
  });

  it('view: hidden values beside estimates, both briefs, the event library', () => {
    const s = withConsole();
    toPlanning(s.session);
    const view = facilitatorView(s.client.state!.snapshot)!;
    const ctx = s.session.actor.getSnapshot().context;
    const row = view.meters.find((m) => m.key === 'seoul.backlash')!;
    expect(row).toMatchObject({ truth: ctx.meters['seoul.backlash'], estimate: ctx.estimates.seoul.backlash });
    expect(view.meters.find((m) => m.key === 'trust')?.estimate).toBeNull();
    expect(view.briefs.tokyo.backlash).toBe(ctx.meters['tokyo.backlash']);
    expect(view.library.length).toBe(Object.keys(ctx.scenario.events).length);
    expect(facilitatorView({ nonsense: true })).toBeNull();
  });
});

describe('console forms', () => {
  it('builds a custom event and keeps markup as text', () => {
    const r = customFromForm('<img src=x onerror=alert(1)>', 'text', { trust: '-5', threat: '' });
    expect(r).toEqual({
      ok: true,
      value: { title: '<img src=x onerror=alert(1)>', text: 'text', effects: { trust: -5 } },
    });
  });

  it.each([
    ['', 't', {}, /title/],
    ['T', 't', { trust: '26' }, /between -25 and 25/],
    ['T', 't', { momentum: 'lots' }, /must be a number/],
  ])('refuses custom %j / %j / %j', (title, text, effects, message) => {
    const r = customFromForm(title, text, effects);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('checks adjustments like the model does', () => {
    expect(adjustFromForm('trust', '40', 'reason')).toEqual({
      ok: true,
      value: { meter: 'trust', value: 40, reason: 'reason' },
    });
    expect(adjustFromForm('trust', '140', 'reason').ok).toBe(false);
    expect(adjustFromForm('trust', '', 'reason').ok).toBe(false);
    expect(adjustFromForm('trust', '40', '  ').ok).toBe(false);
  });
});

describe('private notes', () => {
  it('are kept per session and survive a damaged entry', () => {
    const data = new Map<string, string>();
    const store = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    addNote(store, 'A', { at: 1, turn: 0, text: 'Seoul team hesitant' });
    addNote(store, 'A', { at: 2, turn: 0, text: '   ' });
    addNote(store, 'B', { at: 3, turn: null, text: 'other table' });
    expect(readNotes(store, 'A').map((n) => n.text)).toEqual(['Seoul team hesitant']);
    data.set(notesKey('A'), '{broken');
    expect(readNotes(store, 'A')).toEqual([]);
  });
});

describe('console rendering', () => {
  it('never renders text as HTML', () => {
    const dir = 'src/seminar/console';
    for (const file of readdirSync(dir)) {
      const text = readFileSync(`${dir}/${file}`, 'utf8').replace(/\/\/.*$/gm, '');
      expect(text, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });

  it('shows a custom inject with markup literally, in the news and the log', () => {
    const doc = fakeDocument();
    const s = withConsole();
    toPlanning(s.session);
    const title = '<img src=x onerror=alert(1)>';
    s.client.send({ kind: 'injectCustom', custom: { title, text: '<script>x</script>', effects: {} } });
    const view = facilitatorView(s.client.state!.snapshot)!;
    const news = doc.createElement('ul');
    renderNews(news as unknown as HTMLElement, view);
    const log = doc.createElement('ol');
    renderLog(log as unknown as HTMLElement, s.client.state!.seminar.log);
    expect(news.textContent).toContain(title);
    expect(news.textContent).toContain('<script>x</script>');
    expect(log.textContent).toContain(title);
    expect(doc.created).not.toContain('img');
    expect(doc.created).not.toContain('script');
    doc.restore();
  });
});
