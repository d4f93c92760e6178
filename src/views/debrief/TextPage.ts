// A page of paragraphs that scrolls by paragraph (arrows, Page Up/Down, Home/End): only the
// paragraphs that fit are drawn, so a long log never needs a giant texture. Plain text only.

import Phaser from 'phaser';
import { drawPanel } from '../../ui/Panel';
import { COLOR, type Rect, SIZE, textStyle } from '../../ui/theme';
import type { Para } from './debriefText';
import { debrief as D } from '../../strings';

const STYLE = {
  heading: { size: SIZE.large, color: COLOR.focus, bold: true, gap: 8 },
  body: { size: 22, color: COLOR.text, bold: false, gap: 10 },
  note: { size: SIZE.body, color: COLOR.muted, bold: false, gap: 10 },
} as const;

export interface PageWindow {
  from: number;
  to: number;
  total: number;
  text: string;
}

export class TextPage extends Phaser.GameObjects.Container {
  private paras: Para[] = [];
  private top = 0;
  private shown = 0;
  private texts: Phaser.GameObjects.Text[] = [];
  private readonly posText: Phaser.GameObjects.Text;
  private readonly heading: Phaser.GameObjects.Text;

  constructor(
    scene: Phaser.Scene,
    private readonly r: Rect,
  ) {
    super(scene, r.x, r.y);
    drawPanel(scene, this, r);
    this.heading = scene.add.text(24, 16, '', textStyle(SIZE.heading - 4, COLOR.text, { bold: true }));
    this.posText = scene.add.text(r.w - 24, r.h - 14, '', textStyle(SIZE.small, COLOR.muted)).setOrigin(1, 1);
    this.add([this.heading, this.posText]);
    scene.add.existing(this);
  }

  show(title: string, paras: Para[]): void {
    this.heading.setText(title);
    this.paras = paras;
    this.top = 0;
    this.layout();
  }

  /** Moves by `n` paragraphs; returns false when already at that end. */
  scroll(n: number): boolean {
    const max = Math.max(0, this.paras.length - 1);
    const next = Math.min(max, Math.max(0, this.top + n));
    if (next === this.top || (n > 0 && this.top + this.shown >= this.paras.length)) return false;
    this.top = next;
    this.layout();
    return true;
  }

  pageBy(dir: 1 | -1): boolean {
    return this.scroll(dir * Math.max(1, this.shown - 1));
  }

  home(end: boolean): boolean {
    return this.scroll(end ? this.paras.length : -this.paras.length);
  }

  window(): PageWindow {
    const to = this.top + this.shown;
    const text = this.paras
      .slice(this.top, to)
      .map((p) => p.text)
      .join(' ');
    return { from: this.top + 1, to, total: this.paras.length, text };
  }

  private layout(): void {
    for (const t of this.texts) t.destroy();
    this.texts = [];
    const bottom = this.r.h - 44;
    let y = 70;
    let i = this.top;
    for (; i < this.paras.length; i++) {
      const p = this.paras[i];
      const st = STYLE[p.kind];
      const gapBefore = p.kind === 'heading' && i > this.top ? 14 : 0;
      const t = this.scene.add.text(
        p.kind === 'heading' ? 24 : 40,
        y + gapBefore,
        p.text,
        textStyle(st.size, st.color, { bold: st.bold, wrap: this.r.w - 80 }),
      );
      if (t.y + t.height > bottom && i > this.top) {
        t.destroy();
        break;
      }
      this.add(t);
      this.texts.push(t);
      y = t.y + t.height + st.gap;
    }
    this.shown = i - this.top;
    const more = [this.top > 0 ? D.moreAbove : '', i < this.paras.length ? D.moreBelow : ''].filter(Boolean);
    this.posText.setText(D.paging(more, this.top + 1, i, this.paras.length));
  }
}
