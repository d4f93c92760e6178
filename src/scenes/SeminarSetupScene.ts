import type Phaser from 'phaser';
import { activeSeminar } from '../app/seminar';
import type { App } from '../app/session';
import {
  ALLIES,
  ALLY_NAMES,
  type AllyId,
  DIFFICULTIES,
  type Difficulty,
  type ResolvedScenario,
  SEAT_KINDS,
  type SeatKind,
} from '../model';
import { scenarioHash } from '../report/scenarioHash';
import { minutesPerMonthFor, PRESET_LENGTHS, PRESETS, type PresetLength } from '../seminar/presets';
import { encodeSession, fileScenarioId } from '../seminar/sessionCode';
import { loadShippedScenario } from '../app/scenarios';
import { scenarioFileLoader } from './ScenarioFileLoad';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';
import { Button } from '../ui/Button';
import { soundControls } from '../views/SoundControls';
import { did } from '../ui/keys';
import { drawPanel } from '../ui/Panel';
import { COLOR, SIZE, textStyle } from '../ui/theme';
import { beginSeminar, gameLink } from './enterSeminar';
import { seminar as M } from '../strings';

const MAX_SEED = 0xffffffff;

/**
 * Seminar setup: length preset and scenario (chosen apart: any shipped scenario or a scenario file
 * at any length), seats, difficulty, seed; then the session code, big, for the room.
 */
export class SeminarSetupScene extends BaseScene {
  private preset: PresetLength = 45;
  private scenario = 'july-window';
  /** A scenario file chosen with O; it replaces the shipped choice until another is made. */
  private file: ResolvedScenario | null = null;
  private shipped: { id: string; title: string }[] = [];
  private openFile: () => void = () => {};
  private seats: Record<AllyId, SeatKind> = { seoul: 'human', tokyo: 'computer' };
  private difficulty: Difficulty = 'normal';
  private historical = false;
  private seed = 1;
  private sessionId: string | null = null;
  private ui!: {
    presets: Button[];
    scenarios: Button[];
    fileButton: Button;
    scenarioText: Phaser.GameObjects.Text;
    seats: Record<AllyId, Button[]>;
    difficulty: Button[];
    seed: Button;
    calendar: Button;
    presetText: Phaser.GameObjects.Text;
    code: Phaser.GameObjects.Container;
    codeText: Phaser.GameObjects.Text;
    linkText: Phaser.GameObjects.Text;
    start: Button;
    console: Button;
    briefing: Button;
  };

  constructor(app: App) {
    super(SceneKey.SeminarSetup, app, M.setupScreen);
  }

  init(): void {
    this.seed = Math.floor(Math.random() * 1_000_000);
    this.sessionId = null;
    this.historical = false;
    this.file = null;
  }

