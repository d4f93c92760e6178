// Initiative cards: name, kind, bandwidth cost and who is asked; a Private and a Public button each
// enabled from `snapshot.can`, with the reason shown on the card when it cannot be used. A queued
// initiative's button withdraws it.

import Phaser from 'phaser';
import { ALLY_NAMES, CHANNELS, type Channel, type InitiativeCard } from '../model';
import { Button } from '../ui/Button';
import { drawPanel } from '../ui/Panel';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import { room as R } from '../strings';
import { cardReason } from './cardText';

export interface InitiativesViewModel {
  cards: InitiativeCard[];
  /** Null when the initiative can be withdrawn now, otherwise why not. */
  cancelBlocked: (id: string) => string | null;
}

interface CardParts {
  title: Phaser.GameObjects.Text;
  info: Phaser.GameObjects.Text;
  buttons: Record<Channel, Button>;
  frame: Phaser.GameObjects.Graphics;
}

export class InitiativeCards extends Phaser.GameObjects.Container {
  private readonly cards = new Map<string, CardParts>();
  private readonly cardH = 140; // room for a reason of four lines at the smallest text size
  private readonly perPage: number;
  private readonly ids: string[];
  private page = 0;
  private readonly pager: Phaser.GameObjects.Text;
  private readonly pageButtons: Button[] = [];

  constructor(
    scene: Phaser.Scene,
    private readonly r: Rect,
    ids: string[],
    private readonly onQueue: (id: string, channel: Channel) => void,
    private readonly onCancel: (id: string) => void,
  ) {
    super(scene, r.x, r.y);
    const top = drawPanel(scene, this, r, R.initiativesPanel);
    this.ids = ids;
    this.perPage = Math.floor((r.h - top - 64) / this.cardH);
    ids.forEach((id, i) => {
      this.addCard(id, top + (i % this.perPage) * this.cardH);
    });
    const y = r.h - 60;
    this.pager = scene.add.text(r.w / 2, y + 24, '', textStyle(SIZE.small, COLOR.muted)).setOrigin(0.5);
    this.pageButtons = [
      new Button(scene, 16, y, 150, 48, R.prevPage, () => this.turnPage(-1), { size: SIZE.small }),
      new Button(scene, r.w - 166, y, 150, 48, R.nextPage, () => this.turnPage(1), { size: SIZE.small }),
    ];
    this.add([this.pager, ...this.pageButtons]);
    this.showPage();
    scene.add.existing(this);
  }

  get pages(): number {
    return Math.max(1, Math.ceil(this.ids.length / this.perPage));
  }

  /** Show the previous (-1) or next (+1) page of cards. */
  turnPage(step: number): void {
    this.page = (this.page + step + this.pages) % this.pages;
    this.showPage();
  }

  private showPage(): void {
    this.ids.forEach((id, i) => {
      const parts = this.cards.get(id);
      const shown = Math.floor(i / this.perPage) === this.page;
      if (!parts) return;
      for (const o of [parts.frame, parts.title, parts.info, parts.buttons.private, parts.buttons.public])
        o.setVisible(shown);
    });
    const first = this.page * this.perPage + 1;
    const last = Math.min(this.ids.length, first + this.perPage - 1);
    this.pager.setText(R.pager(first, last, this.ids.length));
    for (const b of this.pageButtons) b.setVisible(this.pages > 1);
  }

  private addCard(id: string, y: number): void {
    const s = this.scene;
    const h = this.cardH - 8;
    const frame = s.add.graphics();
    const bw = 136; // holds "● Withdraw" at the smallest text size
    const bx = this.r.w - 22 - 2 * bw - 8;
    const title = s.add.text(26, y + 6, '', textStyle(SIZE.small + 1, COLOR.text, { bold: true }));
    // the reason's text stops clear of the buttons' focus ring
    const info = s.add.text(26, y + 34, '', textStyle(SIZE.small, COLOR.muted, { wrap: bx - 26 - 10 }));
    info.setMaxLines(4); // four lines hold the longest (short) reason; the layout test fails if one is cut
    const bh = 48;
    const by = y + 40; // clear of the title by more than the focus ring's reach
    const buttons = {
      private: new Button(s, bx, by, bw, bh, R.channelName.private, () => this.press(id, 'private'), {
        size: SIZE.small,
      }),
      public: new Button(s, bx + bw + 8, by, bw, bh, R.channelName.public, () => this.press(id, 'public'), {
        size: SIZE.small,
      }),
    };
    this.add([frame, title, info, buttons.private, buttons.public]);
    this.cards.set(id, { title, info, buttons, frame });
    frame.setData('y', y).setData('h', h);
  }

  /** The id of the shown card under a point of the canvas, or null (for the details pane). */
  cardAt(x: number, y: number): string | null {
    for (const [id, parts] of this.cards) {
      if (!parts.frame.visible) continue;
      const top = this.y + (parts.frame.getData('y') as number);
      const h = parts.frame.getData('h') as number;
      if (x >= this.x + 12 && x <= this.x + this.r.w - 12 && y >= top && y <= top + h) return id;
    }
    return null;
  }

  /** The id of the card one of whose buttons is `focusable`, or null. */
  cardOf(focusable: unknown): string | null {
    for (const [id, parts] of this.cards) {
      if (CHANNELS.some((c) => parts.buttons[c].focusable === focusable)) return id;
    }
    return null;
  }

  private queued = new Map<string, Channel | null>();

  private press(id: string, channel: Channel): void {
    if (this.queued.get(id) === channel) this.onCancel(id);
    else this.onQueue(id, channel);
  }

  render(vm: InitiativesViewModel): void {
    for (const card of vm.cards) {
      const parts = this.cards.get(card.id);
      if (!parts) continue;
      this.queued.set(card.id, card.queued);
      const asks = card.asks.length ? R.asks(card.asks.map((a) => ALLY_NAMES[a])) : '';
      parts.title.setText(R.cardTitle(card.name, !!card.queued));
      // A queued card needs no reasons: withdrawing it is the way to change the channel.
      const why = card.queued ? null : cardReason(card);
      const about = card.queued
        ? R.queuedInfo(card.queued, card.bandwidth, asks)
        : R.cardInfo(card.kind, card.bandwidth, asks);
      parts.info.setText(why ?? about);
      parts.info.setColor(why ? '#ffb870' : '#b8c2cc');
      for (const c of CHANNELS) {
        const b = parts.buttons[c];
        if (card.queued === c) {
          const reason = vm.cancelBlocked(card.id);
          b.setLabel(R.withdraw)
            .setSelected(true)
            .setEnabled(reason === null, reason);
        } else {
          b.setLabel(R.channelName[c]).setSelected(false);
          b.setEnabled(card.blocked[c] === null, card.blocked[c]);
        }
      }
      const y = parts.frame.getData('y') as number;
      const h = parts.frame.getData('h') as number;
      parts.frame.clear();
      parts.frame.fillStyle(card.queued ? 0x24405a : 0x151f29, 1).fillRoundedRect(12, y, this.r.w - 24, h, 6);
      parts.frame
        .lineStyle(card.queued ? 3 : 1, card.queued ? COLOR.text : COLOR.panelEdge, 1)
        .strokeRoundedRect(12, y, this.r.w - 24, h, 6);
    }
  }
}
