// The hand-over screen's faces: "pass the device" (nothing private on it, with a button that opens
// the delegation's brief in its own window), "answering in its own window" (nothing private either)
// and the delegation's private brief with the ask it answers now, the four answers, a rationale
// field and Send.

import type Phaser from 'phaser';
import type { Answer } from '../../model';
import type { HandoverView as Handover } from '../../seminar/handover';
import { Button } from '../../ui/Button';
import { drawPanel } from '../../ui/Panel';
import { COLOR, SIZE, textStyle, WIDTH } from '../../ui/theme';
import {
  ANSWER_CHOICES,
  type AskModel,
  awayLines,
  briefRows,
  currentAsk,
  MAX_RATIONALE,
  passLines,
} from './handoverModel';
import { RationaleInput } from './RationaleInput';
import { seminar as M } from '../../strings';

export interface HandoverHandlers {
  ready: () => void;
  openWindow: () => void;
  choose: (a: Answer) => void;
  send: () => void;
  leaveInput: (back: boolean) => void;
}

export class HandoverScreen {
  private readonly pass: Phaser.GameObjects.Container;
  private readonly brief: Phaser.GameObjects.Container;
  private readonly passTitle: Phaser.GameObjects.Text;
  private readonly passText: Phaser.GameObjects.Text;
  private readonly heading: Phaser.GameObjects.Text;
  private readonly rows: [Phaser.GameObjects.Text, Phaser.GameObjects.Text][];
  private readonly askTitle: Phaser.GameObjects.Text;
  private readonly askText: Phaser.GameObjects.Text;
  private readonly status: Phaser.GameObjects.Text;
  readonly readyButton: Button;
  readonly windowButton: Button;
  readonly answerButtons: Button[];
  readonly sendButton: Button;
  readonly input: RationaleInput;

  constructor(scene: Phaser.Scene, h: HandoverHandlers) {
    this.passTitle = scene.add
      .text(WIDTH / 2, 330, '', textStyle(SIZE.title - 8, COLOR.text, { bold: true }))
      .setOrigin(0.5);
    this.passText = scene.add
      .text(WIDTH / 2, 430, '', textStyle(SIZE.large + 4, COLOR.muted, { wrap: 1400, align: 'center' }))
      .setOrigin(0.5, 0);
    this.readyButton = scene.add.existing(
      new Button(scene, WIDTH / 2 - 300, 600, 600, 80, M.ready, h.ready, {
        shortcut: 'Enter',
        size: SIZE.large,
      }),
    );
    this.windowButton = scene.add.existing(
      new Button(scene, WIDTH / 2 - 300, 700, 600, 64, M.openBrief, h.openWindow, {
        shortcut: 'W',
      }),
    );
    this.pass = scene.add.container(0, 0, [this.passTitle, this.passText, this.readyButton, this.windowButton]);

    this.heading = scene.add.text(80, 70, '', textStyle(SIZE.heading, COLOR.text, { bold: true, wrap: 1760 }));
    const left = scene.add.container(80, 150);
    drawPanel(scene, left, { x: 80, y: 150, w: 720, h: 760 }, M.briefPanel);
    this.rows = Array.from({ length: 10 }, (_, i) => {
      const y = 64 + i * 56;
      const k = scene.add.text(20, y, '', textStyle(SIZE.body, COLOR.muted, { wrap: 520 }));
      const v = scene.add.text(700, y - 3, '', textStyle(SIZE.large, COLOR.text, { bold: true })).setOrigin(1, 0);
      left.add([k, v]);
      return [k, v] as [Phaser.GameObjects.Text, Phaser.GameObjects.Text];
    });
    const right = scene.add.container(840, 150);
    drawPanel(scene, right, { x: 840, y: 150, w: 1000, h: 760 }, M.proposalPanel);
    this.askTitle = scene.add.text(20, 56, '', textStyle(SIZE.large, COLOR.text, { bold: true, wrap: 960 }));
    this.askText = scene.add.text(20, 100, '', textStyle(SIZE.body, COLOR.text, { wrap: 960 }));
    right.add([this.askTitle, this.askText]);
    this.answerButtons = ANSWER_CHOICES.map((c, i) =>
      scene.add.existing(
        new Button(
          scene,
          860 + (i % 2) * 490,
          470 + Math.floor(i / 2) * 76,
          470,
          60,
          M.answerButton(i + 1, c.label),
          () => h.choose(c.answer),
        ),
      ),
    );
    const label = scene.add.text(860, 626, M.reasonLabel, textStyle(SIZE.body, COLOR.muted));
    this.input = new RationaleInput(scene, { x: 860, y: 660, w: 960, h: 56 }, M.reasonField, MAX_RATIONALE, {
      onEnter: h.send,
      onLeave: h.leaveInput,
    });
    this.sendButton = scene.add.existing(
      new Button(scene, 860, 740, 420, 72, M.send, h.send, { shortcut: 'Enter', size: SIZE.large }),
    );
    this.status = scene.add.text(860, 830, '', textStyle(SIZE.body, COLOR.tokyo, { wrap: 960 }));
    this.brief = scene.add.container(0, 0, [
      this.heading,
      left,
      right,
      ...this.answerButtons,
      label,
      this.sendButton,
      this.status,
    ]);
  }

  /** `away`: the delegation answers in its own brief window; this face only offers to reopen that window. */
  showPass(h: Handover, away = false): void {
    const p = away ? awayLines(h) : passLines(h);
    this.passTitle.setText(p.title);
    this.passText.setText(p.text);
    this.readyButton.setVisible(!away);
    this.windowButton.setLabel(away ? M.reopenBrief : M.openBrief);
    this.pass.setVisible(true);
    this.brief.setVisible(false);
    this.input.setShown(false);
  }

  showBrief(h: Handover, chosen: Answer | null): AskModel | null {
    this.pass.setVisible(false);
    this.brief.setVisible(true);
    this.input.setShown(true);
    const more = h.thenWaiting.length ? M.thenWaiting(h.thenWaiting) : '';
    this.heading.setText(M.briefHeading(h.seatName, more));
    const rows = briefRows(h);
    this.rows.forEach(([k, v], i) => {
      k.setText(rows[i]?.[0] ?? '');
      v.setText(rows[i]?.[1] ?? '');
      v.setColor(i === 0 && h.headroom.boiling < 10 ? '#e69f00' : '#f4f4f0');
    });
    const ask = currentAsk(h);
    this.askTitle.setText(ask ? M.askHeading(ask.index, ask.count, ask.title) : M.noAsks);
    this.askText.setText(ask ? ask.lines.join('\n\n') : '');
    ANSWER_CHOICES.forEach((c, i) => {
      this.answerButtons[i].setSelected(c.answer === chosen);
    });
    this.sendButton.setEnabled(!!chosen, M.chooseFirst);
    return ask;
  }

  setStatus(text: string): void {
    this.status.setText(text);
  }
}
