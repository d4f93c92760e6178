// The networked page's panels, one function per seat's view, built from the projection the server
// sent (never recomputing a rule) and sending back only the seat's own messages. Text goes in with
// textContent only.

import type { Projection } from '../server/projection';
import { el, fmt } from '../seminar/console/dom';
import { net as N, readouts as R } from '../strings';
import { forecastModel } from '../views/readouts';

export type Send = (event: string, payload: unknown) => void;
type Of<R extends Projection['role']> = Extract<Projection, { role: R }>;

const SEAT_NAMES = N.seatNames;
export const seatName = (s: string) => SEAT_NAMES[s] ?? s;

export function panel(title: string, ...children: Node[]): HTMLElement {
  const s = el('section', null, 'panel');
  s.append(el('h2', title), ...children);
  return s;
}

export function button(label: string, onClick: () => void, blocked: string | null = null): HTMLButtonElement {
  const b = el('button', label);
  b.type = 'button';
  if (blocked) {
    b.disabled = true;
    b.title = blocked;
  }
  b.addEventListener('click', onClick);
  return b;
}

function list(items: [string, string | number | null][]): HTMLElement {
  const dl = el('dl');
  for (const [k, v] of items) dl.append(el('dt', k), el('dd', typeof v === 'number' ? fmt(v) : (v ?? '–')));
  return dl;
}

export function publicPanel(p: Projection): HTMLElement {
  const m = p.public;
  const items: [string, number | string][] = [
    [N.publicMeters.trust, m.trust],
    [N.publicMeters.momentum, m.momentum],
    [N.publicMeters.threat, m.threat],
    [N.publicMeters.credibility, m.credibility],
    [N.publicMeters.seoulApproval, m['seoul.approval']],
    [N.publicMeters.tokyoApproval, m['tokyo.approval']],
  ];
  const out = panel(N.room, list(items));
  if (p.truth && p.role !== 'facilitator') {
    out.append(el('h3', N.trueValues(p.phase === 'ended')));
    out.append(
      list([
        [N.truthRows.seoulBacklash, p.truth.seoul.backlash],
        [N.truthRows.seoulWillingness, p.truth.seoul.willingness],
        [N.truthRows.tokyoBacklash, p.truth.tokyo.backlash],
        [N.truthRows.tokyoWillingness, p.truth.tokyo.willingness],
      ]),
    );
  }
  const news = el('ul');
  for (const n of p.news) news.append(el('li', N.newsItem(n.title, n.text)));
  if (p.news.length) out.append(el('h3', N.news), news);
  return out;
}

/** The ending, and (where the page can) a button that opens the game's own debrief of this table. */
export function endingPanel(p: Projection, openDebrief: (() => void) | null): HTMLElement | null {
  if (!p.ending) return null;
  return panel(
    N.ending(p.ending.title ?? ''),
    el('p', p.ending.text ?? ''),
    el('p', N.endingLine(fmt(p.ending.score?.total), p.ending.decisions)),
    Object.assign(el('code', p.ending.hash), { id: 'ending-hash' }),
    ...(openDebrief ? [el('p', ''), button(N.openDebrief, openDebrief)] : []),
  );
}

/** What the room's side panels show: the advisers' counsel, the months ahead, the milestone track. */
function situationPanel(p: Of<'washington'>): HTMLElement {
  const box = panel(N.situation);
  box.append(el('h3', N.advisers), ...p.advisors.map((a) => el('p', N.adviserLine(a.title, a.line))));
  const months = el('ul');
  for (const m of p.calendar)
    months.append(el('li', N.calendarMonth(m.label, m.campaigns.map(seatName), [...m.elections, ...m.summits])));
  box.append(el('h3', N.monthsAhead), months);
  const track = el('ul');
  for (const m of p.milestones) track.append(el('li', N.milestoneRow(m.name, m.reached !== null, m.capstone)));
  box.append(el('h3', N.milestones), track);
  return box;
}

