// The sound settings as two buttons side by side: sound on/off, and the volume (each press the next
// step, 25–100 %). They change the preferences of the mode they are shown in (solo, or a seminar,
// which starts muted) and say the new setting through `say`.

import type Phaser from 'phaser';
import type { App } from '../app/session';
import { nextVolume } from '../save/prefs';
import { FEEL } from '../strings/feel';
import { Button } from '../ui/Button';

export interface SoundControlOptions {
  seminar?: boolean;
  modal?: string;
  /** Shortcut letters shown on the buttons (the scene binds them). */
  keys?: [string, string];
  say: (text: string) => void;
}

export function soundControls(
  scene: Phaser.Scene,
  app: App,
  x: number,
  y: number,
  w: number,
  h: number,
  opts: SoundControlOptions,
): [toggle: Button, volume: Button] {
  const muteKey = opts.seminar ? 'seminarMuted' : 'muted';
  const percent = () => Math.round(app.prefs.volume * 100);
  const show = () => {
    toggle.setLabel(app.prefs[muteKey] ? FEEL.sound.off : FEEL.sound.on);
    volume.setLabel(FEEL.sound.volume(percent()));
  };
  const changed = () => {
    show();
    opts.say(FEEL.sound.said(!app.prefs[muteKey], percent()));
  };
  const half = (w - 16) / 2;
  const [k1, k2] = opts.keys ?? [undefined, undefined];
  const toggle = new Button(
    scene,
    x,
    y,
    half,
    h,
    '',
    () => {
      app.setPrefs({ [muteKey]: !app.prefs[muteKey] });
      changed();
    },
    { shortcut: k1 },
  );
  const volume = new Button(
    scene,
    x + half + 16,
    y,
    half,
    h,
    '',
    () => {
      app.setPrefs({ volume: nextVolume(app.prefs.volume) });
      changed();
    },
    { shortcut: k2 },
  );
  if (opts.modal) {
    toggle.setModal(opts.modal);
    volume.setModal(opts.modal);
  }
  show();
  return [toggle, volume];
}
