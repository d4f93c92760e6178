// Small DOM helpers for the console. Text only ever goes in through textContent, so a custom
// event titled `<img src=x onerror=alert(1)>` shows as those characters and never as markup.

import { round1 } from '../../model/rules/bounds';

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`console.html is missing #${id}`);
  return node as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string | number | null,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

/** Replace a container's children with the given nodes. */
export function fill(parent: HTMLElement, children: Node[]): void {
  parent.replaceChildren(...children);
}

export function row(cells: (string | number | null)[], header = false): HTMLTableRowElement {
  const tr = el('tr');
  cells.forEach((c, i) => {
    const cell = el(header && i === 0 ? 'th' : 'td', c ?? '–');
    if (header && i === 0) cell.setAttribute('scope', 'row');
    tr.append(cell);
  });
  return tr;
}

export function fmt(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : round1(n).toString();
}

export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}:${String(d.getSeconds()).padStart(2, '0')}`;
}
