// The map of North-East Asia: country outlines projected at build time (assets/map), markers for the
// four capitals (allies round, others square, each labelled), neutral names for the waters, and the
// Seoul–Tokyo link whose thickness and dash pattern show trust (and whose label says it in words).

import Phaser from 'phaser';
import type { TrustBand } from '../model';
import { dashedLine } from '../ui/draw';
import { drawPanel } from '../ui/Panel';
import { COLOR, css, type Rect, SIZE, textStyle } from '../ui/theme';
import { room as R } from '../strings';

export interface MapData {
  width: number;
  height: number;
  countries: { name: string; rings: number[][] }[];
  cities: { name: string; role: 'ally' | 'other'; x: number; y: number }[];
  waters: { name: string; x: number; y: number }[];
}

export interface MapViewModel {
  trust: number;
  /** The model's band of trust (broken, strained, working, strong). */
  trustBand: TrustBand;
  threatBand: string;
  seoulMood: string;
  tokyoMood: string;
}

/** The link's dash pattern (dash, gap) for each band of trust; a strong link is solid. */
const LINK_DASHES: Record<TrustBand, [number, number] | null> = {
  strong: null,
  working: [24, 8],
  strained: [12, 12],
  broken: [4, 14],
};

/** The outlines' texture: it outlives the scene (same geometry, same panel), so later rooms reuse it. */
export const MAP_OUTLINES = 'map-outlines';

/** Where the map's drawing sits in its panel: scale and offsets (design pixels). */
function mapFit(r: Rect, map: MapData): { scale: number; ox: number; oy: number } {
  const pad = 8;
  const scale = Math.min((r.w - 2 * pad) / map.width, (r.h - 2 * pad) / map.height);
  return { scale, ox: (r.w - map.width * scale) / 2, oy: (r.h - map.height * scale) / 2 };
}

/**
 * Bakes the sea and the country outlines into a texture once (thousands of points need not be
 * redrawn every frame); returns its key. The texture is the sea's rectangle, not the whole panel:
 * a software rasteriser pays for every textured pixel, transparent ones too. The preloader calls it
 * while the title is idle, so the first room does not pay for it; the room calls it too, in case it
 * comes first.
 */
export function bakeMapOutlines(scene: Phaser.Scene, r: Rect, map: MapData): string {
  if (scene.textures.exists(MAP_OUTLINES)) return MAP_OUTLINES;
  const { scale } = mapFit(r, map);
  // drawn from the sea's corner; the view places the image at the fit's offsets
  const g = scene.add.graphics();
  g.fillStyle(COLOR.sea, 1).fillRect(0, 0, map.width * scale, map.height * scale);
  for (const c of map.countries) {
    const ally = c.name === 'South Korea' || c.name === 'Japan';
    for (const ring of c.rings) {
      const pts: Phaser.Math.Vector2[] = [];
      for (let i = 0; i < ring.length; i += 2) pts.push(new Phaser.Math.Vector2(ring[i] * scale, ring[i + 1] * scale));
      g.fillStyle(ally ? COLOR.landAlly : COLOR.land, 1).fillPoints(pts, true);
      g.lineStyle(1, COLOR.border, 0.8).strokePoints(pts, true);
    }
  }
  g.generateTexture(MAP_OUTLINES, Math.ceil(map.width * scale), Math.ceil(map.height * scale));
  g.destroy();
  return MAP_OUTLINES;
}

export class MapView extends Phaser.GameObjects.Container {
  private readonly link: Phaser.GameObjects.Graphics;
  private readonly linkLabel: Phaser.GameObjects.Text;
  private readonly threatLabel: Phaser.GameObjects.Text;
  private readonly moodLabels = new Map<string, Phaser.GameObjects.Text>();
  private readonly scale0: number;
  private readonly ox: number;
  private readonly oy: number;
  private readonly points = new Map<string, { x: number; y: number }>();

