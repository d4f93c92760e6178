// The two posture dials: how hard Washington leans on each capital this month. Each position is a
// button (1–4 for Seoul, Shift+1–4 for Tokyo); enabled from `snapshot.can`, reason from `whyNot`.

import Phaser from 'phaser';
import { ALLIES, ALLY_NAMES, type AllyId, POSTURE_NAMES, POSTURES, type Posture } from '../model';
import { Button } from '../ui/Button';
import { drawPanel } from '../ui/Panel';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import { room as R } from '../strings';

export interface PostureViewModel {
  posture: Record<AllyId, Posture>;
  /** Null when the position can be set, otherwise why not. */
  blocked: (ally: AllyId, posture: Posture) => string | null;
}

export class PostureDials extends Phaser.GameObjects.Container {
  private readonly buttons = new Map<string, Button>();

  constructor(scene: Phaser.Scene, r: Rect, onSet: (ally: AllyId, posture: Posture) => void) {
    super(scene, r.x, r.y);
    const top = drawPanel(scene, this, r, R.posturePanel);
    const bw = (r.w - 24 - 3 * 4) / 4; // wide enough for "○ lean hard" at the smallest text size
    ALLIES.forEach((ally, row) => {
      const y = top + row * 78;
      const color = ally === 'seoul' ? COLOR.seoul : COLOR.tokyo;
      const keys = R.postureKeys[ally];
      this.add(
        scene.add.text(16, y, R.postureRow(ALLY_NAMES[ally], keys), textStyle(SIZE.small, color, { bold: true })),
      );
      for (const p of POSTURES) {
        // below the label by more than the focus ring's reach, so the ring never covers it
        const b = new Button(scene, 12 + p * (bw + 4), y + 31, bw, 40, POSTURE_NAMES[p], () => onSet(ally, p), {
          size: SIZE.small,
          bold: false,
        });
        this.buttons.set(`${ally}.${p}`, b);
        this.add(b);
      }
    });
    scene.add.existing(this);
  }

  render(vm: PostureViewModel): void {
    for (const ally of ALLIES) {
      for (const p of POSTURES) {
        const b = this.buttons.get(`${ally}.${p}`);
        const reason = vm.posture[ally] === p ? null : vm.blocked(ally, p);
        b?.setSelected(vm.posture[ally] === p).setEnabled(reason === null, reason);
      }
    }
  }
}
