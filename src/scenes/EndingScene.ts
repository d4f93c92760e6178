import type { App } from '../app/session';
import { monthLabel, selectEnding } from '../model';
import { Button } from '../ui/Button';
import { did } from '../ui/keys';
import { COLOR, SIZE, textStyle, WIDTH } from '../ui/theme';
import { HistoryChart } from '../views/HistoryChart';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';
import { ending as E } from '../strings';

/** The ending: its title and text, the score, a chart of the months, and what to do next. */
export class EndingScene extends BaseScene {
  constructor(app: App) {
    super(SceneKey.Ending, app, E.screen);
  }

  create(): void {
    const session = this.app.session;
    if (!session) return void this.scene.start(SceneKey.Title);
    const ctx = session.actor.getSnapshot().context;
    const ending = selectEnding(ctx);
    const again = () =>
      this.scene.start(SceneKey.Setup, { scenarioId: session.scenarioId, difficulty: session.settings.difficulty });
    const same = () => {
      const r = this.app.newGame(session.scenarioId, session.settings);
      if (!r.ok) return this.app.showError(E.loadFailed, r.lines);
      r.value.actor.send({ type: 'setup.confirm' });
      this.scene.start(SceneKey.Briefing);
    };
    this.setupScreen((e) => {
      const k = e.key.toLowerCase();
      if (k === 'p') return did(() => again());
      if (k === 's') return did(() => same());
      if (k === 't') return did(() => this.scene.start(SceneKey.Title));
      if (k === 'd') return did(() => this.scene.start(SceneKey.Debrief));
      return false;
    });
    const title = ending?.title ?? E.ended;
    const text = ending?.text ?? '';
    this.add.text(120, 50, title, textStyle(SIZE.title - 8, COLOR.text, { bold: true, wrap: 1680 }));
    const body = this.add.text(120, 140, text, textStyle(SIZE.large - 2, COLOR.text, { wrap: 1680 }));
    const sc = ending?.score;
    const score = sc ? E.score(sc, ctx.scenario.title, ctx.settings.seed, ctx.settings.difficulty) : '';
    const scoreText = this.add.text(
      120,
      body.y + body.height + 20,
      score,
      textStyle(SIZE.large, COLOR.focus, { bold: true }),
    );
    const months = ctx.history.map((h) => monthLabel(h.month).replace(/ (\d\d)(\d\d)$/, ' ’$2'));
    const y = scoreText.y + 60;
    new HistoryChart(this, { x: 120, y, w: 1680, h: Math.max(320, 930 - y) }, months, [
      { name: E.seoulBacklash, values: ctx.history.map((h) => h.meters['seoul.backlash']) },
      { name: E.tokyoBacklash, values: ctx.history.map((h) => h.meters['tokyo.backlash']) },
      { name: E.momentum, values: ctx.history.map((h) => h.meters.momentum) },
    ]);
    const bx = WIDTH / 2 - 375;
    this.add.existing(
      new Button(this, bx - 390, 960, 360, 72, E.debrief, () => this.scene.start(SceneKey.Debrief), {
        shortcut: 'D',
      }),
    );
    const play = this.add.existing(new Button(this, bx, 960, 360, 72, E.playAgain, again, { shortcut: 'P' }));
    this.add.existing(new Button(this, bx + 390, 960, 360, 72, E.sameSeed, same, { shortcut: 'S' }));
    this.add.existing(
      new Button(this, bx + 780, 960, 360, 72, E.titleScreen, () => this.scene.start(SceneKey.Title), {
        shortcut: 'T',
      }),
    );
    this.addHelp();
    const last = ctx.history.at(-1);
    const summary = last
      ? E.finalMeters(
          Math.round(last.meters['seoul.backlash']),
          Math.round(last.meters['tokyo.backlash']),
          Math.round(last.meters.momentum),
        )
      : '';
    this.say(E.said(title, text, score, summary));
    this.focus.focus(play.focusable);
  }
}
