// Builds assets/map/northeast-asia.json: Natural Earth country outlines (world-atlas, 1:50m) for
// North-East Asia, projected once at build time into screen-space polygons for the situation room's
// map. The browser never loads topojson or d3; it draws these rings as they are.
// Run with `npm run build:map`.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'assets/map/northeast-asia.json');
/** The map's own pixel size; the view scales it into its rectangle. */
const WIDTH = 1000;
const HEIGHT = 700;
/** The region: longitude 115–150 E, latitude 28–46 N. */
const WEST = 115;
const EAST = 150;
const SOUTH = 28;
const NORTH = 46;
/** Drop points closer than this many pixels to the previous kept one. */
const MIN_STEP = 1.6;

const CITIES: { name: string; lon: number; lat: number; role: 'ally' | 'other' }[] = [
  { name: 'Seoul', lon: 126.978, lat: 37.566, role: 'ally' },
  { name: 'Tokyo', lon: 139.692, lat: 35.69, role: 'ally' },
  { name: 'Pyongyang', lon: 125.754, lat: 39.039, role: 'other' },
  { name: 'Beijing', lon: 116.407, lat: 39.904, role: 'other' },
];

/** Neutral names for the waters, placed by longitude and latitude. */
const WATERS: { name: string; lon: number; lat: number }[] = [
  { name: 'East Sea / Sea of Japan', lon: 134.5, lat: 40.2 },
  { name: 'Yellow Sea', lon: 123.2, lat: 35.6 },
  { name: 'East China Sea', lon: 125.5, lat: 30.2 },
  { name: 'Pacific Ocean', lon: 145.5, lat: 31.5 },
];

const topo = JSON.parse(
  readFileSync(resolve(ROOT, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
) as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;

const frame: Feature = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPoint',
    coordinates: [
      [WEST, SOUTH],
      [EAST, SOUTH],
      [WEST, NORTH],
      [EAST, NORTH],
      [(WEST + EAST) / 2, NORTH],
      [(WEST + EAST) / 2, SOUTH],
    ],
  },
};
const projection = geoConicConformal()
  .parallels([30, 44])
  .rotate([-132, 0])
  .fitExtent(
    [
      [0, 0],
      [WIDTH, HEIGHT],
    ],
    frame,
  );
projection.clipExtent([
  [0, 0],
  [WIDTH, HEIGHT],
]);

/** A geoPath context that records rings as flat [x0, y0, x1, y1, …] arrays. */
class RingRecorder {
  rings: number[][] = [];
  private ring: number[] = [];
  moveTo(x: number, y: number) {
    this.flush();
    this.ring = [Math.round(x), Math.round(y)];
  }
  lineTo(x: number, y: number) {
    const n = this.ring.length;
    if (Math.hypot(x - this.ring[n - 2], y - this.ring[n - 1]) < MIN_STEP) return;
    this.ring.push(Math.round(x), Math.round(y));
  }
  closePath() {
    this.flush();
  }
  arc() {}
  beginPath() {}
  flush() {
    if (this.ring.length >= 6) this.rings.push(this.ring);
    this.ring = [];
  }
}

const out = [];
for (const f of countries.features) {
  const rec = new RingRecorder();
  geoPath(projection, rec).context(rec)(f);
  rec.flush();
  if (rec.rings.length) out.push({ name: f.properties.name, rings: rec.rings });
}

const point = (lon: number, lat: number) => {
  const p = projection([lon, lat]) ?? [0, 0];
  return { x: Math.round(p[0]), y: Math.round(p[1]) };
};

const map = {
  source:
    'Natural Earth 1:50m via world-atlas 2 (public domain); conic conformal projection, built by scripts/buildMap.ts',
  width: WIDTH,
  height: HEIGHT,
  bounds: { west: WEST, east: EAST, south: SOUTH, north: NORTH },
  countries: out,
  cities: CITIES.map((c) => ({ name: c.name, role: c.role, ...point(c.lon, c.lat) })),
  waters: WATERS.map((w) => ({ name: w.name, ...point(w.lon, w.lat) })),
};

mkdirSync(dirname(OUT), { recursive: true });
const text = JSON.stringify(map);
writeFileSync(OUT, `${text}\n`);
console.log(`wrote ${OUT}: ${out.length} countries, ${(text.length / 1024).toFixed(1)} kB`);
