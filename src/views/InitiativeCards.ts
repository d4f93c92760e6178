// Initiative cards: name, kind, bandwidth cost and who is asked; a Private and a Public button each
// enabled from `snapshot.can`, with the reason shown on the card when it cannot be used. A queued
// initiative's button withdraws it. The panel holds one page of cards: its slots are made once and
// show the page's initiatives, so a scenario's thirteen initiatives cost four cards' texts and
// buttons, not thirteen (the room's first frame and every render; docs/performance.md).

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
  /** The initiative the slot shows now (null: none, on a last page that is not full). */
  id: string | null;
  title: Phaser.GameObjects.Text;
  info: Phaser.GameObjects.Text;
  buttons: Record<Channel, Button>;
  frame: Phaser.GameObjects.Graphics;
}

export class InitiativeCards extends Phaser.GameObjects.Container {
  private readonly slots: CardParts[] = [];
  private vm: InitiativesViewModel | null = null;
  /** Called after the page turned (the details pane follows the card under the focus). */
  onPaged: () => void = () => {};
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
    for (let i = 0; i < Math.min(this.perPage, ids.length); i++) this.addCard(top + i * this.cardH);
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
    this.onPaged();
  }

  private showPage(): void {
    this.slots.forEach((slot, i) => {
      slot.id = this.ids[this.page * this.perPage + i] ?? null;
      this.renderSlot(slot);
    });
    const first = this.page * this.perPage + 1;
    const last = Math.min(this.ids.length, first + this.perPage - 1);
    this.pager.setText(R.pager(first, last, this.ids.length));
    for (const b of this.pageButtons) b.setVisible(this.pages > 1);
  }

  private addCard(y: number): void {
    const s = this.scene;
    const h = this.cardH - 8;
    const frame = s.add.graphics();
    const bw = 136; // holds "● Withdraw" at the smallest text size
    const bx = this.r.w - 22 - 2 * bw - 8;
    const title = s.add.text(26, y + 6, '', textStyle(SIZE.small + 1, COLOR.text, { bold: true }));
    // the reason's text stops clear of the buttons' focus ring
    const info = s.add.text(26, y + 32, '', textStyle(SIZE.small, COLOR.muted, { wrap: bx - 26 - 10 }));
    // four lines hold the longest (short) reason, set close enough to end inside the card's frame
    info.setMaxLines(4).setLineSpacing(-3); // the layout test fails if one is cut
    const bh = 48;
    const by = y + 40; // clear of the title by more than the focus ring's reach
    const buttons = {
      private: new Button(s, bx, by, bw, bh, R.channelName.private, () => this.press(slot, 'private'), {
        size: SIZE.small,
      }),
      public: new Button(s, bx + bw + 8, by, bw, bh, R.channelName.public, () => this.press(slot, 'public'), {
        size: SIZE.small,
      }),
    };
    this.add([frame, title, info, buttons.private, buttons.public]);
    const slot: CardParts = { id: null, title, info, buttons, frame };
    this.slots.push(slot);
    frame.setData('y', y).setData('h', h);
  }

  /** The id of the shown card under a point of the canvas, or null (for the details pane). */
  cardAt(x: number, y: number): string | null {
    for (const { id, ...parts } of this.slots) {
      if (!id || !parts.frame.visible) continue;
      const top = this.y + (parts.frame.getData('y') as number);
      const h = parts.frame.getData('h') as number;
      if (x >= this.x + 12 && x <= this.x + this.r.w - 12 && y >= top && y <= top + h) return id;
    }
    return null;
  }

  /** The id of the card one of whose buttons is `focusable`, or null. */
  cardOf(focusable: unknown): string | null {
    return this.slots.find((s) => CHANNELS.some((c) => s.buttons[c].focusable === focusable))?.id ?? null;
  }

  private queued = new Map<string, Channel | null>();

  private press(slot: CardParts, channel: Channel): void {
    const { id } = slot;
    if (!id) return;
    if (this.queued.get(id) === channel) this.onCancel(id);
    else this.onQueue(id, channel);
  }

  render(vm: InitiativesViewModel): void {
    this.vm = vm;
    for (const card of vm.cards) this.queued.set(card.id, card.queued);
    for (const slot of this.slots) this.renderSlot(slot);
  }

  /** Shows the slot's initiative (hidden when it has none, or the model has no card for it yet). */
  private renderSlot(parts: CardParts): void {
    const card = parts.id ? this.vm?.cards.find((c) => c.id === parts.id) : undefined;
    for (const o of [parts.frame, parts.title, parts.info, parts.buttons.private, parts.buttons.public])
      o.setVisible(!!card);
    if (card && this.vm) {
      const vm = this.vm;
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
