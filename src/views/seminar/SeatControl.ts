// The seats in the situation room (seminar only): one small button per delegation saying whether a
// human team or the computer plays it. Seat changes are the facilitator's alone, made from the
// console; here the buttons stay disabled with that reason (the seminar refuses `seat.assign` from
// the game window anyway, so `assign` is only a route for a refusal).

import type Phaser from 'phaser';
import { ALLIES, ALLY_NAMES, type AllyId, type SeatKind } from '../../model';
import { Button } from '../../ui/Button';
import { SIZE } from '../../ui/theme';
import { seminar as M } from '../../strings';

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

  /** `blocked` is null in planning, else why seats cannot change now (the console hears the same). */
  render(seats: Record<AllyId, SeatKind>, blocked: string | null): void {
    this.seats = seats;
    const why = M.seatsBlocked(blocked);
    for (const a of ALLIES) {
      this.buttons[a].setLabel(M.seatButton(ALLY_NAMES[a], seats[a])).setEnabled(false, why);
    }
  }
}
