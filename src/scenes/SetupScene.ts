import type { App, ScenarioInfo } from '../app/session';
import { DEFAULT_SETTINGS, DIFFICULTIES, type Difficulty } from '../model';
import { Button } from '../ui/Button';
import { did } from '../ui/keys';
import { COLOR, SIZE, textStyle } from '../ui/theme';
import type { ResolvedScenario } from '../model';
import { BaseScene } from './BaseScene';
import { scenarioFileLoader } from './ScenarioFileLoad';
import { SceneKey } from './sceneKeys';
import { setup as S } from '../strings';

/** Scenario, seed, difficulty and calendar. Seats and session length are fixed for now (solo play). */
export class SetupScene extends BaseScene {
  private scenarioId = '';
  private seed = 1;
  private difficulty: Difficulty = 'normal';
  private scenarioButtons: Button[] = [];
  private difficultyButtons: Button[] = [];
  private seedButton!: Button;
  private historical = false;
  private calendarButton!: Button;
  private list: ScenarioInfo[] = [];
  private openFile: (() => void) | null = null;

  constructor(app: App) {
    super(SceneKey.Setup, app, S.screen);
  }

  init(data: { scenarioId?: string; seed?: number; difficulty?: Difficulty }): void {
    this.seed = data.seed ?? Math.floor(Math.random() * 1_000_000);
    this.difficulty = data.difficulty ?? 'normal';
    this.scenarioId = data.scenarioId ?? '';
    this.scenarioButtons = [];
    this.difficultyButtons = [];
    this.historical = false;
  }

  create(): void {
    const found = this.app.scenarios();
    if (!found.ok) {
      this.app.showError(S.loadFailed, found.lines);
      return;
    }
    this.list = found.value;
    this.scenarioId ||= this.list[1]?.id ?? this.list[0].id;
    this.setupScreen((e) => this.onKey(e));
    this.add.text(120, 60, S.heading, textStyle(SIZE.heading, COLOR.text, { bold: true }));

    this.add.text(120, 140, S.scenario, textStyle(SIZE.large, COLOR.muted, { bold: true }));
    this.list.forEach((s, i) => {
      const y = 190 + i * 110;
      const b = new Button(this, 120, y, 560, 64, S.scenarioButton(i + 1, s.title), () => this.pickScenario(s.id));
      this.scenarioButtons.push(this.add.existing(b));
      this.add.text(710, y + 4, s.tagline, textStyle(SIZE.body, COLOR.text, { wrap: 1080 }));
    });

    this.add.text(120, 540, S.difficulty, textStyle(SIZE.large, COLOR.muted, { bold: true }));
    DIFFICULTIES.forEach((d, i) => {
      const b = new Button(this, 120 + i * 240, 590, 220, 60, d, () => this.pickDifficulty(d));
      this.difficultyButtons.push(this.add.existing(b));
    });

    this.add.text(900, 540, S.calendarHeading, textStyle(SIZE.large, COLOR.muted, { bold: true }));
    this.calendarButton = this.add.existing(
      new Button(this, 900, 590, 520, 60, '', () => this.toggleCalendar(), { shortcut: 'C' }),
    );
    this.add.text(120, 690, S.seedHeading, textStyle(SIZE.large, COLOR.muted, { bold: true }));
    this.seedButton = this.add.existing(new Button(this, 120, 740, 340, 60, '', () => undefined));
    this.add.existing(
      new Button(this, 480, 740, 280, 60, S.randomSeed, () => this.setSeed(this.randomSeed()), { shortcut: 'R' }),
    );

    const openFile = scenarioFileLoader(this, (scenario) => this.startFrom(scenario));
    this.openFile = openFile;
    this.add.existing(new Button(this, 120, 830, 520, 60, S.ownFile, () => openFile(), { shortcut: 'F' }));
    this.add.text(680, 845, S.soloNote, textStyle(SIZE.body, COLOR.muted, { wrap: 1100 }));

    const start = this.add.existing(
      new Button(this, 120, 930, 360, 72, S.start, () => this.start(), { shortcut: 'S' }),
    );
    this.add.existing(
      new Button(this, 520, 930, 240, 72, S.back, () => this.scene.start(SceneKey.Title), { shortcut: 'Esc' }),
    );
    this.addHelp();
    this.refresh();
    this.focus.focus(start.focusable);
  }

  private onKey(e: KeyboardEvent): boolean {
    const focusedSeed = this.focus.focused() === this.seedButton.focusable;
    if (focusedSeed && /^[0-9]$/.test(e.key)) return did(() => this.setSeed(Number(`${this.seed}${e.key}`.slice(-9))));
    if (focusedSeed && e.key === 'Backspace') return did(() => this.setSeed(Math.floor(this.seed / 10)));
    const n = Number(e.key);
    if (n >= 1 && n <= this.list.length) return did(() => this.pickScenario(this.list[n - 1].id));
    const k = e.key.toLowerCase();
    if (k === 'd') return did(() => this.pickDifficulty(DIFFICULTIES[(DIFFICULTIES.indexOf(this.difficulty) + 1) % 3]));
    if (k === 'r') return did(() => this.setSeed(this.randomSeed()));
    if (k === 'c') return did(() => this.toggleCalendar());
    if (k === 's') return did(() => this.start());
    if (k === 'f') return did(() => this.openFile?.());
    if (e.key === 'Escape') return did(() => this.scene.start(SceneKey.Title));
    return false;
  }

  private randomSeed(): number {
    return Math.floor(Math.random() * 1_000_000);
  }

  private pickScenario(id: string): void {
    this.scenarioId = id;
    this.refresh();
  }

  private pickDifficulty(d: Difficulty): void {
    this.difficulty = d;
    this.refresh();
  }

  private toggleCalendar(): void {
    this.historical = !this.historical;
    this.refresh();
  }

  /** The model's settings for this screen (the historical calendar only when chosen). */
  private settings() {
    return {
      ...DEFAULT_SETTINGS,
      seed: this.seed,
      difficulty: this.difficulty,
      ...(this.historical && { historicalCalendar: true }),
    };
  }

  private setSeed(seed: number): void {
    this.seed = seed;
    this.refresh();
  }

  private refresh(): void {
    this.list.forEach((s, i) => {
      this.scenarioButtons[i].setSelected(s.id === this.scenarioId);
    });
    DIFFICULTIES.forEach((d, i) => {
      this.difficultyButtons[i].setSelected(d === this.difficulty);
    });
    this.seedButton.setLabel(S.seed(this.seed));
    this.calendarButton.setLabel(S.calendar(this.historical)).setSelected(this.historical);
    const s = this.list.find((x) => x.id === this.scenarioId);
    this.say(S.said(s?.title, this.scenarioId, this.difficulty, this.historical, this.seed));
    const f = this.focus.focused();
    if (f) this.focus.focus(f);
  }

  /** A game from the player's own scenario file, already validated. */
  private startFrom(scenario: ResolvedScenario): void {
    const settings = this.settings();
    this.app.newGameFrom(scenario, settings).actor.send({ type: 'setup.confirm' });
    this.scene.start(SceneKey.Briefing);
  }

  private start(): void {
    const settings = this.settings();
    const r = this.app.newGame(this.scenarioId, settings);
    if (!r.ok) {
      this.app.showError(S.startFailed, r.lines);
      return;
    }
    r.value.actor.send({ type: 'setup.confirm' });
    this.scene.start(SceneKey.Briefing);
  }
}
