// Entering seminar mode from any screen: start (or resume) the seminar for a session id, put the
// link in the address bar, run the HUD on top and go to the briefing, or, for a resumed seminar,
// to the screen its game is at.

import type Phaser from 'phaser';
import { type Started, startSeminar } from '../app/seminar';
import type { App } from '../app/session';
import type { ResolvedScenario } from '../model';
import { SceneKey } from './sceneKeys';
import { screenFor } from './ScreenRouter';

/** Starts the seminar; returns the error in plain words, or the running seminar. */
export function beginSeminar(
  scene: Phaser.Scene,
  app: App,
  sessionId: string,
  opts: { goToBriefing: boolean; fresh?: boolean; scenario?: ResolvedScenario },
): Started {
  const r = startSeminar(app, sessionId, { fresh: opts.fresh, scenario: opts.scenario });
  if (!r.ok) return r;
  if (r.note) app.live.say(r.note);
  try {
    const url = new URL(window.location.href);
    url.searchParams.set('session', r.seminar.sessionId);
    window.history.replaceState(null, '', url);
  } catch {
    // the address bar is a convenience only
  }
  // The screen first, then the HUD, so the HUD finds a game screen up when it first draws.
  if (r.resumed) scene.scene.start(screenFor(r.seminar.session.actor.getSnapshot(), true));
  else if (opts.goToBriefing) scene.scene.start(SceneKey.Briefing);
  scene.scene.run(SceneKey.SeminarHud);
  return r;
}

/** The link other tables (or a reload) can open: `…/?session=<code>`. */
export function gameLink(sessionId: string): string {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  url.searchParams.set('session', sessionId);
  return url.toString();
}