  create(): void {
    this.setupScreen((e) => this.onKey(e));
    const heading = (x: number, y: number, t: string) =>
      this.add.text(x, y, t, textStyle(SIZE.large, COLOR.muted, { bold: true }));
    const btn = (x: number, y: number, w: number, label: string, fn: () => void, shortcut?: string) =>
      this.add.existing(new Button(this, x, y, w, 60, label, fn, { shortcut }));
    this.add.text(120, 50, M.setupScreen, textStyle(SIZE.heading, COLOR.text, { bold: true }));

    heading(120, 120, M.lengthHeading);
    const presets = PRESET_LENGTHS.map((p, i) =>
      btn(120 + i * 250, 165, 230, M.minutes(p), () => this.set(() => (this.preset = p))),
    );
    const presetText = this.add.text(120, 240, '', textStyle(SIZE.body, COLOR.text, { wrap: 760 }));

    heading(120, 350, M.seatsHeading);
    this.add.text(120, 400, M.washingtonSeat, textStyle(SIZE.body, COLOR.text));
    const seatRow = (a: AllyId, y: number, key: string) => {
      this.add.text(120, y + 16, M.seatRow(ALLY_NAMES[a], key), textStyle(SIZE.body, COLOR.text, { bold: true }));
      return SEAT_KINDS.map((k, i) =>
        btn(300 + i * 250, y, 230, M.seatKind[k], () => this.set(() => (this.seats[a] = k))),
      );
    };
    const seats = { seoul: seatRow('seoul', 445, 'U'), tokyo: seatRow('tokyo', 525, 'T') };

    heading(120, 620, M.difficultyHeading);
    const difficulty = DIFFICULTIES.map((d, i) =>
      btn(120 + i * 250, 665, 230, d, () => this.set(() => (this.difficulty = d))),
    );
    heading(120, 760, M.seedHeading);
    const seed = btn(120, 805, 360, '', () => undefined);
    btn(500, 805, 280, M.randomSeed, () => this.set(() => (this.seed = this.randomSeed())), 'R');
    const calendar = btn(120, 872, 660, '', () => this.set(() => (this.historical = !this.historical)), 'C');

    const start = this.add.existing(
      new Button(this, 120, 940, 380, 72, M.startSeminar, () => this.startSeminar(), {
        shortcut: 'S',
        size: SIZE.large,
      }),
    );
    this.add.existing(
      new Button(this, 530, 940, 240, 72, M.back, () => this.scene.start(SceneKey.Title), { shortcut: 'Esc' }),
    );

    const list = this.app.scenarios();
    this.shipped = list.ok ? list.value.map((s) => ({ id: s.id, title: s.title })) : [];
    heading(900, 120, M.scenarioHeading);
    const scenarios = this.shipped.map((s, i) =>
      btn(900, 165 + i * 76, 640, s.title, () =>
        this.set(() => {
          this.scenario = s.id;
          this.file = null;
        }),
      ),
    );
    this.openFile = scenarioFileLoader(this, (s) =>
      this.set(() => {
        this.file = s;
      }),
    );
    const fileButton = btn(900, 165 + this.shipped.length * 76, 640, M.ownFile, () => {
      if (this.sessionId === null) this.openFile();
    });
    const scenarioText = this.add.text(
      900,
      265 + this.shipped.length * 76,
      '',
      textStyle(SIZE.body, COLOR.text, { wrap: 900 }),
    );

    const code = this.add.container(900, 120);
    drawPanel(this, code, { x: 900, y: 120, w: 920, h: 900 }, M.codePanel);
    const codeText = this.add.text(460, 110, '', textStyle(64, COLOR.focus, { bold: true })).setOrigin(0.5, 0);
    codeText.setFontFamily(M.codeFont);
    const linkText = this.add.text(30, 230, '', textStyle(SIZE.body, COLOR.text, { wrap: 860 }));
    code.add([codeText, linkText]);
    const consoleBtn = this.add.existing(
      new Button(this, 930, 720, 420, 72, M.openConsole, () => this.openConsole(), {
        shortcut: 'F',
        size: SIZE.large,
      }),
    );
    const briefing = this.add.existing(
      new Button(this, 1370, 720, 420, 72, M.toBriefing, () => this.toBriefing(), {
        shortcut: 'B',
        size: SIZE.large,
      }),
    );
    code.add([consoleBtn, briefing]);
    consoleBtn.setPosition(30, 600);
    briefing.setPosition(470, 600);
    // the class's sound: muted until the facilitator turns it on (remembered for later seminars)
    code.add(soundControls(this, this.app, 30, 700, 860, 64, { seminar: true, say: (t) => this.say(t) }));
    this.ui = {
      presets,
      scenarios,
      fileButton,
      scenarioText,
      seats,
      difficulty,
      seed,
      calendar,
      presetText,
      code,
      codeText,
      linkText,
      start,
      console: consoleBtn,
      briefing,
    };
    this.sessionId = null;
    this.addHelp();
    this.refresh();
    this.focus.focus(start.focusable);
  }

  private onKey(e: KeyboardEvent): boolean {
    const focusedSeed = this.focus.focused() === this.ui.seed.focusable;
    const open = this.sessionId === null;
    if (open && focusedSeed && /^[0-9]$/.test(e.key)) {
      return did(() => this.set(() => (this.seed = Math.min(MAX_SEED, Number(`${this.seed}${e.key}`.slice(-9))))));
    }
    if (open && focusedSeed && e.key === 'Backspace')
      return did(() => this.set(() => (this.seed = Math.floor(this.seed / 10))));
    const k = e.key.toLowerCase();
    const cycle = <T>(list: readonly T[], v: T) => list[(list.indexOf(v) + 1) % list.length];
    const toggle = (a: AllyId) => this.set(() => (this.seats[a] = this.seats[a] === 'human' ? 'computer' : 'human'));
    if (e.key === 'Escape') return did(() => this.scene.start(SceneKey.Title));
    if (!open) {
      if (k === 'f') return did(() => this.openConsole());
      if (k === 'b') return did(() => this.toBriefing());
      return false;
    }
    if (k === 'l') return did(() => this.set(() => (this.preset = cycle(PRESET_LENGTHS, this.preset))));
    if (k === 'a' && this.shipped.length)
      return did(() =>
        this.set(() => {
          const ids = this.shipped.map((s) => s.id);
          this.scenario = this.file ? ids[0] : cycle(ids, this.scenario);
          this.file = null;
        }),
      );
    if (k === 'o') return did(() => this.openFile());
    if (k === 'd') return did(() => this.set(() => (this.difficulty = cycle(DIFFICULTIES, this.difficulty))));
    if (k === 'u') return did(() => toggle('seoul'));
    if (k === 't') return did(() => toggle('tokyo'));
    if (k === 'r') return did(() => this.set(() => (this.seed = this.randomSeed())));
    if (k === 'c') return did(() => this.set(() => (this.historical = !this.historical)));
    if (k === 's') return did(() => this.startSeminar());
    return false;
  }

