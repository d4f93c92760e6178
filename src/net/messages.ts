// Messages between the seats of a table: the list this seat may read and a form to write to one
// seat or to all. Text only, at most 500 characters; the server checks both again.

import { el } from '../seminar/console/dom';
import { button, panel, seatName, type Send } from './views';
import { net as N } from '../strings';

export interface SaidView {
  table: string;
  seq: number;
  month: string;
  by: string;
  to: string;
  text: string;
}

export function messagesPanel(
  role: string,
  table: string,
  said: SaidView[],
  send: Send,
  draft: { text: string; to: string },
): HTMLElement {
  const ol = el('ol', null, 'said');
  for (const m of said.filter((x) => x.table === table)) {
    const li = el('li');
    li.append(el('span', `${seatName(m.by)} → ${seatName(m.to)} (${m.month}): `, 'who'), el('span', m.text));
    ol.append(li);
  }
  const to = el('select');
  to.setAttribute('aria-label', N.sendTo);
  for (const a of ['all', 'washington', 'seoul', 'tokyo'].filter((s) => s !== role))
    to.append(Object.assign(el('option', seatName(a)), { value: a }));
  to.value = draft.to || to.options[0].value;
  to.addEventListener('change', () => (draft.to = to.value));
  const text = Object.assign(el('textarea'), { maxLength: 500, value: draft.text });
  text.setAttribute('aria-label', N.message);
  text.addEventListener('input', () => (draft.text = text.value));
  const row = el('div', null, 'row');
  row.append(
    to,
    button(N.sendMessage, () => {
      send('say', { ...(role === 'facilitator' ? { table } : {}), to: to.value, text: text.value });
      draft.text = '';
    }),
  );
  return panel(N.messages, ol, text, row);
}
