// The top bar's goal: the capstone and the steps to it, or, once it is secured, what the end asks
// (roomModels' goalWords). Centred in the gap it is given and shortened to fit it; placing measures
// texts, so it is redone only when the line or the gap changes.

import type Phaser from 'phaser';
import { shorten } from '../ui/textFit';
import { COLOR, SIZE, textStyle } from '../ui/theme';

export class GoalLine {
  private readonly text: Phaser.GameObjects.Text;
  /** The line and gap it was last placed for. */
  private placedFor = '';

  constructor(scene: Phaser.Scene, y: number) {
    this.text = scene.add.text(0, y, '', textStyle(SIZE.body, COLOR.text)).setOrigin(0.5, 0).setName('goal');
  }

  /** Shows `line` ('' for none) centred between `left` and `right`, shortened to fit between them. */
  place(line: string, left: number, right: number): void {
    const key = `${line}\n${left}\n${right}`;
    if (key === this.placedFor) return;
    this.placedFor = key;
    const measure = (t: string) => this.text.setText(t).width;
    this.text.setText(line ? shorten(line, right - left, measure) : '');
    this.text.setX((left + right) / 2);
  }
}
