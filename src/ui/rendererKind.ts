// Which internal resolution a renderer gets: software rasterisers (SwiftShader, llvmpipe, …) draw
// at 2/3 of the design size, hardware at full size; `?render=full|low` or a number in [0.25, 1]
// (`?render=0.6`, for A/B comparisons) overrides. Pure, so it is table-tested in node (test/ui/rendererKind.test.ts); src/ui/renderScale.ts applies it.

export const LOW_RESOLUTION_SCALE = 2 / 3;

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** True for the renderer strings of software rasterisers. */
export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

/** The internal resolution for this renderer and the page's `?render=` override. */
export function chooseScale(software: boolean, override: string | null): number {
  if (override === 'full') return 1;
  if (override === 'low') return LOW_RESOLUTION_SCALE;
  const n = override !== null && /^(0?\.\d+|1(\.0*)?)$/.test(override) ? Number(override) : Number.NaN;
  if (n >= 0.25 && n <= 1) return n;
  return software ? LOW_RESOLUTION_SCALE : 1;
}
