// A DOM text field over the canvas for a delegation's one-line rationale, kept aligned with the
// game's scaled canvas. Its keys never reach the scene's shortcuts; Enter sends, Tab and Escape
// leave the field. What is typed is only ever read back as a string (shown as text, never markup).

import Phaser from 'phaser';
import type { Focusable } from '../../ui/focus';
import type { Rect } from '../../ui/theme';
import { WIDTH } from '../../ui/theme';
import { seminar as M } from '../../strings';

export class RationaleInput {
  readonly el: HTMLInputElement;
  readonly focusable: Focusable;
  private shown = true;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly r: Rect,
    label: string,
    maxLength: number,
    handlers: { onEnter: () => void; onLeave: (back: boolean) => void },
  ) {
    const el = document.createElement('input');
    el.type = 'text';
    el.id = 'rationale';
    el.maxLength = maxLength;
    el.autocomplete = 'off';
    el.setAttribute('aria-label', label);
    el.placeholder = label;
    Object.assign(el.style, {
      position: 'fixed',
      boxSizing: 'border-box',
      background: '#0b1118',
      color: '#f4f4f0',
      border: '2px solid #b8c2cc',
      borderRadius: '6px',
      padding: '0 0.5em',
      zIndex: '5',
    });
    el.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Enter') {
        e.preventDefault();
        handlers.onEnter();
      } else if (e.key === 'Tab' || e.key === 'Escape') {
        e.preventDefault();
        el.blur();
        handlers.onLeave(e.shiftKey);
      }
    });
    document.body.append(el);
    this.el = el;
    const place = () => this.place();
    scene.scale.on(Phaser.Scale.Events.RESIZE, place);
    window.addEventListener('resize', place);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      scene.scale.off(Phaser.Scale.Events.RESIZE, place);
      window.removeEventListener('resize', place);
      el.remove();
    });
    this.place();
    this.focusable = {
      bounds: () => new Phaser.Geom.Rectangle(r.x, r.y, r.w, r.h),
      isShown: () => this.shown,
      isEnabled: () => !el.disabled,
      activate: () => el.focus(),
      describe: () => M.textField(label, el.value),
    };
  }

  get value(): string {
    return this.el.value.trim();
  }

  clear(): void {
    this.el.value = '';
  }

  setShown(shown: boolean): void {
    this.shown = shown;
    this.el.style.display = shown ? 'block' : 'none';
    if (!shown && document.activeElement === this.el) this.el.blur();
  }

  setEnabled(enabled: boolean): void {
    this.el.disabled = !enabled;
    if (!enabled && document.activeElement === this.el) this.el.blur();
  }

  private place(): void {
    const box = this.scene.game.canvas.getBoundingClientRect();
    const k = box.width / WIDTH;
    Object.assign(this.el.style, {
      left: `${box.left + this.r.x * k}px`,
      top: `${box.top + this.r.y * k}px`,
      width: `${this.r.w * k}px`,
      height: `${this.r.h * k}px`,
      fontSize: `${Math.max(12, 22 * k)}px`,
    });
  }
}
