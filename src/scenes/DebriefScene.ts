import { branchCurrent, branchOrigin } from '../app/replay';
import { EXPORT_LABELS, type ExportKind, exportFile } from '../app/records';
import type { App } from '../app/session';
import { type GameContext, selectEnding } from '../model';
import { debriefMarkdown, turnLabel } from '../report';
import { Button } from '../ui/Button';
import { downloadText } from '../ui/download';
import { did } from '../ui/keys';
import { COLOR, SIZE, textStyle } from '../ui/theme';
import { BranchPanel, ChartsGrid } from '../views/debrief/ChartPanels';
import { branchChart, chartsModel, chartWords, markerWords } from '../views/debrief/chartModels';
import { attributionParas, historyParas, logParas, type Para, questionParas } from '../views/debrief/debriefText';
import { preparePrint } from '../views/debrief/printReport';
import { TextPage } from '../views/debrief/TextPage';
import { BaseScene } from './BaseScene';
import { sceneForSnapshot } from './route';
import { SceneKey } from './sceneKeys';
import { debrief as D } from '../strings';

const SECTIONS = D.sections;
const CONTENT = { x: 40, y: 156, w: 1840, h: 820 };

/** The debrief: charts, the decision log, attribution, questions, the record, branches and exports. */
export class DebriefScene extends BaseScene {
  private ctx!: GameContext;
  private section = 0;
  private tabs: Button[] = [];
  private charts: ChartsGrid | null = null;
  private page!: TextPage;
  private branch!: BranchPanel;
  private branchTurn = 0;
  private status = '';

  constructor(app: App) {
    super(SceneKey.Debrief, app, D.screen);
  }

  create(): void {
    const session = this.app.session;
    if (!session) return void this.scene.start(SceneKey.Title);
    this.ctx = session.actor.getSnapshot().context;
    this.section = 0;
    this.tabs = [];
    this.charts = null;
    this.status = '';
    this.branchTurn = Math.max(0, this.ctx.history.length - 1);
    this.setupScreen((e) => this.onKey(e));
    const ending = selectEnding(this.ctx);
    const head = D.heading(this.ctx.scenario.title, ending ? { title: ending.title, score: ending.score.total } : null);
    this.add.text(40, 22, head, textStyle(SIZE.heading, COLOR.text, { bold: true }));
    const sub = D.subheading(this.ctx.inputSettings.seed, this.ctx.settings.difficulty, this.ctx.history.length);
    this.add.text(1880, 32, sub, textStyle(SIZE.body, COLOR.muted)).setOrigin(1, 0);
    SECTIONS.forEach((name, i) => {
      const b = new Button(this, 40 + i * 310, 84, 296, 56, name, () => this.show(i), { shortcut: String(i + 1) });
      this.tabs.push(this.add.existing(b));
    });
    this.page = new TextPage(this, CONTENT);
    this.branch = new BranchPanel(
      this,
      CONTENT,
      (step) => this.moveBranch(step),
      () => this.startBranch(),
    );
    const bottom: [string, string, () => void][] = [
      [D.replayFile, 'J', () => this.download('replay')],
      [D.markdownReport, 'M', () => this.download('markdown')],
      [D.metersCsv, 'C', () => this.download('csv')],
      [D.printHandout, 'P', () => this.print()],
      [D.back, 'Esc', () => this.back()],
    ];
    bottom.forEach(([label, key, fn], i) => {
      this.add.existing(new Button(this, 40 + i * 372, 996, 356, 64, label, fn, { shortcut: key }));
    });
    preparePrint(document, this.handout());
    this.addHelp();
    this.show(0);
    this.focus.focus(this.tabs[0].focusable);
  }

  private onKey(e: KeyboardEvent): boolean {
    const k = e.key.toLowerCase();
    const n = Number(e.key);
    if (Number.isInteger(n) && n >= 1 && n <= SECTIONS.length) return did(() => this.show(n - 1));
    const scroll: Record<string, () => boolean> = {
      arrowdown: () => this.page.scroll(1),
      arrowup: () => this.page.scroll(-1),
      pagedown: () => this.page.pageBy(1),
      pageup: () => this.page.pageBy(-1),
      home: () => this.page.home(false),
      end: () => this.page.home(true),
    };
    if (this.page.visible && scroll[k]) return did(() => scroll[k]() && this.announce());
    if (this.section === 5 && (k === 'arrowleft' || k === 'arrowright'))
      return did(() => this.moveBranch(k === 'arrowleft' ? -1 : 1));
    if (this.section === 5 && k === 'b') return did(() => this.startBranch());
    const act: Record<string, () => void> = {
      j: () => this.download('replay'),
      m: () => this.download('markdown'),
      c: () => this.download('csv'),
      p: () => this.print(),
      escape: () => this.back(),
      t: () => this.scene.start(SceneKey.Title),
    };
    return act[k] ? did(act[k]) : false;
  }

