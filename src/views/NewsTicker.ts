// The news ticker: this month's headlines by outlet (Seoul, Tokyo and Washington press). It pages
// through the items every few seconds; no scrolling motion, so it reads the same with reduced motion.

import Phaser from 'phaser';
import { drawPanel } from '../ui/Panel';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import { room as R } from '../strings';

export interface NewsItem {
  title: string;
  headlines: { seoul: string; tokyo: string; washington: string } | null;
  text: string;
}

export class NewsTicker extends Phaser.GameObjects.Container {
  private readonly text: Phaser.GameObjects.Text;
  private lines: string[] = [];
  private page = 0;

  constructor(scene: Phaser.Scene, r: Rect) {
    super(scene, r.x, r.y);
    drawPanel(scene, this, r);
    this.add(scene.add.text(16, r.h / 2, R.news, textStyle(SIZE.body, COLOR.focus, { bold: true })).setOrigin(0, 0.5));
    this.text = scene.add
      .text(100, r.h / 2, '', textStyle(SIZE.body, COLOR.text, { wrap: r.w - 120 }))
      .setOrigin(0, 0.5);
    this.add(this.text);
    scene.time.addEvent({ delay: 6000, loop: true, callback: () => this.turnPage() });
    scene.add.existing(this);
  }

  render(items: NewsItem[]): void {
    this.lines = items.flatMap((n) =>
      n.headlines
        ? [
            `${R.pressLine.seoul}${n.headlines.seoul}`,
            `${R.pressLine.tokyo}${n.headlines.tokyo}`,
            `${R.pressLine.washington}${n.headlines.washington}`,
          ]
        : [R.newsItem(n.title, n.text)],
    );
    this.page = 0;
    this.show();
  }

  private turnPage(): void {
    if (this.lines.length < 2) return;
    this.page = (this.page + 1) % this.lines.length;
    this.show();
  }

  private show(): void {
    this.text.setText(this.lines[this.page] ?? R.quietMonth);
  }
}
