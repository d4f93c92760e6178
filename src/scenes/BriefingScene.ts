import { sendGame } from '../app/seminar';
import type { App } from '../app/session';
import { selectPhase } from '../model';
import { Button } from '../ui/Button';
import { did } from '../ui/keys';
import { COLOR, SIZE, textStyle } from '../ui/theme';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';
import { setup as S } from '../strings';

/** The scenario's briefing paragraphs, then into the situation room. */
export class BriefingScene extends BaseScene {
  constructor(app: App) {
    super(SceneKey.Briefing, app, S.briefingScreen);
  }

  create(): void {
    const session = this.app.session;
    if (!session) return void this.scene.start(SceneKey.Title);
    const { actor, scenario } = session;
    if (selectPhase(actor.getSnapshot()) === 'setup') actor.send({ type: 'setup.confirm' });
    this.setupScreen((e) => (e.key.toLowerCase() === 'b' ? did(() => this.begin()) : false));
    this.add.text(160, 70, scenario.title, textStyle(SIZE.title - 12, COLOR.text, { bold: true }));
    this.add.text(160, 150, scenario.tagline, textStyle(SIZE.large, COLOR.muted, { wrap: 1600 }));
    let y = 230;
    for (const p of scenario.briefing) {
      const t = this.add.text(160, y, p, textStyle(SIZE.large - 2, COLOR.text, { wrap: 1600 }));
      y += t.height + 24;
    }
    const can = actor.getSnapshot().can({ type: 'briefing.done' });
    const begin = this.add.existing(
      new Button(this, 160, Math.min(Math.max(y + 20, 900), 990), 420, 72, S.enterRoom, () => this.begin(), {
        shortcut: 'B',
      }),
    );
    begin.setEnabled(can, S.notAtBriefing);
    this.addHelp();
    this.say(S.briefingSaid(scenario.title, scenario.briefing));
    this.focus.focus(begin.focusable);
  }

  private begin(): void {
    const actor = this.app.session?.actor;
    if (!actor?.getSnapshot().can({ type: 'briefing.done' })) return;
    sendGame(this.app, { type: 'briefing.done' }); // the ScreenRouter opens the situation room
  }
}
