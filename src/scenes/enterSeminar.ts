// Entering seminar mode from any screen: start the seminar for a session id, put the link in the
// address bar, run the HUD on top and go to the briefing.

import type Phaser from 'phaser';
import { type SeminarMode, startSeminar } from '../app/seminar';
import type { App } from '../app/session';
import { SceneKey } from './sceneKeys';

/** Starts the seminar; returns the error in plain words, or null. */
export function beginSeminar(
  scene: Phaser.Scene,
  app: App,
  sessionId: string,
  opts: { goToBriefing: boolean },
): { ok: true; seminar: SeminarMode } | { ok: false; error: string } {
  const r = startSeminar(app, sessionId);
  if (!r.ok) return r;
  try {
    const url = new URL(window.location.href);
    url.searchParams.set('session', r.seminar.sessionId);
    window.history.replaceState(null, '', url);
  } catch {
    // the address bar is a convenience only
  }
  scene.scene.run(SceneKey.SeminarHud);
  if (opts.goToBriefing) scene.scene.start(SceneKey.Briefing);
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
