// The console's side of the channel, without DOM: sends validated facilitator messages, keeps the
// latest state the game window sent (the game rebuilt from its replay, see mirror.ts), and turns
// acks and refusals into lines for the live region. On start it asks for the state, so a console
// closed and reopened mid-session resyncs at once.

import type { ScenarioResolver } from '../../report/replay';
import type { ReplayFile } from '../../report/replayFile';
import type { ChannelLike } from '../channel';
import {
  type ConsoleBody,
  consoleMessageSchema,
  envelope,
  type GameMessage,
  parseGameMessage,
  type SeminarState,
} from '../protocol';
import { GameMirror, type GameSnapshot } from './mirror';
import * as C from '../../strings/console';

export interface GameState {
  /** The game as the game window has it, rebuilt here from the replay it sent. */
  snapshot: GameSnapshot;
  seminar: SeminarState;
  /** When this console received it (its own clock), to run the timer display between updates. */
  receivedAt: number;
}

export interface Reply {
  ok: boolean;
  kind: string;
  text: string;
}

export interface ClientOptions {
  sessionId: string;
  channel: ChannelLike;
  clock: () => number;
  /** Finds a shipped scenario by id, to rebuild the game from the replay the game window sends. */
  resolveScenario: ScenarioResolver;
  /** Loads the scenario file a file game's state carries (null when it does not load). */
  loadScenarioFile?: (name: string, text: string) => ReturnType<ScenarioResolver>;
  onIgnored?: (reason: string) => void;
}

export class ConsoleClient {
  state: GameState | null = null;
  lastReply: Reply | null = null;
  /** Why the game could not be rebuilt from the last state (e.g. another version of the scenario). */
  problem: string | null = null;
  private readonly mirror: GameMirror;
  private readonly listeners = new Set<() => void>();
  private sent = 0;
  private readonly instance: string;
  private file: { text: string; scenario: ReturnType<ScenarioResolver> } | null = null;

  constructor(private readonly opts: ClientOptions) {
    this.instance = Math.floor(opts.clock() % 1e8).toString(36);
    this.mirror = new GameMirror((id) =>
      id.startsWith('file:') ? (this.file?.scenario ?? null) : opts.resolveScenario(id),
    );
    opts.channel.onmessage = (ev) => this.receive(ev.data);
    this.send({ kind: 'requestState' });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Validate and send a message; returns an error instead of sending a malformed one. */
  send(body: ConsoleBody): { ok: true; id: string } | { ok: false; error: string } {
    this.sent += 1;
    const id = `c${this.instance}-${this.sent}`;
    const msg = envelope(this.opts.sessionId, id, body);
    const check = consoleMessageSchema.safeParse(msg);
    if (!check.success) {
      const issue = check.error.issues[0];
      return { ok: false, error: `${issue.path.join('.') || body.kind}: ${issue.message}` };
    }
    this.opts.channel.postMessage(msg);
    return { ok: true, id };
  }

  receive(data: unknown): void {
    const parsed = parseGameMessage(data, this.opts.sessionId);
    if (!parsed.ok) {
      this.opts.onIgnored?.(parsed.reason);
      return;
    }
    this.apply(parsed.message);
    for (const l of this.listeners) l();
  }

  /** Time left on the turn timer now, by this console's clock. */
  remainingMs(): number | null {
    const s = this.state?.seminar;
    if (!s) return null;
    if (s.deadline === null || s.paused) return s.remainingMs;
    return Math.max(0, (s.remainingMs ?? 0) - (this.opts.clock() - this.state!.receivedAt));
  }

  dispose(): void {
    this.mirror.dispose();
    this.opts.channel.onmessage = null;
    this.listeners.clear();
  }

  private apply(msg: GameMessage): void {
    switch (msg.kind) {
      case 'state': {
        const f = msg.game.scenarioFile;
        if (f && this.file?.text !== f.text)
          this.file = { text: f.text, scenario: this.opts.loadScenarioFile?.(f.name, f.text) ?? null };
        const game = this.mirror.update(msg.game.replay as ReplayFile, msg.game.scenarioHash);
        this.problem = game.ok ? null : game.problem;
        this.state = game.ok ? { snapshot: game.snapshot, seminar: msg.seminar, receivedAt: this.opts.clock() } : null;
        return;
      }
      case 'ack':
        this.lastReply = { ok: true, kind: msg.of, text: C.done(msg.of) };
        return;
      case 'refused':
        this.lastReply = { ok: false, kind: msg.of, text: C.refused(msg.of, msg.reason) };
        return;
    }
  }
}