  constructor(scene: Phaser.Scene, r: Rect, map: MapData) {
    super(scene, r.x, r.y);
    drawPanel(scene, this, r);
    const fit = mapFit(r, map);
    this.scale0 = fit.scale;
    this.ox = fit.ox;
    this.oy = fit.oy;
    const key = bakeMapOutlines(scene, r, map);
    this.add(scene.add.image(this.ox, this.oy, key).setOrigin(0));
    const waters: Phaser.GameObjects.Text[] = [];
    for (const w of map.waters) {
      const t = scene.add.text(
        this.px(w.x),
        this.py(w.y),
        w.name,
        textStyle(SIZE.small, 0x9cc3e0, { align: 'center' }),
      );
      this.add(t.setOrigin(0.5).setFontStyle('italic'));
      waters.push(t);
    }
    this.link = scene.add.graphics();
    this.add(this.link);
    const cities = map.cities.map((c) => this.addCity(c));
    keepClear(waters, cities);
    this.linkLabel = scene.add.text(0, 0, '', textStyle(SIZE.small, COLOR.text, { bold: true })).setOrigin(0.5);
    this.linkLabel.setBackgroundColor('#101820cc').setPadding(6, 3, 6, 3);
    this.threatLabel = scene.add.text(this.ox + 10, this.oy + 10, '', textStyle(SIZE.small, COLOR.text));
    this.threatLabel.setBackgroundColor('#101820cc').setPadding(6, 3, 6, 3);
    this.add([this.linkLabel, this.threatLabel]);
    scene.add.existing(this);
  }

  private px(x: number) {
    return this.ox + x * this.scale0;
  }

  private py(y: number) {
    return this.oy + y * this.scale0;
  }

  /** Draws a city's marker and name; returns the name's text. */
  private addCity(c: MapData['cities'][number]): Phaser.GameObjects.Text {
    const x = this.px(c.x);
    const y = this.py(c.y);
    this.points.set(c.name, { x, y });
    const color = c.name === 'Seoul' ? COLOR.seoul : c.name === 'Tokyo' ? COLOR.tokyo : COLOR.muted;
    const m = this.scene.add.graphics();
    m.fillStyle(color, 1).lineStyle(3, 0x000000, 1);
    if (c.role === 'ally') m.fillCircle(x, y, 11).strokeCircle(x, y, 11);
    else m.fillRect(x - 8, y - 8, 16, 16).strokeRect(x - 8, y - 8, 16, 16);
    const below = c.name === 'Seoul';
    const side = c.name === 'Pyongyang' ? -1 : c.name === 'Beijing' || c.name === 'Tokyo' ? 1 : 0;
    const label = this.scene.add.text(
      x + side * 14,
      y + (side ? 0 : below ? 16 : -16),
      c.name,
      textStyle(SIZE.body, color, { bold: true }),
    );
    label.setOrigin(side < 0 ? 1 : side > 0 ? 0 : 0.5, side ? 0.5 : below ? 0 : 1).setStroke('#000000', 4);
    this.add([m, label]);
    if (c.role === 'ally') {
      // Seoul's mood reads leftwards from under Seoul and Tokyo's rightwards, so two long moods
      // ("simmering") never meet between the two cities
      const mood = this.scene.add
        .text(x + (below ? 24 : -24), y + (below ? 44 : 16), '', textStyle(SIZE.small, COLOR.text))
        .setOrigin(below ? 1 : 0, 0);
      mood.setStroke('#000000', 4);
      this.moodLabels.set(c.name, mood);
      this.add(mood);
    }
    return label;
  }

  render(vm: MapViewModel): void {
    const a = this.points.get('Seoul');
    const b = this.points.get('Tokyo');
    if (!a || !b) return;
    const width = 2 + Math.round(vm.trust / 12);
    this.link.clear();
    this.link.lineStyle(width + 4, 0x000000, 0.7);
    this.link.lineBetween(a.x, a.y, b.x, b.y);
    this.link.lineStyle(width, COLOR.text, 1);
    const dash = LINK_DASHES[vm.trustBand];
    if (dash) dashedLine(this.link, a.x, a.y, b.x, b.y, dash[0], dash[1]);
    else this.link.lineBetween(a.x, a.y, b.x, b.y);
    this.linkLabel.setPosition((a.x + b.x) / 2, (a.y + b.y) / 2 - 28);
    this.linkLabel.setText(R.trustLink(Math.round(vm.trust), vm.trustBand));
    this.threatLabel.setText(R.regionalThreat(vm.threatBand));
    this.threatLabel.setColor(css(vm.threatBand === 'severe' ? COLOR.bad : COLOR.text));
    this.moodLabels.get('Seoul')?.setText(R.publicMood(vm.seoulMood));
    this.moodLabels.get('Tokyo')?.setText(R.publicMood(vm.tokyoMood));
  }
}

/** Moves each sea's name sideways off any city's name it would cover (city names stay put). */
function keepClear(movable: Phaser.GameObjects.Text[], fixed: Phaser.GameObjects.Text[]): void {
  for (const m of movable) {
    for (const f of fixed) {
      const a = m.getBounds();
      const b = f.getBounds();
      if (!Phaser.Geom.Rectangle.Overlaps(a, b)) continue;
      m.x += a.centerX < b.centerX ? b.x - a.right - 6 : b.right - a.x + 6;
    }
  }
}
