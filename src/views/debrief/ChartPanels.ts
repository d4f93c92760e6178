// The debrief's chart pages: the 2×2 grid (backlash, trust/threat/momentum, posture, milestone
// timeline), and the branch page (pick a past month, play it differently, and the branch set
// against its original). Views only: the scene passes models and callbacks.

import Phaser from 'phaser';
import { Button } from '../../ui/Button';
import { drawPanel } from '../../ui/Panel';
import { COLOR, type Rect, SIZE, textStyle } from '../../ui/theme';
import type { ChartsModel } from './chartModels';
import { type ChartModel, LineChart } from './LineChart';
import { debrief as D } from '../../strings';

export class ChartsGrid extends Phaser.GameObjects.Container {
  constructor(scene: Phaser.Scene, r: Rect, m: ChartsModel) {
    super(scene, 0, 0);
    const w = (r.w - 20) / 2;
    const h = (r.h - 20) / 2;
    this.add(new LineChart(scene, { x: r.x, y: r.y, w, h }, m.backlash));
    this.add(new LineChart(scene, { x: r.x + w + 20, y: r.y, w, h }, m.process));
    this.add(new LineChart(scene, { x: r.x, y: r.y + h + 20, w, h }, m.posture));
    const t = scene.add.container(r.x + w + 20, r.y + h + 20);
    const top = drawPanel(scene, t, { x: 0, y: 0, w, h }, D.timelinePanel);
    const lines = m.timeline.slice(0, 11);
    if (m.timeline.length > lines.length) lines.push(D.timelineMore(m.timeline.length - lines.length));
    t.add(scene.add.text(20, top + 4, lines.join('\n'), textStyle(SIZE.small, COLOR.text, { wrap: w - 40 })));
    this.add(t);
    scene.add.existing(this);
  }
}

export interface BranchModel {
  /** Label of the month chosen, and whether one can branch there (null) or why not. */
  month: string;
  blocked: string | null;
  intro: string;
  /** The comparison with the original when this game is itself a branch. */
  comparison: { chart: ChartModel; lines: string[] } | null;
}

export class BranchPanel extends Phaser.GameObjects.Container {
  private readonly text: Phaser.GameObjects.Text;
  private readonly monthText: Phaser.GameObjects.Text;
  private readonly branchButton: Button;
  private chart: LineChart | null = null;
  readonly firstControl;

  constructor(
    scene: Phaser.Scene,
    private readonly r: Rect,
    onMove: (step: 1 | -1) => void,
    onBranch: () => void,
  ) {
    super(scene, 0, 0);
    const left = scene.add.container(r.x, r.y);
    const lw = 640;
    const top = drawPanel(scene, left, { x: 0, y: 0, w: lw, h: r.h }, D.branchPanel);
    this.monthText = scene.add
      .text(lw / 2, top + 40, '', textStyle(SIZE.heading, COLOR.focus, { bold: true }))
      .setOrigin(0.5);
    const earlier = new Button(scene, 20, top + 80, 290, 60, D.earlier, () => onMove(-1), { shortcut: '←' });
    const later = new Button(scene, lw - 310, top + 80, 290, 60, D.later, () => onMove(1), { shortcut: '→' });
    this.branchButton = new Button(scene, 20, top + 160, lw - 40, 68, D.playFromMonth, onBranch, {
      shortcut: 'B',
    });
    this.text = scene.add.text(24, top + 256, '', textStyle(SIZE.body, COLOR.text, { wrap: lw - 48 }));
    left.add([this.monthText, earlier, later, this.branchButton, this.text]);
    this.add(left);
    this.firstControl = this.branchButton.focusable;
    scene.add.existing(this);
  }

  render(m: BranchModel): void {
    this.monthText.setText(m.month);
    this.branchButton.setLabel(D.playFrom(m.month)).setEnabled(m.blocked === null, m.blocked);
    this.text.setText([m.intro, ...(m.comparison?.lines ?? [])].join('\n\n'));
    this.chart?.destroy();
    this.chart = null;
    const { r } = this;
    const box = { x: r.x + 660, y: r.y, w: r.w - 660, h: r.h };
    if (m.comparison) this.chart = new LineChart(this.scene, box, m.comparison.chart);
    else {
      this.chart = new LineChart(this.scene, box, {
        title: D.noBranch,
        xLabels: ['', ''],
        min: 0,
        max: 100,
        ticks: [],
        lines: [],
        marks: [],
      });
    }
    this.add(this.chart);
  }
}
