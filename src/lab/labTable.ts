// The lab's outcome table: one row per player with each ending's share, the "built to last" share
// with its 95% interval, and which capital broke in the ruptures.

import { wilson } from './stats';
import type { Tally } from './tally';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export interface Row {
  name: string;
  tally: Tally;
}

export function formatRows(rows: readonly Row[], numbered = true): string {
  const lines = [
    `| ${numbered ? '# | ' : ''}player | games | built to last (95%) | fragile thaw | drift | rupture (Seoul/Tokyo broke) | discredited |`,
    `| ${numbered ? '---: | ' : ''}--- | ---: | --- | ---: | ---: | --- | ---: |`,
  ];
  rows.forEach((r, i) => {
    const t = r.tally;
    const w = wilson(t.endings.builtToLast, t.games);
    const sh = (k: keyof Tally['endings']) => pct(t.games ? t.endings[k] / t.games : 0);
    const rup = t.endings.rupture
      ? `${sh('rupture')} (${pct(t.ruptures.seoul / t.endings.rupture)}/${pct(t.ruptures.tokyo / t.endings.rupture)})`
      : sh('rupture');
    lines.push(
      `| ${numbered ? `${i + 1} | ` : ''}${r.name} | ${t.games} | ${pct(w.share)} (${pct(w.low)}–${pct(w.high)}) | ${sh('fragileThaw')} | ${sh('drift')} | ${rup} | ${sh('discredited')} |`,
    );
  });
  return lines.join('\n');
}
