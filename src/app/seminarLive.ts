// The live region with room for seminar banners: the screen's own text stays as the scenes say it,
// and the seminar HUD adds a line before it ("Paused by the facilitator …") and after it (revealed
// values, injected news). Text only, like the live region it wraps.

import type { LiveRegion } from '../ui/live';

export interface BannerLive extends LiveRegion {
  setBanner(before: string, after: string): void;
}

export function withBanner(inner: LiveRegion): BannerLive {
  let text = '';
  let before = '';
  let after = '';
  const flush = () => inner.say([before, text, after].filter((s) => s !== '').join('\n'));
  return {
    say(t: string) {
      text = t;
      flush();
    },
    get text() {
      return inner.text;
    },
    setBanner(b: string, a: string) {
      if (b === before && a === after) return;
      before = b;
      after = a;
      flush();
    },
  };
}

export function bannerOf(live: LiveRegion): BannerLive | null {
  return 'setBanner' in live ? (live as BannerLive) : null;
}
