// Seat switching in the situation room (seminar only): one small toggle per delegation, human or
// computer, usable in the planning phase; the scene sends `seat.assign` through the seminar.

import type Phaser from 'phaser';
import { ALLIES, ALLY_NAMES, type AllyId, type SeatKind } from '../../model';
import { Button } from '../../ui/Button';
import { SIZE } from '../../ui/theme';

export class SeatControl {
  private readonly buttons: Record<AllyId, Button>;
  private seats: Record<AllyId, SeatKind> = { seoul: 'computer', tokyo: 'computer' };

  constructor(scene: Phaser.Scene, x: number, y: number, assign: (seat: AllyId, kind: SeatKind) => void) {
    const make = (a: AllyId, dx: number) =>
      scene.add.existing(
        new Button(scene, x + dx, y, 200, 44, '', () => assign(a, this.seats[a] === 'human' ? 'computer' : 'human'), {
          size: SIZE.small,
        }),
      );
    this.buttons = { seoul: make('seoul', 0), tokyo: make('tokyo', 210) };
  }

  /** `blocked` is null in planning, else why seats cannot change now. */
  render(seats: Record<AllyId, SeatKind>, blocked: string | null): void {
    this.seats = seats;
    for (const a of ALLIES) {
      this.buttons[a]
        .setLabel(`${ALLY_NAMES[a]}: ${seats[a]}`)
        .setEnabled(blocked === null, blocked ? `seats change between turns (${blocked})` : null);
    }
  }
}
