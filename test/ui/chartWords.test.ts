// A debrief chart in words (chartWords): each line from its first to its last value with its
// highest point, which is named by its month, or as the start when the opening value was highest.

import { describe, expect, it } from 'vitest';
import { chartWords } from '../../src/views/debrief/chartModels';
import type { ChartModel } from '../../src/views/debrief/LineChart';

const model = (values: (number | null)[]): ChartModel => ({
  title: 'Backlash',
  xLabels: ['Start', 'May ’22', 'Jun ’22'],
  min: 0,
  max: 100,
  ticks: [],
  lines: [{ name: 'Seoul', values, style: { color: 0, dash: [8, 4], shape: 'circle' } }],
  marks: [],
});

describe('chartWords', () => {
  it.each([
    ['the opening value highest', [40, 30, 35], 'Seoul from 40 to 35, highest 40 at the start'],
    ['a month highest', [40, 52, 35], 'Seoul from 40 to 35, highest 52 in May ’22'],
    ['no opening value', [null, 30, 45], 'Seoul from 30 to 45, highest 45 in Jun ’22'],
  ])('%s', (_name, values, expected) => {
    expect(chartWords(model(values))).toBe(`Backlash: ${expected}.`);
  });
});
