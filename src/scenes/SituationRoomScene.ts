import Phaser from 'phaser';
import type { Subscription } from 'xstate';
import { activeSeminar, sendGame } from '../app/seminar';
import type { App, GameSession } from '../app/session';
import {
  type AllyId,
  type GameEvent,
  type Posture,
  selectAdvisors,
  selectBandwidth,
  selectCalendar,
  selectForecast,
  selectInitiatives,
  selectSeasons,
  selectNews,
  selectPhase,
  selectWashingtonView,
  whyNot,
} from '../model';
import { Button } from '../ui/Button';
import { did } from '../ui/keys';
import { playCue } from '../ui/sound';
import { paintPanelFloor } from '../ui/panelFloor';
import { COLOR, SIZE, textStyle } from '../ui/theme';
import { AdvisorsView } from '../views/AdvisorsView';
import { CalendarStrip } from '../views/CalendarStrip';
import { CapitalGauges } from '../views/CapitalGauges';
import { ForecastView } from '../views/ForecastView';
import { InitiativeCards } from '../views/InitiativeCards';
import { ROOM, ROOM_FLOOR, UNDER_CARD } from '../views/layout';
import { type MapData, MapView } from '../views/MapView';
import { MetersView } from '../views/MetersView';
import { NewsTicker } from '../views/NewsTicker';
import { PAUSE_MODAL, PauseMenu } from '../views/PauseMenu';
import { MilestoneMoment } from '../views/MilestoneMoment';
import { meterChanges, meterChangesSaid, milestoneMoment, reportCue } from '../views/feelModels';
import { PostureDials } from '../views/PostureDials';
import { RESOLUTION_MODAL, ResolutionView } from '../views/ResolutionView';
import { SeatControl } from '../views/seminar/SeatControl';
import { soundControls } from '../views/SoundControls';
import { bandwidthLine, forecastLive, forecastModel } from '../views/readouts';
import { eventCard, eventLive, goalWords, metersSummary, monthLine, reportLive, turnReport } from '../views/roomModels';
import { GoalLine } from '../views/GoalLine';
import { BaseScene } from './BaseScene';
import { guideAutoStarts } from '../views/guideGate';
import { followCardDetails } from './roomDetails';
import { RoomGuide } from './roomGuide';
import { MAP_URL } from './PreloadScene';
import { AssetKey, SceneKey } from './sceneKeys';
import { room as R } from '../strings';

type Snap = ReturnType<GameSession['actor']['getSnapshot']>;

/** The situation room: composes the views, renders snapshots, sends the player's events. */
export class SituationRoomScene extends BaseScene {
  private session!: GameSession;
  private subs: Subscription[] = [];
  private views!: {
    map: MapView;
    forecast: ForecastView;
    capitals: CapitalGauges;
    meters: MetersView;
    calendar: CalendarStrip;
    advisors: AdvisorsView;
    posture: PostureDials;
    initiatives: InitiativeCards;
    news: NewsTicker;
    resolution: ResolutionView;
    moment: MilestoneMoment;
  };
  /** How many months had closed when the last report's cue played (one cue per report). */
  private cuedMonths = -1;
  private endTurn!: Button;
  private monthText!: Phaser.GameObjects.Text;
  private goal!: GoalLine;
  private titleText!: Phaser.GameObjects.Text;
  private modalOpen: string | null = null;
  /** Seminar only: switch Seoul's and Tokyo's seats between turns. */
  private seats: SeatControl | null = null;
  /** Solo play only: Esc or the Menu button (a seminar's facilitator pauses from the console). Made on first use. */
  private menu: PauseMenu | null = null;
  private solo = true;
  /** The guided first month, and the initiative details pane (onboarding). */
  private guide!: RoomGuide;
  private updateDetails: () => void = () => {};

  constructor(app: App) {
    super(SceneKey.SituationRoom, app, R.screen);
  }

  /** The map normally arrives in the background while the title is up; load it here if not yet. */
  preload(): void {
    if (this.app.session && !this.cache.json.exists(AssetKey.map)) this.load.json(AssetKey.map, MAP_URL);
  }

