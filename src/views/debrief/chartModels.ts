// What the debrief's charts show, built from the report layer's series: backlash in both capitals
// (true values, now revealed, beside Washington's estimates), the posture dials, trust, threat and
// momentum, the milestone timeline, and a branch set against its original. Also each chart in words
// for the live region. Okabe–Ito colours, always paired with a dash pattern and a point shape.

import type { AllyId, GameContext, MeterKey } from '../../model';
import { type BranchComparison, buildSeries, compareBranch, meterLine, type Series, turnLabel } from '../../report';
import { postureName } from '../../report/labels';
import { COLOR, OKABE_ITO } from '../../ui/theme';
import type { ChartLine, ChartMark, ChartModel, LineStyle } from './LineChart';
import { debrief as D } from '../../strings';

const SOLID = null;
const S: Record<string, LineStyle> = {
  seoul: { color: COLOR.seoul, dash: SOLID, shape: 'circle' },
  seoulEst: { color: COLOR.seoul, dash: [10, 8], shape: 'circle', width: 2 },
  tokyo: { color: COLOR.tokyo, dash: SOLID, shape: 'square' },
  tokyoEst: { color: COLOR.tokyo, dash: [10, 8], shape: 'square', width: 2 },
  trust: { color: OKABE_ITO.green, dash: SOLID, shape: 'diamond' },
  threat: { color: OKABE_ITO.vermillion, dash: [14, 8], shape: 'triangle' },
  momentum: { color: OKABE_ITO.purple, dash: [4, 6], shape: 'circle' },
};

const PERCENT = [0, 25, 50, 75, 100].map((value) => ({ value, label: String(value) }));

function xLabels(series: Series): string[] {
  return ['Start', ...series.rows.map((r) => r.label.replace(/ (\d\d)(\d\d)$/, ' ’$2'))];
}

function marks(series: Series): ChartMark[] {
  return series.markers.map((m) => ({
    index: series.rows.findIndex((r) => r.turn === m.turn) + 1,
    kind: m.kind,
    title: m.title,
  }));
}

const meter = (s: Series, k: MeterKey) => meterLine(s, k);

export interface ChartsModel {
  backlash: ChartModel;
  posture: ChartModel;
  process: ChartModel;
  timeline: string[];
}

export function chartsModel(ctx: GameContext): ChartsModel {
  const s = buildSeries(ctx);
  const x = xLabels(s);
  const mk = marks(s);
  const est = (a: AllyId) => [null, ...s.rows.map((r) => r.estimates[a].backlash)];
  const backlash: ChartLine[] = [
    { name: D.lineNames.seoulTrue, values: meter(s, 'seoul.backlash'), style: S.seoul },
    { name: D.lineNames.tokyoTrue, values: meter(s, 'tokyo.backlash'), style: S.tokyo },
    { name: D.lineNames.seoulEstimate, values: est('seoul'), style: S.seoulEst },
    { name: D.lineNames.tokyoEstimate, values: est('tokyo'), style: S.tokyoEst },
  ];
  const posture: ChartLine[] = [
    { name: D.lineNames.postureSeoul, values: [null, ...s.rows.map((r) => r.posture.seoul)], style: S.seoul },
    { name: D.lineNames.postureTokyo, values: [null, ...s.rows.map((r) => r.posture.tokyo)], style: S.tokyoEst },
  ];
  const process: ChartLine[] = [
    { name: D.lineNames.trust, values: meter(s, 'trust'), style: S.trust },
    { name: D.lineNames.threat, values: meter(s, 'threat'), style: S.threat },
    { name: D.lineNames.momentum, values: meter(s, 'momentum'), style: S.momentum },
  ];
  const timeline = s.markers
    .filter((m) => m.kind !== 'event')
    .map((m) => D.timelineEntry(turnLabel(ctx.scenario, m.turn), m.kind === 'election', m.title));
  return {
    backlash: {
      title: D.backlashChart,
      xLabels: x,
      min: 0,
      max: 100,
      ticks: PERCENT,
      lines: backlash,
      marks: mk,
    },
    posture: {
      title: D.postureChart,
      xLabels: x,
      min: 0,
      max: 3,
      ticks: [0, 1, 2, 3].map((value) => ({ value, label: postureName(value) })),
      lines: posture,
      marks: mk,
    },
    process: {
      title: D.processChart,
      xLabels: x,
      min: 0,
      max: 100,
      ticks: PERCENT,
      lines: process,
      marks: mk,
    },
    timeline: timeline.length ? timeline : [D.noTimeline],
  };
}

/** A branch and its original on backlash and momentum (the original dashed and thin). */
export function branchChart(
  original: GameContext,
  branch: GameContext,
): { chart: ChartModel; comparison: BranchComparison } {
  const a = buildSeries(original);
  const b = buildSeries(branch);
  const longer = a.rows.length >= b.rows.length ? a : b;
  const thin = (st: LineStyle): LineStyle => ({ ...st, dash: [6, 8], width: 2 });
  const lines: ChartLine[] = [
    { name: D.lineNames.seoulBranch, values: meter(b, 'seoul.backlash'), style: S.seoul },
    { name: D.lineNames.seoulOriginal, values: meter(a, 'seoul.backlash'), style: thin(S.seoul) },
    { name: D.lineNames.tokyoBranch, values: meter(b, 'tokyo.backlash'), style: S.tokyo },
    { name: D.lineNames.tokyoOriginal, values: meter(a, 'tokyo.backlash'), style: thin(S.tokyo) },
    { name: D.lineNames.momentumBranch, values: meter(b, 'momentum'), style: { ...S.momentum, dash: SOLID } },
    { name: D.lineNames.momentumOriginal, values: meter(a, 'momentum'), style: thin(S.momentum) },
  ];
  const chart: ChartModel = {
    title: D.branchChart,
    xLabels: xLabels(longer),
    min: 0,
    max: 100,
    ticks: PERCENT,
    lines,
    marks: marks(b),
  };
  return { chart, comparison: compareBranch(original, branch) };
}

/** One chart in words: each line from start to end with its highest point, then the markers. */
export function chartWords(m: ChartModel): string {
  // the first point is the opening values, not a month
  const at = (i: number) => (i === 0 ? null : (m.xLabels[i] ?? String(i)));
  const lines = m.lines.map((l) => {
    const vals = l.values.map((v, i) => [v, i] as const).filter((p): p is readonly [number, number] => p[0] !== null);
    if (!vals.length) return D.noData(l.name);
    const hi = vals.reduce((best, p) => (p[0] > best[0] ? p : best));
    const fmt = (v: number) => (m.max <= 3 ? postureName(v) : String(Math.round(v)));
    return D.lineWords(l.name, fmt(vals[0][0]), fmt(vals[vals.length - 1][0]), fmt(hi[0]), at(hi[1]));
  });
  return D.chartWords(m.title, lines);
}

export function markerWords(m: ChartModel): string {
  const elections = m.marks
    .filter((k) => k.kind === 'election')
    .map((k) => D.electionMarker(k.title, m.xLabels[k.index]));
  const events = m.marks.filter((k) => k.kind === 'event').length;
  return D.markerWords(elections, events);
}
