// Composition root: the app's services, the Phaser game with its scenes, the live region, and the
// read-only test hook `window.__mf`, which exists only when the page is opened with `?test=1`.

import Phaser from 'phaser';
import { trackFirstFrames, type FrameMetrics } from './app/frameMetrics';
import { currentHash } from './app/replay';
import { activeSeminar, setPendingSeminar } from './app/seminar';
import { withBanner } from './app/seminarLive';
import { App } from './app/session';
import { selectPhase } from './model';
import { layoutProblems } from './app/layoutCheck';
import { type ControlOnPage, controlsOnPage, probe } from './app/testHandle';
import { BootScene } from './scenes/BootScene';
import { BriefingScene } from './scenes/BriefingScene';
import { DebriefScene } from './scenes/DebriefScene';
import { EndingScene } from './scenes/EndingScene';
import { HandoverScene } from './scenes/HandoverScene';
import { PreloadScene } from './scenes/PreloadScene';
import { ScreenRouter } from './scenes/ScreenRouter';
import { SetupScene } from './scenes/SetupScene';
import { SituationRoomScene } from './scenes/SituationRoomScene';
import { TitleScene } from './scenes/TitleScene';
import { showErrorScreen } from './ui/errorScreen';
import { type IdleLoopStats, installIdleLoop } from './ui/idleLoop';
import { applyRenderScale, type RenderInfo } from './ui/renderScale';
import { installTextAtlas, textAtlasStats } from './ui/textAtlas';
import { installFontMetricsCache } from './ui/fontMetrics';
import { installMultiplyOnlyTint } from './ui/quadTint';
import { setPanelFloor } from './ui/panelFloor';
import { liveRegion } from './ui/live';
import { motionStats, setReducedMotionSource } from './ui/motion';
import { installSound, setSoundLevel, soundStats } from './ui/sound';
import { soundLevel } from './save/prefs';
import { COLOR, css, HEIGHT, WIDTH } from './ui/theme';
import { SeminarHudScene } from './scenes/SeminarHudScene';
import { SeminarSetupScene } from './scenes/SeminarSetupScene';
import { sessionCodeFromSearch } from './seminar/sessionCode';
import { common } from './strings';

const live = withBanner(liveRegion(document));
setPendingSeminar(sessionCodeFromSearch(window.location.search));
const showError = (title: string, lines: string[]) => {
  showErrorScreen(document, title, lines);
  live.say(common.errorSaid(title, lines));
};
const motionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');
const app = new App(window.localStorage, live, showError, motionQuery?.matches ?? false);
// until the player sets reduced motion in the game, it follows the system's setting, changes included
motionQuery?.addEventListener?.('change', () => app.systemMotionChanged(motionQuery.matches));
setReducedMotionSource(() => app.prefs.reducedMotion);
setSoundLevel(() => soundLevel(app.prefs, activeSeminar(app) !== null));
installSound(window);

installFontMetricsCache(); // each font measured once, not once per Text (src/ui/fontMetrics.ts)
let render: RenderInfo | null = null;
const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: WIDTH,
  height: HEIGHT,
  backgroundColor: css(COLOR.background),
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  input: { activePointers: 2 },
  audio: { noAudio: true }, // Phaser's audio stays off (a ~60 ms start-up on load); cues: src/ui/sound.ts
  render: { antialiasGL: false }, // no MSAA: 2–3× the frame rate under software WebGL; text is unaffected
  // a software renderer draws at a lower internal resolution (src/ui/renderScale.ts)
  callbacks: {
    postBoot: (g) => {
      const query = new URLSearchParams(location.search);
      render = applyRenderScale(g, query.get('render'));
      // every Text draws from one shared texture (src/ui/textAtlas.ts); `?atlas=off` for comparisons
      installTextAtlas(g, query.get('atlas'));
      // images and texts skip Phaser's eight-mode tint step (src/ui/quadTint.ts); `?tint=full` keeps it
      if (query.get('tint') !== 'full') installMultiplyOnlyTint(g);
      // the room's fixed panels are drawn by the clear (src/ui/panelFloor.ts); `?floor=off` fills them
      setPanelFloor(query.get('floor'));
    },
  },
  scene: [
    new BootScene(),
    new PreloadScene(),
    new TitleScene(app),
    new SetupScene(app),
    new BriefingScene(app),
    new SituationRoomScene(app),
    new EndingScene(app),
    new DebriefScene(app),
    new SeminarSetupScene(app),
    new HandoverScene(app),
    new SeminarHudScene(app),
  ],
});
// One router shows the screen each game's state calls for (scenes route nothing themselves).
new ScreenRouter(game.scene, app);

// Draw only when something changes; wake when the game's state does (a loaded file, a seminar message).
const idle = installIdleLoop(game, () => [app.session, app.session?.actor.getSnapshot(), activeSeminar(app)]);

declare global {
  interface Window {
    /** Only with `?test=1` in the address: the browser tests' handle on the game. */
    __mf?: {
      readonly game: Phaser.Game;
      readonly actor: unknown;
      readonly seminar: unknown;
      readonly metrics: FrameMetrics;
      /** Whether the render loop sleeps now, how often it slept, frames drawn. */
      readonly idle: IdleLoopStats;
      /** The renderer's name, whether it is a software one, and the internal resolution chosen. */
      readonly render: RenderInfo | null;
      /** Sound cues asked for and played, the level, whether an AudioContext was made. */
      readonly sound: typeof soundStats;
      /** Tweens started, and animations drawn at their end state (reduced motion). */
      readonly motion: typeof motionStats;
      /** Texts drawn from the shared text texture, those with their own, repacks and uploads. */
      readonly textAtlas: typeof textAtlasStats;
      hash(): string | null;
      /** The current game's screen phase, from its tags (`selectPhase`), or null with no game. */
      phase(): string | null;
      /** Every control a pointer can reach now, in page pixels. */
      controls(): ControlOnPage[];
      /** Cut, overflowing or too-small text on the running screens (empty: none). */
      layout(minPx: number): string[];
      /** What the pointer last pressed; `dryRun` makes buttons record presses without acting. */
      readonly pointer: ReturnType<typeof probe>;
      /** The running seminar's console link (relative, with its key), or null in solo play. */
      consoleLink(): string | null;
    };
  }
}

if (new URLSearchParams(window.location.search).get('test') === '1') installTestHook();

function installTestHook(): void {
  window.__mf = Object.freeze({
    game,
    metrics: trackFirstFrames(game),
    idle,
    sound: soundStats,
    motion: motionStats,
    textAtlas: textAtlasStats,
    get render() {
      return render;
    },
    hash: () => currentHash(app),
    phase: () => (app.session ? selectPhase(app.session.actor.getSnapshot()) : null),
    controls: () => controlsOnPage(game),
    layout: (minPx: number) => layoutProblems(game, minPx),
    pointer: probe(),
    consoleLink: () => activeSeminar(app)?.consoleLink() ?? null,
    get actor() {
      return app.session?.actor ?? null;
    },
    /** The running seminar session (sendPlayer, isPaused, …), or null in solo play. */
    get seminar() {
      return activeSeminar(app)?.session ?? null;
    },
  });
}