  /** The scenario the seminar will play: the file chosen, else the shipped one. */
  private chosenScenario(): { title: string; months: number } {
    if (this.file) return this.file;
    const s = loadShippedScenario(this.scenario);
    return s.ok ? s.value : { title: this.scenario, months: 1 };
  }

  private randomSeed(): number {
    return Math.floor(Math.random() * 1_000_000);
  }

  private set(change: () => unknown): void {
    if (this.sessionId !== null) return;
    change();
    this.refresh();
  }

  private startSeminar(): void {
    if (this.sessionId !== null) return;
    const code = encodeSession({
      scenario: this.file ? fileScenarioId(scenarioHash(this.file)) : this.scenario,
      seed: this.seed,
      difficulty: this.difficulty,
      seats: { washington: 'human', ...this.seats },
      preset: this.preset,
      ...(this.historical && { historicalCalendar: true }),
    });
    const r = beginSeminar(this, this.app, code, {
      goToBriefing: false,
      fresh: true,
      ...(this.file && { scenario: this.file }),
    });
    if (!r.ok) {
      this.app.showError(M.startFailed, [r.error]);
      return;
    }
    this.sessionId = r.seminar.sessionId;
    this.refresh();
    this.focus.focus(this.ui.console.focusable);
  }

  private openConsole(): void {
    const seminar = activeSeminar(this.app);
    if (this.sessionId && seminar) window.open(seminar.consoleLink(), seminar.consoleWindowName);
  }

  private toBriefing(): void {
    if (this.sessionId && activeSeminar(this.app)) this.scene.start(SceneKey.Briefing);
  }

  private refresh(): void {
    const p = PRESETS[this.preset];
    const ui = this.ui;
    const open = this.sessionId === null;
    const chosen = this.chosenScenario();
    const frozen = M.frozen;
    PRESET_LENGTHS.forEach((x, i) => {
      ui.presets[i].setSelected(x === this.preset).setEnabled(open, frozen);
    });
    this.shipped.forEach((s, i) => {
      ui.scenarios[i].setSelected(!this.file && s.id === this.scenario).setVisible(open);
    });
    ui.fileButton
      .setLabel(this.file ? M.fileChosen(this.file.title) : M.ownFile)
      .setSelected(this.file !== null)
      .setVisible(open);
    const perMonth = minutesPerMonthFor(p, chosen.months);
    const suggested = this.shipped.find((s) => s.id === p.suggestedScenario)?.title ?? p.suggestedScenario;
    ui.scenarioText
      .setText(M.scenarioLine(chosen.title, chosen.months, this.file !== null, this.preset, perMonth, suggested))
      .setVisible(open);
    for (const a of ALLIES) {
      ui.seats[a][0].setSelected(this.seats[a] === 'human').setEnabled(open, frozen);
      ui.seats[a][1].setSelected(this.seats[a] === 'computer').setEnabled(open, frozen);
    }
    DIFFICULTIES.forEach((d, i) => {
      ui.difficulty[i].setSelected(d === this.difficulty).setEnabled(open, frozen);
    });
    ui.seed.setLabel(M.seed(this.seed)).setEnabled(open, frozen);
    ui.calendar.setLabel(M.calendar(this.historical)).setSelected(this.historical).setEnabled(open, frozen);
    ui.start.setEnabled(open, M.started);
    const plan = M.plan(p.plan.briefing, p.plan.play, p.plan.debrief);
    ui.presetText.setText(M.presetLine(p.label, M.density(p.eventDensity), p.eventDensity, plan));
    ui.code.setVisible(!open);
    const seats = M.seatsLine(this.seats.seoul, this.seats.tokyo);
    if (open) {
      this.say(
        M.setupSaid(
          this.preset,
          ui.presetText.text,
          ui.scenarioText.text,
          seats,
          this.difficulty,
          this.historical,
          this.seed,
        ),
      );
      return;
    }
    const id = this.sessionId ?? '';
    ui.codeText.setText(id);
    ui.linkText.setText(M.codeHelp(gameLink(id)).join('\n\n'));
    this.say(M.codeSaid(id, gameLink(id)));
  }
}
