// The networked page's panels, one function per seat's view, built from the projection the server
// sent (never recomputing a rule) and sending back only the seat's own messages. Text goes in with
// textContent only.

import type { Projection } from '../server/projection';
import { el, fmt } from '../seminar/console/dom';

export type Send = (event: string, payload: unknown) => void;
type Of<R extends Projection['role']> = Extract<Projection, { role: R }>;

const SEAT_NAMES: Record<string, string> = {
  washington: 'Washington',
  seoul: 'Seoul',
  tokyo: 'Tokyo',
  facilitator: 'Facilitator',
  all: 'everyone',
};
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
    ['Trust Seoul–Tokyo', m.trust],
    ['Momentum', m.momentum],
    ['Threat', m.threat],
    ['US credibility', m.credibility],
    ['Seoul approval', m['seoul.approval']],
    ['Tokyo approval', m['tokyo.approval']],
  ];
  const out = panel('The room', list(items));
  if (p.truth && p.role !== 'facilitator') {
    out.append(el('h3', p.phase === 'ended' ? 'The true values' : 'Revealed by the facilitator'));
    out.append(
      list([
        ['Seoul backlash', p.truth.seoul.backlash],
        ['Seoul willingness', p.truth.seoul.willingness],
        ['Tokyo backlash', p.truth.tokyo.backlash],
        ['Tokyo willingness', p.truth.tokyo.willingness],
      ]),
    );
  }
  const news = el('ul');
  for (const n of p.news) news.append(el('li', `${n.title}: ${n.text}`));
  if (p.news.length) out.append(el('h3', 'News'), news);
  return out;
}

/** The ending, and (where the page can) a button that opens the game's own debrief of this table. */
export function endingPanel(p: Projection, openDebrief: (() => void) | null): HTMLElement | null {
  if (!p.ending) return null;
  return panel(
    `The ending: ${p.ending.title ?? ''}`,
    el('p', p.ending.text ?? ''),
    el('p', `Score ${fmt(p.ending.score?.total)} · ${p.ending.decisions} decisions · game hash `),
    Object.assign(el('code', p.ending.hash), { id: 'ending-hash' }),
    ...(openDebrief ? [el('p', ''), button('Open the debrief (charts, month by month, messages)', openDebrief)] : []),
  );
}

export function washingtonPanels(p: Of<'washington'>, send: Send): HTMLElement[] {
  const out: HTMLElement[] = [];
  const v = p.view;
  const est = (a: 'seoul' | 'tokyo') =>
    `backlash ~${fmt(v[a].backlash.backlash)}, willingness ~${fmt(v[a].backlash.willingness)} (±${fmt(v[a].backlash.uncertainty)})`;
  out.push(
    panel(
      'Washington’s estimates',
      list([
        ['Seoul', est('seoul')],
        ['Tokyo', est('tokyo')],
        ['Bandwidth', `${v.bandwidthUsed} of ${v.bandwidth} used`],
        ['Stance', v.stance],
      ]),
    ),
  );
  const play = (payload: unknown) => send('play', payload);
  if (p.phase === 'briefing')
    out.push(
      panel(
        'Briefing',
        button('Begin the first month', () => play({ type: 'briefing.done' })),
      ),
    );
  if (p.choices.length) {
    const box = panel('Decide');
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
    const plan = panel('This month’s plan');
    for (const ally of ['seoul', 'tokyo'] as const) {
      const row = el('div', null, 'row');
      row.append(el('span', `Posture toward ${seatName(ally)}:`));
      for (const [n, name] of ['quiet', 'nudge', 'press', 'lean hard'].entries()) {
        const b = button(name, () => play({ type: 'posture.set', ally, posture: n }));
        b.setAttribute('aria-pressed', String(v.posture[ally] === n));
        row.append(b);
      }
      plan.append(row);
    }
    const cards = el('ul');
    for (const c of p.initiatives) {
      const li = el('li');
      li.append(el('strong', c.name), el('span', ` (${c.bandwidth} bandwidth) ${c.summary} `));
      if (c.queued)
        li.append(button(`Cancel (${c.queued})`, () => play({ type: 'initiative.cancel', initiative: c.id })));
      else
        for (const channel of ['private', 'public'] as const)
          li.append(
            button(
              `Queue ${channel}`,
              () => play({ type: 'initiative.queue', initiative: c.id, channel }),
              c.blocked[channel],
            ),
          );
      cards.append(li);
    }
    plan.append(el('h3', 'Initiatives'), cards);
    plan.append(el('div', null, 'row'));
    plan.lastElementChild!.append(button('Commit the month', () => play({ type: 'turn.commit' }), p.commitBlocked));
    out.push(plan);
  }
  if (p.phase === 'awaitingAnswers')
    out.push(panel('Waiting', el('p', `Waiting for ${p.waitingFor.map(seatName).join(' and ')} to answer.`)));
  if (p.phase === 'report' && p.report) {
    const r = p.report;
    const box = panel(`Report: ${r.label}`);
    for (const pr of r.proposals) {
      const answers = Object.entries(pr.answers).map(
        ([a, ans]) =>
          `${seatName(a)}: ${ans}${pr.rationales[a as 'seoul'] ? ` — “${pr.rationales[a as 'seoul']}”` : ''}`,
      );
      box.append(el('p', `${pr.name}: ${answers.join('; ')}`));
    }
    box.append(button('Next month', () => play({ type: 'turn.next' })));
    out.push(box);
  }
  return out;
}

const ANSWERS = [
  ['accept', 'Accept'],
  ['acceptPrivately', 'Accept privately'],
  ['stall', 'Stall'],
  ['reject', 'Reject'],
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
      `${seatName(p.role)}’s private brief`,
      list([
        ['Backlash at home (true)', b.backlash],
        ['Willingness (true)', b.willingness],
        ['Approval', b.approval],
        ['Season', b.season],
        ['Next election in', b.electionIn === null ? 'none ahead' : `${b.electionIn} months`],
        ['Headroom before boiling', p.headroom.boiling],
      ]),
    ),
  ];
  if (b.asks.length && p.phase === 'awaitingAnswers') {
    const box = panel('Washington asks');
    for (const ask of b.asks) {
      const red = p.redLines.find((r) => r.proposal === ask.key);
      box.append(el('h3', ask.initiative), el('p', ask.ask));
      if (red)
        box.append(
          el(
            'p',
            `A yes adds about ${fmt(red.backlashIfAccepted)} backlash (${fmt(red.backlashIfAcceptedPrivately)} if private)${red.crossesBoiling ? ' — past boiling' : ''}.`,
          ),
        );
      const id = `rationale-${ask.key.replace(/[^A-Za-z0-9-]/g, '-')}`;
      const label = el('label', 'Your reason (optional, 200 characters)');
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
        'Waiting',
        el(
          'p',
          p.phase === 'awaitingAnswers'
            ? `Waiting for ${p.waitingFor.map(seatName).join(' and ')}.`
            : `Washington is in the ${p.phase} phase.`,
        ),
      ),
    );
  }
  return out;
}
