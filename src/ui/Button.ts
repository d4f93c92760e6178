// A focusable, clickable, touchable button. Enabled or not from the outside (views pass
// `snapshot.can(event)` and the reason from `whyNot`); a disabled button stays focusable so its
// reason can be read. Selected buttons (dial positions, options) are marked by a symbol, not colour.
// Pointer and touch: the hit area is exactly the drawn rectangle; hover lightens it, a press darkens
// it, and it acts on release over the same button (a press dragged off it is cancelled).

import Phaser from 'phaser';
import { focusOf, shownInScene } from './focus';
import { recordPress } from './pointerProbe';
import { playCue, soundStats } from './sound';
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

let nextId = 1;

export class Button extends Phaser.GameObjects.Container {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;
  private enabled = true;
  private selected: boolean | null = null;
  private reason: string | null = null;
  private hovered = false;
  private pressed = false;
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
    // Phaser tests a container's hit area in coordinates shifted by its display origin (its centre),
    // while the children are drawn from (0, 0): offset the rectangle by that origin so it covers
    // exactly what is drawn.
    const hit = new Phaser.Geom.Rectangle(this.displayOriginX, this.displayOriginY, bw, bh);
    this.setInteractive(hit, Phaser.Geom.Rectangle.Contains);
    this.on('pointerover', () => this.setPointer(true, this.pressed));
    this.on('pointerout', () => this.setPointer(false, false));
    this.on('pointerdown', () => this.setPointer(true, true));
    this.on('pointerup', () => {
      const wasPressed = this.pressed;
      // a touch has no hover to leave, so the highlight ends with the touch
      this.setPointer(!this.scene.input.activePointer.wasTouch, false);
      if (!wasPressed || !recordPress(this.label, this.focusable.id)) return;
      focusOf(scene).pointerFocus(this.focusable);
      if (this.enabled) this.press();
    });
    const cancel = () => this.setPointer(false, false);
    scene.input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, cancel);
    this.once(Phaser.GameObjects.Events.DESTROY, () =>
      scene.input?.off(Phaser.Input.Events.POINTER_UP_OUTSIDE, cancel),
    );
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
    activate: () => this.press(),
    name: () => this.label,
    id: nextId++,
    describe: () => {
      const state = this.selected === null ? '' : this.selected ? ' (selected)' : '';
      return this.enabled ? `${this.label}${state}` : `${this.label}: unavailable — ${this.reason ?? ''}`;
    },
    modal: undefined as string | undefined,
  };

  /** Acts, then clicks (after: a volume button is heard at its new level), unless the act had a cue of its own. */
  private press(): void {
    const cues = soundStats.asked;
    this.onPress();
    if (soundStats.asked === cues) playCue('press');
  }

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

  private setPointer(hovered: boolean, pressed: boolean): void {
    if (hovered === this.hovered && pressed === this.pressed) return;
    this.hovered = hovered;
    this.pressed = pressed;
    this.redraw();
  }

  private fill(): number {
    if (this.selected) return this.pressed ? COLOR.buttonSelectedPressed : COLOR.buttonSelected;
    if (!this.enabled) return COLOR.panel;
    return this.pressed ? COLOR.buttonPressed : this.hovered ? COLOR.buttonHover : COLOR.button;
  }

  private redraw(): void {
    this.bg.clear();
    this.bg.fillStyle(this.fill(), 1).fillRoundedRect(0, 0, this.bw, this.bh, 8);
    // hover brightens and thickens the edge, for disabled buttons too (their reason is one click away)
    const edge = this.hovered ? COLOR.text : COLOR.muted;
    const width = this.hovered ? 3 : 2;
    if (this.enabled) {
      this.bg.lineStyle(width, edge, 1).strokeRoundedRect(0, 0, this.bw, this.bh, 8);
    } else {
      // a dashed edge marks a control that cannot be used now (not colour alone)
      this.bg.lineStyle(width, edge, 1);
      dashedRect(this.bg, 0, 0, this.bw, this.bh);
    }
    if (this.input) this.input.cursor = this.enabled ? 'pointer' : 'not-allowed';
    this.text.setPosition(this.bw / 2, this.bh / 2 + (this.pressed ? 1 : 0));
    const mark = this.selected === null ? '' : this.selected ? '●\u2009' : '○\u2009'; // a thin space keeps dials narrow
    const key = this.shortcut ? `  [${this.shortcut}]` : '';
    this.text.setText(`${mark}${this.label}${key}`);
    this.text.setColor(this.selected ? '#000000' : this.enabled ? '#f4f4f0' : '#8f9aa5');
  }
}
