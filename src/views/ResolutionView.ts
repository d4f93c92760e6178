// The month's resolution, shown over the room: an event card with its choices (keys 1–4), or the
// turn report (answers, what moved and why, milestones) with Continue. Text only, no markup. A
// newly shown report's lines come in one after another (src/ui/motion.ts: at once with reduced motion).

import Phaser from 'phaser';
import { MAX_EVENT_CHOICES } from '../model';
import { Button } from '../ui/Button';
import { reveal } from '../ui/motion';
import { floorGaps } from '../ui/floorGaps';
import { COLOR, HEIGHT, type Rect, SIZE, textStyle, WIDTH } from '../ui/theme';
import { room as R } from '../strings';

export const RESOLUTION_MODAL = 'resolution';

/** The card's corner radius. */
const CARD_RADIUS = 14;

export interface EventCardModel {
  kind: 'event';
  id: string;
  title: string;
  text: string;
  choices: { id: string; label: string; text: string; blocked: string | null }[];
}

export interface ReportModel {
  kind: 'report';
  title: string;
  /** Column 0 is the left half of the card, column 1 the right. */
  /** `marks`: a short reaction before each line (the answers' ✓ … ✗), shown in the indent; `animate`: its lines come in one by one. */
  sections: {
    heading: string;
    lines: string[];
    column?: 0 | 1;
    live?: string[];
    marks?: string[];
    animate?: boolean;
  }[];
  continueLabel: string;
  blocked: string | null;
}

export type ResolutionModel = EventCardModel | ReportModel | null;

export class ResolutionView extends Phaser.GameObjects.Container {
  private readonly choiceButtons: Button[] = [];
  private readonly continueButton: Button;
  private readonly bodyTexts: Phaser.GameObjects.Text[] = [];
  private readonly heading: Phaser.GameObjects.Text;
  private readonly kicker: Phaser.GameObjects.Text;
  /** The report last shown, so a redraw of the same report does not animate it again. */
  private shownReport = '';

  constructor(
    scene: Phaser.Scene,
    private readonly r: Rect,
    onChoose: (index: number) => void,
    onContinue: () => void,
  ) {
    super(scene, r.x, r.y);
    const g = scene.add.graphics();
    // the shade dims the room around the card, not under it (the card is opaque): a software
    // rasteriser pays for every shaded pixel, and the card is half the screen. Only the corners'
    // squares, outside the rounded edge, are shaded next to the card.
    const under = { x: r.x, y: r.y + CARD_RADIUS, w: r.w, h: r.h - 2 * CARD_RADIUS };
    g.fillStyle(0x000000, 0.6);
    for (const s of floorGaps([under], WIDTH, HEIGHT)) g.fillRect(s.x - r.x, s.y - r.y, s.w, s.h);
    g.fillStyle(COLOR.panel, 1).fillRoundedRect(0, 0, r.w, r.h, CARD_RADIUS);
    g.lineStyle(4, COLOR.text, 1).strokeRoundedRect(0, 0, r.w, r.h, CARD_RADIUS);
    // catches the pointer over the whole room; unfilled, so it is not drawn (a transparent fill still
    // costs a full-screen pass under a software renderer)
    const shade = scene.add.rectangle(-r.x, -r.y, WIDTH, HEIGHT).setOrigin(0).setInteractive();
    this.kicker = scene.add.text(40, 28, '', textStyle(SIZE.body, COLOR.focus, { bold: true }));
    this.heading = scene.add.text(40, 60, '', textStyle(SIZE.heading, COLOR.text, { bold: true, wrap: r.w - 80 }));
    this.add([shade, g, this.kicker, this.heading]);
    for (let i = 0; i < MAX_EVENT_CHOICES; i++) {
      const b = new Button(scene, 40, 0, r.w - 80, 64, '', () => onChoose(i)).setModal(RESOLUTION_MODAL);
      this.choiceButtons.push(b);
      this.add(b);
    }
    this.continueButton = new Button(scene, r.w - 480, r.h - 96, 440, 68, R.continueReport, onContinue, {
      shortcut: 'Enter',
    });
    this.add(this.continueButton.setModal(RESOLUTION_MODAL));
    this.setDepth(1000).setVisible(false);
    scene.add.existing(this);
  }

  /** The first control to focus when the view opens. */
  get firstControl() {
    return this.choiceButtons[0].visible ? this.choiceButtons[0].focusable : this.continueButton.focusable;
  }

  render(m: ResolutionModel): void {
    this.scene.tweens.killTweensOf(this.bodyTexts);
    for (const t of this.bodyTexts) t.destroy();
    this.bodyTexts.length = 0;
    this.setVisible(m !== null);
    if (m?.kind !== 'report') this.shownReport = '';
    if (!m) return;
    this.heading.setText(m.title);
    let y = this.heading.y + this.heading.height + 20;
    if (m.kind === 'event') {
      this.kicker.setText(R.eventKicker);
      y = this.addText(m.text, y, SIZE.large) + 16;
      this.choiceButtons.forEach((b, i) => {
        const c = m.choices[i];
        b.setVisible(!!c);
        if (!c) return;
        b.setLabel(R.choiceLabel(i + 1, c.label))
          .setEnabled(c.blocked === null, c.blocked)
          .setY(y);
        y = this.addText(c.text, y + 70, SIZE.body, 20) + 14;
      });
      this.continueButton.setVisible(false);
      return;
    }
    this.kicker.setText(R.reportKicker);
    for (const b of this.choiceButtons) b.setVisible(false);
    const colW = (this.r.w - 80 - 40) / 2;
    const ys = [y, y];
    const lines: Phaser.GameObjects.Text[] = [];
    for (const s of m.sections) {
      if (!s.lines.length) continue;
      const c = s.column ?? 0;
      const x = 40 + c * (colW + 40);
      ys[c] = this.addText(s.heading, ys[c], SIZE.body, 0, COLOR.muted, true, x, colW) + 2;
      const indent = s.marks ? 64 : 16;
      s.lines.forEach((line, i) => {
        const mark = s.marks?.[i];
        if (mark) this.addMark(mark, x + 16, ys[c]);
        ys[c] = this.addText(line, ys[c], SIZE.body, indent, COLOR.text, false, x, colW);
        if (s.animate) lines.push(...this.bodyTexts.slice(mark ? -2 : -1));
      });
      ys[c] += 12;
    }
    const key = JSON.stringify(m);
    if (key !== this.shownReport) reveal(this.scene, lines, 90);
    this.shownReport = key;
    this.continueButton
      .setVisible(true)
      .setLabel(m.continueLabel)
      .setEnabled(m.blocked === null, m.blocked);
  }

  private addMark(mark: string, x: number, y: number): void {
    const t = this.scene.add.text(x, y, mark, textStyle(SIZE.body, COLOR.focus, { bold: true }));
    this.bodyTexts.push(t);
    this.add(t);
  }

  private addText(
    s: string,
    y: number,
    size: number,
    indent = 0,
    color: number = COLOR.text,
    bold = false,
    x = 40,
    width = this.r.w - 80,
  ): number {
    const t = this.scene.add.text(x + indent, y, s, textStyle(size, color, { wrap: width - indent, bold }));
    this.bodyTexts.push(t);
    this.add(t);
    return y + t.height;
  }
}
