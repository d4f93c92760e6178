// The game's few sound cues, generated with the Web Audio API at run time (no files, nothing
// fetched). The AudioContext is made on the first pointer or key press while sound is audible
// (browsers allow audio only after a gesture) and suspended again after each cue, so an idle game
// runs no audio thread. The level comes from the player's settings (`setSoundLevel`); at 0 no
// context is ever made. Phaser's own audio stays off (src/main.ts).

export type Cue = 'press' | 'yes' | 'no' | 'turn' | 'milestone' | 'capstone';

/** A cue's notes: frequency (Hz), start and length (s), peak gain. Soft sine and triangle tones. */
type Note = readonly [hz: number, at: number, length: number, gain: number];
const CUES: Record<Cue, { wave: OscillatorType; notes: readonly Note[] }> = {
  press: { wave: 'sine', notes: [[880, 0, 0.05, 0.12]] },
  turn: { wave: 'sine', notes: [[392, 0, 0.18, 0.18]] },
  yes: {
    wave: 'triangle',
    notes: [
      [523, 0, 0.14, 0.2],
      [659, 0.12, 0.22, 0.2],
    ],
  },
  no: {
    wave: 'triangle',
    notes: [
      [330, 0, 0.16, 0.2],
      [262, 0.14, 0.26, 0.2],
    ],
  },
  milestone: {
    wave: 'sine',
    notes: [
      [392, 0, 0.5, 0.2],
      [494, 0.16, 0.5, 0.18],
      [587, 0.32, 0.8, 0.16],
    ],
  },
  capstone: {
    wave: 'sine',
    notes: [
      [392, 0, 0.6, 0.2],
      [494, 0.2, 0.6, 0.18],
      [587, 0.4, 0.7, 0.16],
      [784, 0.6, 1.2, 0.14],
    ],
  },
};

/** What the browser tests read: whether a context exists, cues asked for and cues actually played. */
export interface SoundStats {
  readonly level: number;
  context: boolean;
  /** Whether the context runs now (only while a cue plays). */
  readonly running: boolean;
  asked: number;
  played: number;
  last: Cue | null;
}

let level = () => 0;
let ctx: AudioContext | null = null;

export const soundStats: SoundStats = {
  get level() {
    return level();
  },
  context: false,
  get running() {
    return ctx?.state === 'running';
  },
  asked: 0,
  played: 0,
  last: null,
};
let suspendAt = 0;
let suspendTimer: ReturnType<typeof setTimeout> | null = null;

/** Where the level (0–1) comes from; read at every gesture and cue, so a changed setting applies at once. */
export function setSoundLevel(source: () => number): void {
  level = source;
}

/** Makes the context, in a gesture, once sound is audible. */
function unlock(): void {
  if (ctx || level() <= 0 || typeof AudioContext !== 'function') return;
  ctx = new AudioContext();
  soundStats.context = true;
  void ctx.suspend(); // runs only while a cue plays
}

/** Listens for the gestures that may start audio (the context is made only while audible). */
export function installSound(win: Window): void {
  for (const type of ['pointerdown', 'keydown'] as const) win.addEventListener(type, unlock, { capture: true });
}

/** Plays a cue at the settings' level (silently nothing when muted or before any gesture). */
export function playCue(cue: Cue): void {
  soundStats.asked++;
  soundStats.last = cue;
  const gain = level();
  if (!ctx && navigator.userActivation?.isActive) unlock(); // sound turned on by this very press
  if (!ctx || gain <= 0) return;
  soundStats.played++;
  if (ctx.state === 'suspended') void ctx.resume();
  const { wave, notes } = CUES[cue];
  const t0 = ctx.currentTime + 0.01;
  let end = 0;
  for (const [hz, at, length, peak] of notes) {
    const osc = ctx.createOscillator();
    const amp = ctx.createGain();
    osc.type = wave;
    osc.frequency.value = hz;
    amp.gain.setValueAtTime(0, t0 + at);
    amp.gain.linearRampToValueAtTime(peak * gain, t0 + at + 0.01);
    amp.gain.exponentialRampToValueAtTime(0.0001, t0 + at + length);
    osc.connect(amp).connect(ctx.destination);
    osc.start(t0 + at);
    osc.stop(t0 + at + length + 0.02);
    end = Math.max(end, at + length);
  }
  // suspend once the last cue has faded (no audio thread while the game is idle)
  suspendAt = Math.max(suspendAt, performance.now() + end * 1000 + 200);
  if (suspendTimer !== null) clearTimeout(suspendTimer);
  suspendTimer = setTimeout(() => {
    suspendTimer = null;
    if (ctx && performance.now() >= suspendAt - 1) void ctx.suspend();
  }, suspendAt - performance.now());
}