  create(): void {
    if (!this.app.session) return void this.scene.start(SceneKey.Title);
    this.session = this.app.session;
    this.lastModels.clear();
    this.modalOpen = null;
    const { scenario } = this.session;
    this.setupScreen((e) => this.onKey(e));
    paintPanelFloor(this, ROOM_FLOOR); // before the views: their panels are left to the clear
    const motion = () => this.reducedMotion;
    const top = ROOM.topBar;
    this.monthText = this.add.text(top.x, top.y + 8, '', textStyle(SIZE.heading, COLOR.text, { bold: true }));
    this.goal = new GoalLine(this, top.y + 14);
    const solo = !activeSeminar(this.app);
    this.titleText = this.add
      .text(
        top.x + top.w - (solo ? 200 : 0),
        top.y + 14,
        activeSeminar(this.app) ? scenario.title : R.titleWithHelp(scenario.title),
        textStyle(SIZE.body, COLOR.muted),
      )
      .setOrigin(1, 0);
    this.views = {
      map: new MapView(this, ROOM.map, this.cache.json.get(AssetKey.map) as MapData),
      forecast: new ForecastView(this, ROOM.forecast, (risk) => this.say(risk)),
      calendar: new CalendarStrip(this, ROOM.calendar),
      advisors: new AdvisorsView(this, ROOM.advisors),
      capitals: new CapitalGauges(this, ROOM.capitals, motion),
      meters: new MetersView(this, ROOM.meters, motion),
      posture: new PostureDials(this, ROOM.posture, (ally, posture) =>
        this.send({ type: 'posture.set', ally, posture }),
      ),
      initiatives: new InitiativeCards(
        this,
        ROOM.initiatives,
        Object.keys(scenario.initiatives),
        (initiative, channel) => this.send({ type: 'initiative.queue', initiative, channel }),
        (initiative) => this.send({ type: 'initiative.cancel', initiative }),
      ),
      news: new NewsTicker(this, ROOM.news),
      resolution: new ResolutionView(
        this,
        ROOM.modal,
        (i) => this.choose(i),
        () => this.next(),
      ),
      moment: new MilestoneMoment(this, ROOM.moment),
    };
    this.cuedMonths = -1;
    const et = ROOM.endTurn;
    this.endTurn = this.add.existing(
      new Button(this, et.x, et.y, et.w, et.h, R.endTurn, () => this.commit(), { shortcut: 'E', size: SIZE.large }),
    );
    this.seats = activeSeminar(this.app)
      ? new SeatControl(this, 1170, 16, (seat, kind) => this.send({ type: 'seat.assign', seat, kind }))
      : null;
    this.solo = solo;
    this.menu = null;
    if (solo) {
      const m = ROOM.topBar;
      this.add.existing(
        new Button(this, m.x + m.w - 180, m.y + 4, 180, 50, R.menu, () => this.toggleMenu(), { shortcut: 'Esc' }),
      );
    }
    this.addHelp();
    this.guide = new RoomGuide({
      scene: this,
      focus: this.focus,
      phase: () => selectPhase(this.snap()),
      roomModal: () => this.modalOpen,
      refresh: () => this.render(this.snap()),
      markDone: () => this.app.setGuideDone(true),
      afterClose: () => {
        if (!this.modalName()) this.focus.focus(this.endTurn.focusable);
      },
    });
    this.updateDetails = followCardDetails({
      scene: this,
      rect: ROOM.details,
      covers: [this.views.map, this.views.calendar],
      cards: this.views.initiatives,
      focus: this.focus,
      context: () => this.snap().context,
      modal: () => this.modalName(),
    });
    this.views.initiatives.onPaged = () => this.updateDetails(); // the focused slot shows another card now
    const { actor } = this.session;
    this.subs = [actor.subscribe((s) => this.render(s))];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const s of this.subs) s.unsubscribe();
      this.subs = [];
    });
    this.render(actor.getSnapshot());
    if (!this.modalOpen) this.focus.focus(this.endTurn.focusable);
    const gate = { search: window.location.search, done: this.app.prefs.guideDone, seminar: !solo };
    if (guideAutoStarts({ ...gate, turn: actor.getSnapshot().context.turn, phase: selectPhase(actor.getSnapshot()) }))
      this.guide.open();
  }

  protected modalName(): string | null {
    return this.menu?.visible ? PAUSE_MODAL : (this.guide?.modal ?? this.modalOpen);
  }

  private makeMenu(): PauseMenu {
    return new PauseMenu(this, {
      resume: () => this.toggleMenu(),
      help: () => this.toggleHelp(),
      guide: () => {
        this.toggleMenu();
        this.guide.open();
      },
      toggleMotion: () => {
        this.app.setReducedMotion(!this.app.prefs.reducedMotion);
        this.menu?.setMotion(this.app.prefs.reducedMotion);
        this.say(R.pausedMotionSaid(this.app.prefs.reducedMotion));
      },
      title: () => this.scene.start(SceneKey.Title),
      sound: (x, y, w, h) => soundControls(this, this.app, x, y, w, h, { say: (t) => this.say(R.pausedSoundSaid(t)) }),
    });
  }

  private toggleMenu(): void {
    if (!this.solo) return;
    this.menu ??= this.makeMenu();
    const menu = this.menu;
    const open = !menu.visible;
    menu.setMotion(this.app.prefs.reducedMotion);
    menu.setVisible(open);
    this.focus.setModal(open ? PAUSE_MODAL : this.modalOpen);
    if (open) this.say(R.pausedSaid);
    else this.render(this.snap());
  }

  private snap(): Snap {
    return this.session.actor.getSnapshot();
  }

  private send(e: GameEvent): void {
    sendGame(this.app, e);
  }

  private blocked = (e: GameEvent): string | null => whyNot(this.snap(), e);

  private onKey(e: KeyboardEvent): boolean {
    if (!this.menu?.visible && this.guide.handleKey(e)) return true;
    if (e.key === 'Escape' && this.solo) return did(() => this.toggleMenu());
    if (this.menu?.visible) return false;
    const phase = selectPhase(this.snap());
    const digit = /^Digit([1-9])$/.exec(e.code);
    if (this.modalOpen) {
      if (digit) return did(() => this.choose(Number(digit[1]) - 1));
      if (phase === 'report' && (e.key === 'Enter' || e.key.toLowerCase() === 'c')) return did(() => this.next());
      return false;
    }
    if (digit && Number(digit[1]) <= 4) {
      const ally: AllyId = e.shiftKey ? 'tokyo' : 'seoul';
      this.send({ type: 'posture.set', ally, posture: (Number(digit[1]) - 1) as Posture });
      return true;
    }
    if (e.key.toLowerCase() === 'e') return did(() => this.commit());
    if (e.key.toLowerCase() === 'f' && phase === 'planning') return did(() => this.views.forecast.nextRisk());
    if (e.key === '[' || e.key === ']') return did(() => this.views.initiatives.turnPage(e.key === '[' ? -1 : 1));
    return false;
  }

  private commit(): void {
    this.send({ type: 'turn.commit' });
  }

  private choose(i: number): void {
    const card = eventCard(this.snap().context, this.blocked);
    const c = card?.choices[i];
    if (card && c) this.send({ type: 'event.choose', event: card.id, choice: c.id });
  }

  private next(): void {
    const s = this.snap();
    if (!s.can({ type: 'turn.next' })) return;
    sendGame(this.app, { type: 'turn.next' }); // at the ending, the ScreenRouter shows it
  }

  private readonly lastModels = new Map<string, string>();

  /** Render a view only when its model changed (texts are costly to redraw). */
  private renderIf<T>(name: string, model: T, render: (m: T) => void): void {
    const key = JSON.stringify(model);
    if (this.lastModels.get(name) === key) return;
    this.lastModels.set(name, key);
    render(model);
  }

  private render(s: Snap): void {
    if (s !== this.snap()) return;
    const ctx = s.context;
    const phase = selectPhase(s);
    if (phase === 'ended') return;
    const v = selectWashingtonView(ctx, selectSeasons(s));
    const inReport = phase === 'report';
    // the closed month's changes show once the report is closed and the room is in view again
    const changes = inReport ? undefined : meterChanges(ctx);
    this.monthText.setText(R.monthClosed(monthLine(ctx), inReport));
    const goal = goalWords(ctx);
    this.placeGoal(inReport ? '' : goal.line);
    const { map, capitals, meters, calendar, advisors, news } = this.views;
    this.renderIf(
      'map',
      {
        trust: v.trust,
        trustBand: v.trustBand,
        threatBand: v.threatBand,
        seoulMood: v.seoul.mood,
        tokyoMood: v.tokyo.mood,
      },
      (m) => map.render(m),
    );
    this.renderIf('capitals', { seoul: v.seoul, tokyo: v.tokyo, changes }, (m) => capitals.render(m));
    this.renderIf('meters', { ...v, bandwidthWhy: bandwidthLine(selectBandwidth(ctx)), changes }, (m) =>
      meters.render(m),
    );
    const forecast = phase === 'planning' ? selectForecast(s) : null;
    this.renderIf('forecast', forecast && forecastModel(forecast), (m) => this.views.forecast.render(m));
    this.renderIf('calendar', selectCalendar(ctx, 8), (m) => calendar.render(m));
    this.renderIf('advisors', selectAdvisors(ctx), (m) => advisors.render(m));
    this.renderIf('news', selectNews(ctx), (m) => news.render(m));
    this.views.posture.render({
      posture: v.posture,
      blocked: (ally, posture) => this.blocked({ type: 'posture.set', ally, posture }),
    });
    this.views.initiatives.render({
      cards: selectInitiatives(s),
      cancelBlocked: (initiative) => this.blocked({ type: 'initiative.cancel', initiative }),
    });
    const commitBlocked = this.blocked({ type: 'turn.commit' });
    this.endTurn.setEnabled(commitBlocked === null, commitBlocked);
    this.seats?.render(
      ctx.settings.seats,
      this.blocked({ type: 'seat.assign', seat: 'seoul', kind: ctx.settings.seats.seoul }),
    );

    const card = phase === 'events' || phase === 'planning' ? eventCard(ctx, this.blocked) : null;
    const report = inReport ? turnReport(ctx, this.blocked({ type: 'turn.next' })) : null;
    this.views.resolution.render(card ?? report);
    // what the opaque card hides entirely is not drawn meanwhile (every pixel counts under a software renderer)
    for (const k of UNDER_CARD)
      if (k in this.views) this.views[k as keyof typeof this.views].setVisible(!(card || report));
    const moment = report && !card ? milestoneMoment(ctx) : null;
    this.views.moment.render(moment);
    if (report && this.cuedMonths !== ctx.history.length) {
      this.cuedMonths = ctx.history.length;
      playCue(reportCue(ctx));
    }
    this.setModal(card || report ? RESOLUTION_MODAL : null);
    if (card) this.say(R.dialogSaid(monthLine(ctx), eventLive(card)));
    else if (report) this.say(R.dialogSaid(monthLine(ctx), `${moment ? `${moment.live} ` : ''}${reportLive(report)}`));
    else if (phase === 'awaitingAnswers') this.say(R.awaitingSaid(monthLine(ctx)));
    else {
      const moved = changes ? meterChangesSaid(changes) : '';
      this.say(
        R.planningSaid(monthLine(ctx), metersSummary(ctx), forecast ? forecastLive(forecast) : '', moved, goal.said),
      );
    }
    this.guide.follow(phase);
    const guideLive = this.guide.liveText();
    if (guideLive) this.say(guideLive);
    this.updateDetails();
  }

  /** The goal line in the top bar's gap between the month and the scenario's title. */
  private placeGoal(line: string): void {
    const left = this.monthText.x + this.monthText.width + 32;
    this.goal.place(line, left, this.titleText.x - this.titleText.width - 32);
  }

  private setModal(name: string | null): void {
    if (this.modalOpen === name) return;
    this.modalOpen = name;
    if (this.menu?.visible || this.guide.modal) return; // the menu and the guide stay on top; closing restores this modal
    this.focus.setModal(name);
    if (name) this.focus.focus(this.views.resolution.firstControl);
  }
}