export function washingtonPanels(p: Of<'washington'>, send: Send): HTMLElement[] {
  const out: HTMLElement[] = [];
  const v = p.view;
  const est = (a: 'seoul' | 'tokyo') =>
    N.estimate(fmt(v[a].backlash.backlash), fmt(v[a].backlash.willingness), fmt(v[a].backlash.uncertainty));
  out.push(
    panel(
      N.estimatesPanel,
      list([
        [seatName('seoul'), est('seoul')],
        [seatName('tokyo'), est('tokyo')],
        [N.bandwidthRow, N.bandwidthUsed(v.bandwidthUsed, v.bandwidth)],
        [N.stanceRow, v.stance],
      ]),
    ),
  );
  out.push(situationPanel(p));
  const play = (payload: unknown) => send('play', payload);
  if (p.phase === 'briefing')
    out.push(
      panel(
        N.briefing,
        button(N.beginFirstMonth, () => play({ type: 'briefing.done' })),
      ),
    );
  if (p.choices.length) {
    const box = panel(N.decide);
    for (const c of p.choices) {
      box.append(el('h3', c.title), el('p', c.text));
      const row = el('div', null, 'row');
      for (const ch of c.choices)
        row.append(button(ch.label, () => play({ type: 'event.choose', event: c.id, choice: ch.id })));
      box.append(row);
    }
    out.push(box);
  }
  if (p.phase === 'planning') {
    const plan = panel(N.plan);
    for (const ally of ['seoul', 'tokyo'] as const) {
      const row = el('div', null, 'row');
      row.append(el('span', N.postureToward(seatName(ally))));
      for (const [n, name] of N.postures.entries()) {
        const b = button(name, () => play({ type: 'posture.set', ally, posture: n }));
        b.setAttribute('aria-pressed', String(v.posture[ally] === n));
        row.append(b);
      }
      plan.append(row);
    }
    const cards = el('ul');
    for (const c of p.initiatives) {
      const li = el('li');
      li.append(el('strong', c.name), el('span', N.cardCost(c.bandwidth, c.summary)));
      if (c.queued)
        li.append(button(N.cancelQueued(c.queued), () => play({ type: 'initiative.cancel', initiative: c.id })));
      else
        for (const channel of ['private', 'public'] as const)
          li.append(
            button(
              N.queue(channel),
              () => play({ type: 'initiative.queue', initiative: c.id, channel }),
              c.blocked[channel],
            ),
          );
      cards.append(li);
    }
    plan.append(el('h3', N.initiatives), cards);
    plan.append(el('div', null, 'row'));
    plan.lastElementChild!.append(button(N.commitMonth, () => play({ type: 'turn.commit' }), p.commitBlocked));
    out.push(plan);
    if (p.forecast) {
      const f = forecastModel(p.forecast);
      // the DOM table lists every risk at once: the title without a risk's number
      const box = panel(R.forecastTitle, el('p', f.ranges));
      box.append(...p.forecast.risks.map((r) => el('p', r)), el('p', p.forecast.leavesOut));
      box.id = 'forecast';
      out.push(box);
    }
  }
  if (p.phase === 'awaitingAnswers') {
    // the answers given so far, each with its reason, while the others are still awaited
    const given = p.answered.map((line) => el('p', line, 'answered'));
    const heading = given.length ? [el('h3', N.answeredSoFar)] : [];
    out.push(panel(N.waiting, el('p', N.waitingFor(p.waitingFor.map(seatName))), ...heading, ...given));
  }
  if (p.phase === 'report' && p.report) {
    const r = p.report;
    const box = panel(N.report(r.label));
    for (const pr of r.proposals) {
      const answers = Object.entries(pr.answers).map(([a, ans]) =>
        N.reportAnswer(seatName(a), ans, pr.rationales[a as 'seoul']),
      );
      box.append(el('p', N.reportLine(pr.name, answers)));
    }
    if (p.backlash?.length) box.append(el('h3', N.backlashHeading), ...p.backlash.map((line) => el('p', line)));
    box.append(button(N.nextMonth, () => play({ type: 'turn.next' })));
    out.push(box);
  }
  return out;
}

const ANSWERS = [
  ['accept', N.answers.accept],
  ['acceptPrivately', N.answers.acceptPrivately],
  ['stall', N.answers.stall],
  ['reject', N.answers.reject],
] as const;

/** Rationales typed but not yet sent survive re-renders and a reload (session storage, by proposal key). */
const DRAFT_PREFIX = 'mending-fences:rationale:';
const drafts = {
  get: (key: string) => sessionStorage.getItem(DRAFT_PREFIX + key),
  set: (key: string, text: string) => sessionStorage.setItem(DRAFT_PREFIX + key, text),
};

export function delegationPanels(p: Of<'seoul' | 'tokyo'>, send: Send): HTMLElement[] {
  const b = p.brief;
  const out = [
    panel(
      N.briefPanel(seatName(p.role)),
      list([
        [N.briefRows.backlash, b.backlash],
        [N.briefRows.willingness, b.willingness],
        [N.briefRows.approval, b.approval],
        [N.briefRows.season, b.season],
        [N.briefRows.election, N.electionIn(b.electionIn)],
        [N.briefRows.headroom, p.headroom.boiling],
      ]),
    ),
  ];
  if (b.asks.length && p.phase === 'awaitingAnswers') {
    const box = panel(N.asks);
    for (const ask of b.asks) {
      const red = p.redLines.find((r) => r.proposal === ask.key);
      box.append(el('h3', ask.initiative), el('p', ask.ask));
      if (red)
        box.append(
          el('p', N.redLine(fmt(red.backlashIfAccepted), fmt(red.backlashIfAcceptedPrivately), red.crossesBoiling)),
        );
      if (red?.noHoldsLonger) box.append(el('p', N.stumpNo(red.noHoldsLonger)));
      const id = `rationale-${ask.key.replace(/[^A-Za-z0-9-]/g, '-')}`;
      const label = el('label', N.reasonLabel);
      label.htmlFor = id;
      const input = el('input');
      input.id = id;
      input.maxLength = 200;
      input.size = 50;
      input.value = drafts.get(ask.key) ?? '';
      input.addEventListener('input', () => drafts.set(ask.key, input.value));
      const row = el('div', null, 'row');
      for (const [answer, name] of ANSWERS)
        row.append(
          button(name, () => {
            send('play', { type: 'proposal.answer', proposal: ask.key, answer, rationale: input.value });
          }),
        );
      box.append(label, input, row);
    }
    out.push(box);
  } else if (p.phase !== 'ended') {
    out.push(
      panel(
        N.waiting,
        el(
          'p',
          p.phase === 'awaitingAnswers' ? N.waitingForSeats(p.waitingFor.map(seatName)) : N.washingtonPhase(p.phase),
        ),
      ),
    );
  }
  return out;
}
