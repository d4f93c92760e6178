// Text cut to the room it has: a line shortened at a word with an ellipsis, a list of entries laid
// on a fixed number of lines, and the calendar strip's month labels sized to their cells. Widths come
// from the caller's `measure` (a view measures with a Phaser Text of the style it draws), so this is
// pure and tested in node (test/ui/textFit.test.ts).

/** The width a string takes when drawn, in the caller's units. */
export type Measure = (text: string) => number;

export const ELLIPSIS = '…';

/** A trailing qualifier in brackets ("… (the three leaders)"): kept whole when a line is shortened. */
const TAIL = /\s(\([^()]*\))$/;

/** `text` cut after its last whole word that fits before the ellipsis (and `tail`), or null. */
function cutAtWord(text: string, tail: string, width: number, measure: Measure): string | null {
  for (let end = text.lastIndexOf(' '); end > 0; end = text.lastIndexOf(' ', end - 1)) {
    // no dangling comma, colon or dash before the ellipsis
    const head = text.slice(0, end).replace(/[\s,;:–—-]+$/, '');
    if (head === '' || !/[\p{L}\p{N})]/u.test(head.slice(-1))) continue;
    const line = `${head}${ELLIPSIS}${tail}`;
    if (measure(line) <= width) return line;
  }
  return null;
}

/**
 * `text` as it fits one line of `width`: whole when it fits, else cut after a whole word with an
 * ellipsis, a trailing bracketed qualifier kept where the line still has room for it; a first word
 * too wide on its own is cut by characters.
 */
export function shorten(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  const m = TAIL.exec(text);
  if (m) {
    const kept = cutAtWord(text.slice(0, m.index), ` ${m[1]}`, width, measure);
    if (kept) return kept;
  }
  const cut = cutAtWord(text, '', width, measure);
  if (cut) return cut;
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n--) {
    const line = `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
    if (measure(line) <= width) return line;
  }
  return ELLIPSIS;
}

/** `text` broken at spaces into lines of `width` (a word too wide for a line stays whole on its own). */
export function wrapWords(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/**
 * `entries` on at most `maxLines` lines of `width`: each entry starts a line of its own, in order;
 * lines no later entry needs let an entry wrap onto them; an entry that still does not fit is
 * shortened on its last line. Entries beyond the lines are left out (`shown` says how many are in).
 */
export function fitLines(
  entries: readonly string[],
  maxLines: number,
  width: number,
  measure: Measure,
): { lines: string[]; shown: number } {
  const shown = Math.min(entries.length, Math.max(0, maxLines));
  const lines: string[] = [];
  for (let i = 0; i < shown; i++) {
    const room = maxLines - lines.length - (shown - 1 - i); // lines this entry may take
    const wrapped = wrapWords(entries[i], width, measure);
    const take = Math.min(room, wrapped.length);
    // what is left for its last line is shortened (and a lone word too wide for a line of its own)
    const kept = [...wrapped.slice(0, take - 1), wrapped.slice(take - 1).join(' ')];
    lines.push(...kept.map((line) => shorten(line, width, measure)));
  }
  return { lines, shown };
}

/**
 * fitLines, and when entries are left out, the last line ends with `more(n)` ("· +2 more"): the
 * line shortened to make room for it, so a reader knows the list goes on.
 */
export function fitLinesWithMore(
  entries: readonly string[],
  maxLines: number,
  width: number,
  measure: Measure,
  more: (hidden: number) => string,
): string[] {
  const { lines, shown } = fitLines(entries, maxLines, width, measure);
  const hidden = entries.length - shown;
  if (hidden <= 0 || !lines.length) return lines;
  const tail = more(hidden);
  const last = lines.length - 1;
  lines[last] = `${shorten(lines[last], width - measure(tail), measure)}${tail}`;
  return lines;
}

/** A calendar month label, "May 2022", as its month's name and year. */
function parts(label: string): { name: string; year: string | null } {
  const m = /^(.*) (\d{4})$/.exec(label);
  return m ? { name: m[1], year: m[2] } : { name: label, year: null };
}

/**
 * The labels of the calendar strip's cells ("May 2022" in, "May ’22" out), each sized to its cell:
 * every month with its year where all of them fit (`fits(text, i)`: whether the text fits cell i);
 * else the year only where it starts (the first cell and each January), and a label that still does
 * not fit its cell gives up the year too.
 */
export function monthCellLabels(labels: readonly string[], fits: (text: string, i: number) => boolean): string[] {
  const ps = labels.map(parts);
  const full = ps.map((p) => (p.year ? `${p.name} ’${p.year.slice(2)}` : p.name));
  if (full.every((t, i) => fits(t, i))) return full;
  return ps.map((p, i) => {
    const starts = i === 0 || (p.year !== null && p.year !== ps[i - 1].year);
    return starts && fits(full[i], i) ? full[i] : p.name;
  });
}
