// A focusable, clickable, touchable button. Enabled or not from the outside (views pass
// `snapshot.can(event)` and the reason from `whyNot`); a disabled button stays focusable so its
// reason can be read. Selected buttons (dial positions, options) are marked by a symbol, not colour.

import Phaser from 'phaser';
import { focusOf, shownInScene } from './focus';
import { dashedRect } from './draw';
import { COLOR, SIZE, textStyle } from './theme';

export interface ButtonOptions {
  size?: number;
  /** Only focusable while this modal is open. */
  modal?: string;
  /** Shown as "[key]" after the label. */
  shortcut?: string;
  bold?: boolean;
}

export class Button extends Phaser.GameObjects.Container {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;
  private enabled = true;
  private selected: boolean | null = null;
  private reason: string | null = null;
  private label: string;
  private readonly shortcut?: string;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    readonly bw: number,
    readonly bh: number,
    label: string,
    private readonly onPress: () => void,
    opts: ButtonOptions = {},
  ) {
    super(scene, x, y);
    this.label = label;
    this.shortcut = opts.shortcut;
    this.bg = scene.add.graphics();
    this.text = scene.add
      .text(
        bw / 2,
        bh / 2,
        '',
        textStyle(opts.size ?? SIZE.body, COLOR.text, { bold: opts.bold ?? true, align: 'center' }),
      )
      .setOrigin(0.5);
    this.add([this.bg, this.text]);
    this.setSize(bw, bh);
    const hit = new Phaser.Geom.Rectangle(0, 0, bw, bh);
    this.setInteractive(hit, Phaser.Geom.Rectangle.Contains);
    if (this.input) this.input.cursor = 'pointer';
    this.on('pointerup', () => {
      focusOf(scene).focus(this.focusable);
      if (this.enabled) this.onPress();
    });
    focusOf(scene).add(this.focusable);
    this.redraw();
  }

  readonly focusable = {
    bounds: () => {
      const m = this.getWorldTransformMatrix();
      return new Phaser.Geom.Rectangle(m.tx, m.ty, this.bw, this.bh);
    },
    isShown: () => shownInScene(this),
    isEnabled: () => this.enabled,
    activate: () => this.onPress(),
    describe: () => {
      const state = this.selected === null ? '' : this.selected ? ' (selected)' : '';
      return this.enabled ? `${this.label}${state}` : `${this.label}: unavailable — ${this.reason ?? ''}`;
    },
    modal: undefined as string | undefined,
  };

  setModal(name: string): this {
    this.focusable.modal = name;
    return this;
  }

  setLabel(label: string): this {
    if (label !== this.label) {
      this.label = label;
      this.redraw();
    }
    return this;
  }

  /** Enable, or disable with the reason the player will read. */
  setEnabled(enabled: boolean, reason: string | null = null): this {
    if (enabled !== this.enabled || reason !== this.reason) {
      this.enabled = enabled;
      this.reason = enabled ? null : reason;
      this.redraw();
    }
    return this;
  }

  setSelected(selected: boolean): this {
    if (selected !== this.selected) {
      this.selected = selected;
      this.redraw();
    }
    return this;
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  get disabledReason(): string | null {
    return this.reason;
  }

  private redraw(): void {
    const fill = this.selected ? COLOR.buttonSelected : this.enabled ? COLOR.button : COLOR.panel;
    this.bg.clear();
    this.bg.fillStyle(fill, 1).fillRoundedRect(0, 0, this.bw, this.bh, 8);
    if (this.enabled) {
      this.bg.lineStyle(2, COLOR.muted, 1).strokeRoundedRect(0, 0, this.bw, this.bh, 8);
    } else {
      // a dashed edge marks a control that cannot be used now (not colour alone)
      this.bg.lineStyle(2, COLOR.muted, 1);
      dashedRect(this.bg, 0, 0, this.bw, this.bh);
    }
    const mark = this.selected === null ? '' : this.selected ? '● ' : '○ ';
    const key = this.shortcut ? `  [${this.shortcut}]` : '';
    this.text.setText(`${mark}${this.label}${key}`);
    this.text.setColor(this.selected ? '#000000' : this.enabled ? '#f4f4f0' : '#8f9aa5');
  }
}