  private show(i: number): void {
    this.section = i;
    this.status = '';
    this.tabs.forEach((t, j) => {
      t.setSelected(j === i);
    });
    if (this.tabs.some((t) => t.focusable === this.focus.focused())) this.focus.focus(this.tabs[i].focusable);
    this.charts?.destroy();
    this.charts = null;
    this.page.setVisible(i >= 1 && i <= 4);
    this.branch.setVisible(i === 5);
    if (i === 0) this.charts = new ChartsGrid(this, CONTENT, chartsModel(this.ctx));
    const texts: Record<number, () => Para[]> = {
      1: () => logParas(this.ctx, this.app.session?.messages),
      2: () => attributionParas(this.ctx),
      3: () => questionParas(this.ctx),
      4: () => historyParas(this.ctx),
    };
    if (texts[i]) this.page.show(SECTIONS[i], texts[i]());
    if (i === 5) this.renderBranch();
    this.announce();
  }

  private announce(): void {
    const name = D.sectionSaid(this.section + 1, SECTIONS.length, SECTIONS[this.section]);
    let body = '';
    if (this.section === 0) {
      const m = chartsModel(this.ctx);
      const origin = branchOrigin(this.app.session);
      const note = origin ? D.branchNote : '';
      const charts = [chartWords(m.backlash), chartWords(m.process), chartWords(m.posture), markerWords(m.backlash)];
      body = D.chartsSaid(charts, m.timeline, note);
    } else if (this.section <= 4) {
      const w = this.page.window();
      body = D.itemsSaid(w.from, w.to, w.total, w.text);
    } else body = this.branchText;
    this.say(D.said(name, body, this.status));
  }

  private branchText = '';

  private renderBranch(): void {
    const months = this.ctx.history.length;
    const month = months ? turnLabel(this.ctx.scenario, this.branchTurn) : D.noMonth;
    const origin = branchOrigin(this.app.session);
    const cmp = origin ? branchChart(origin.original, this.ctx) : null;
    const lines: string[] = [];
    if (origin && cmp) {
      const c = cmp.comparison;
      const ending = (id: string | null) => (id ? (this.ctx.scenario.endings[id]?.title ?? id) : D.notEnded);
      lines.push(
        D.branchedAt(turnLabel(this.ctx.scenario, origin.turn)),
        c.divergesAt === null ? D.gamesAgree : D.gamesDiffer(turnLabel(this.ctx.scenario, c.divergesAt)),
        D.endings(ending(c.endings.original), ending(c.endings.branch)),
      );
      const last = c.months.at(-1);
      if (last) {
        const d = last.delta;
        const s = (v: number) => `${v > 0 ? '+' : ''}${v}`;
        lines.push(
          D.branchDelta(
            turnLabel(this.ctx.scenario, last.turn),
            s(d['seoul.backlash']),
            s(d['tokyo.backlash']),
            s(d.momentum),
          ),
        );
      }
    }
    const intro = D.branchIntro;
    this.branch.render({
      month,
      blocked: months ? null : D.noMonthCompleted,
      intro,
      comparison: cmp ? { chart: cmp.chart, lines } : null,
    });
    const words = cmp ? ` ${chartWords(cmp.chart)}` : '';
    this.branchText = D.branchSaid(month, this.branchTurn + 1, months, `${intro} ${lines.join(' ')}${words}`);
  }

  private moveBranch(step: 1 | -1): void {
    const max = Math.max(0, this.ctx.history.length - 1);
    this.branchTurn = Math.min(max, Math.max(0, this.branchTurn + step));
    if (this.section !== 5) this.show(5);
    else {
      this.renderBranch();
      this.announce();
    }
  }

  private startBranch(): void {
    const r = branchCurrent(this.app, this.branchTurn);
    if (!r.ok) {
      this.status = D.branchFailed(r.lines);
      this.announce();
      return;
    }
    // The branch's actor is the app's game now: the ScreenRouter opens its screen.
  }

  private download(kind: ExportKind): void {
    const session = this.app.session;
    if (!session) return;
    const f = exportFile(session, kind);
    downloadText(document, f.name, f.text, f.mime);
    this.status = D.downloaded(EXPORT_LABELS[kind], f.name);
    this.announce();
  }

  /** The printable handout: the Markdown debrief, with the table's messages when there are any. */
  private handout(): string {
    return debriefMarkdown(this.ctx, { messages: this.app.session?.messages });
  }

  private print(): void {
    preparePrint(document, this.handout());
    this.status = D.printing;
    this.announce();
    window.print();
  }

  private back(): void {
    const session = this.app.session;
    if (!session) return void this.scene.start(SceneKey.Title);
    this.scene.start(sceneForSnapshot(session.actor.getSnapshot()));
  }
}
