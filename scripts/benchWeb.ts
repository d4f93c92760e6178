// The browser benchmark (`npm run bench:web`): prints figures, never pass/fail.
// Builds the game (dist-bench-web/app) and a blank Phaser 4 page (bench/blank.html →
// dist-bench-web/blank) with the same toolchain, serves both from a tiny static server on
// 127.0.0.1 (no compression, like `vite preview`), and drives headless Chromium with the flags of
// playwright.config.ts. Fresh browser context for every cold load; service workers blocked so every
// load is a network load. Figures: first frame of the title vs the blank page's first frame,
// first interactive frame of the situation room, FPS while the meters animate, JS heap (after a
// forced GC) after 1 turn and at the end of each whole game up to 100 played turns, and gzipped
// transfer sizes.
//
// Env: BENCH_LOADS (cold loads per page, default 5), BENCH_TURNS (default 100), BENCH_IDLE_S (seconds of
// each idle measurement, default 5), BENCH_QUERY (added to the game's address, e.g. `atlas=off&tint=full`
// to compare the renderer's switches in one build), BENCH_JSON=1.

import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import pwConfig from '../playwright.config';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist-bench-web'); // not dist-bench/: bench:model empties that folder
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const TURNS = Number(process.env.BENCH_TURNS ?? 100);
const IDLE_S = Number(process.env.BENCH_IDLE_S ?? 5);
const APP = `/app/index.html?test=1${process.env.BENCH_QUERY ? `&${process.env.BENCH_QUERY}` : ''}`;
const VIEWPORT = { width: 1920, height: 1080 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const MB = (b: number) => `${(b / 1e6).toFixed(2)} MB`;

async function buildAll(): Promise<void> {
  const t0 = performance.now();
  // the game, exactly as `vite build` makes it (vite.config.ts), into its own folder
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: join(OUT, 'app'), emptyOutDir: true } });
  // the blank page: same Vite, target and phaser chunk, no plugins, no public dir
  await build({
    root: ROOT,
    configFile: false,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: join(OUT, 'blank'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1600,
      rolldownOptions: {
        input: { blank: join(ROOT, 'bench/blank.html') },
        output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } },
      },
    },
  });
  console.log(`built game and blank page in ${ms(performance.now() - t0)}`);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(dir, path);
    if (relative(dir, file).startsWith('..')) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function freshPage(browser: Browser): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
  page.on('crash', () => console.error('the page crashed'));
  return { ctx, page };
}

const liveText = (page: Page) => page.evaluate(() => document.getElementById('live')?.textContent ?? '');

async function waitLive(page: Page, re: RegExp, timeout = 15_000): Promise<string> {
  await page.waitForFunction(
    (src) => new RegExp(src).test(document.getElementById('live')?.textContent ?? ''),
    re.source,
    { timeout, polling: 'raf' },
  );
  return liveText(page);
}

/** Waits for the live region to say something other than `before`. */
async function waitChange(page: Page, before: string): Promise<string> {
  await page.waitForFunction((b) => (document.getElementById('live')?.textContent ?? '') !== b, before, {
    timeout: 15_000,
    polling: 'raf',
  });
  return liveText(page);
}

/** From the title screen to the situation room of The July Window, keyboard only. */
async function enterRoom(page: Page, fromTitle = true): Promise<void> {
  if (fromTitle) {
    await waitLive(page, /^Title screen\./);
    await page.keyboard.press('n');
  }
  let text = await waitLive(page, /^Setup\./);
  for (const n of ['1', '2', '3']) {
    if (/\(july-window\)/.test(text)) break;
    await page.keyboard.press(n);
    text = await waitLive(page, /^Setup\./);
  }
  await page.keyboard.press('s');
  await waitLive(page, /^Briefing\./);
  await page.keyboard.press('Enter');
  await waitLive(page, /^Situation room\. Planning\./);
}

/** One keyboard step of play; returns true when a month was closed (report continued). */
async function step(page: Page): Promise<{ closed: boolean; ended: boolean }> {
  const text = await liveText(page);
  if (text.startsWith('Ending.')) return { closed: false, ended: true };
  if (/Event card:/.test(text)) await page.keyboard.press('1');
  else if (/Turn report:/.test(text)) await page.keyboard.press('Enter');
  else if (/^Situation room\. Planning\./.test(text)) await page.keyboard.press('e');
  else throw new Error(`unexpected screen: ${text.slice(0, 120)}`);
  const after = await waitChange(page, text);
  return { closed: /Turn report:/.test(text), ended: after.startsWith('Ending.') };
}

/**
 * Main-thread work per second over `seconds` of no input (CDP TaskDuration), the whole browser's
 * CPU per second (every process, SystemInfo.getProcessInfo; null where not reported), and how many
 * frames the page drew meanwhile (`frameCount` reads the page's frame counter).
 */
async function idleCpu(
  page: Page,
  browser: Browser,
  seconds: number,
  frameCount: () => Promise<number>,
): Promise<{ mainMsPerS: number; allMsPerS: number | null; gpuMsPerS: number | null; frames: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const bcdp = await browser.newBrowserCDPSession();
  const cpu = processCpu(bcdp);
  const frames0 = await frameCount();
  const [t0, c0, w0] = [await task(), await cpu(), performance.now()];
  await page.waitForTimeout(seconds * 1000);
  const [t1, c1, w1] = [await task(), await cpu(), performance.now()];
  const frames1 = await frameCount();
  await cdp.detach();
  await bcdp.detach();
  const wall = (w1 - w0) / 1000;
  const per = (a: number | null | undefined, b: number | null | undefined) =>
    a == null || b == null ? null : ((b - a) * 1000) / wall;
  return {
    mainMsPerS: ((t1 - t0) * 1000) / wall,
    allMsPerS: per(c0?.all, c1?.all),
    gpuMsPerS: per(c0?.gpu, c1?.gpu),
    frames: frames1 - frames0,
  };
}

/** CPU seconds so far of every browser process, and of the GPU process (where SwiftShader rasterises). */
function processCpu(bcdp: CDPSession): () => Promise<{ all: number; gpu: number } | null> {
  return async () => {
    try {
      const r = (await bcdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; cpuTime: number }[] };
      const sum = (ps: { cpuTime: number }[]) => ps.reduce((s, p) => s + p.cpuTime, 0);
      return { all: sum(r.processInfo), gpu: sum(r.processInfo.filter((p) => p.type === 'GPU')) };
    } catch {
      return null;
    }
  };
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

function gz(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

async function main(): Promise<void> {
  await buildAll();
  const server = await serve(OUT);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const launch = pwConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({
    executablePath: launch.executablePath ?? '/usr/bin/chromium',
    args: launch.args,
  });
  console.log(`Chromium ${browser.version()}, ${LOADS} cold loads per page (fresh context each), ${base}`);
  const results: Record<string, unknown> = {};
  try {
    // ---- cold loads: blank first frame vs title first frame vs situation room ----
    const blank: number[] = [];
    const blankMatched: number[] = [];
    const title: number[] = [];
    const room: number[] = [];
    const roomAfterKey: number[] = [];
    const roomApp: number[] = [];
    // every request of the first cold load, with when it started (epoch ms), and the title frame's time
    let requests: { url: string; start: number }[] = [];
    let titleFrameAt = 0;
    let renderers = new Set<number | null>();
    for (let i = 0; i < LOADS; i++) {
      for (const [query, into] of [
        ['', blank],
        ['?config=game', blankMatched],
      ] as const) {
        const { ctx, page } = await freshPage(browser);
        await page.goto(`${base}/blank/bench/blank.html${query}`);
        await page.waitForFunction(() => window.__blank?.firstFrame != null, null, { polling: 'raf' });
        const b = await page.evaluate(() => window.__blank);
        into.push(b.firstFrame!);
        renderers.add(b.renderer);
        await ctx.close();
      }
      {
        const { ctx, page } = await freshPage(browser);
        const urls: { url: string; start: number }[] = [];
        page.on('requestfinished', (r) => urls.push({ url: r.url(), start: r.timing().startTime }));
        await page.addInitScript(() => {
          const keys: number[] = [];
          (window as unknown as { __keys: number[] }).__keys = keys;
          window.addEventListener('keydown', () => keys.push(performance.now()), { capture: true });
        });
        await page.goto(`${base}${APP}`);
        await page.waitForFunction(() => window.__mf?.metrics?.titleFrame != null, null, { polling: 'raf' });
        title.push(await page.evaluate(() => window.__mf!.metrics.titleFrame!));
        renderers.add(await page.evaluate(() => window.__mf!.game.renderer.type));
        await enterRoom(page);
        if (i === 0) {
          requests = [...urls]; // by now the background loads after the title frame are done too
          titleFrameAt = await page.evaluate(() => performance.timeOrigin + window.__mf!.metrics.titleFrame!);
        }
        await page.waitForFunction(() => window.__mf!.metrics.roomFrame != null, null, { polling: 'raf' });
        const r = await page.evaluate(() => ({
          frames: window.__mf!.metrics.firstFrames,
          keys: (window as unknown as { __keys: number[] }).__keys,
        }));
        // the app's own share: title frame + for each screen change, the last key before it → its first frame
        let appOnly = r.frames.title;
        for (const scene of ['setup', 'briefing', 'situation-room']) {
          const at = r.frames[scene];
          const key = r.keys.filter((k) => k < at).at(-1) ?? at;
          appOnly += at - key;
          if (scene === 'situation-room') roomAfterKey.push(at - key);
        }
        room.push(r.frames['situation-room']);
        roomApp.push(appOnly);
        await ctx.close();
      }
    }
    const mb = median(blank);
    const mt = median(title);
    const mbm = median(blankMatched);
    const mr = median(room);
    console.log('\n== cold loads (ms from navigation start, medians) ==');
    console.log(`renderer types seen: ${[...renderers].join(', ')} (2 = WEBGL)`);
    console.log(`blank Phaser page, first frame : ${ms(mb)}   [${blank.map((x) => x.toFixed(0)).join(', ')}]`);
    console.log(
      `  same, with the game's config : ${ms(mbm)}   [${blankMatched.map((x) => x.toFixed(0)).join(', ')}] (no audio, no MSAA)`,
    );
    console.log(`title screen, first frame      : ${ms(mt)}   [${title.map((x) => x.toFixed(0)).join(', ')}]`);
    console.log(`  ratio title / blank          : ${(mt / mb).toFixed(2)}×  (target ≤ 1.3×)`);
    console.log(`  ratio title / matched blank  : ${(mt / mbm).toFixed(2)}×`);
    const mra = median(roomApp);
    console.log(`situation room, first frame    : ${ms(mr)}   [${room.map((x) => x.toFixed(0)).join(', ')}]`);
    console.log(`  (includes the driver typing N, S, Enter and waiting for each screen through the live region)`);
    console.log(`situation room, app time only  : ${ms(mra)}   [${roomApp.map((x) => x.toFixed(0)).join(', ')}]`);
    console.log(`  = title frame + Σ (key → next screen's first frame) over setup, briefing, room`);
    console.log(`  ratio room (app time) / blank: ${(mra / mb).toFixed(2)}×  (target ≤ 2×)`);
    console.log(`  ratio room (app) / matched   : ${(mra / mbm).toFixed(2)}×`);
    console.log(`  ratio room (wall) / blank    : ${(mr / mb).toFixed(2)}×`);
    console.log(`  briefing Enter → room frame  : ${ms(median(roomAfterKey))}`);
    renderers = new Set();
    results.cold = {
      blank,
      blankMatched,
      title,
      room,
      roomApp,
      roomAfterKey,
      ratioTitle: mt / mb,
      ratioRoom: mra / mb,
    };

    // ---- idle CPU: the blank page (Phaser draws every frame) against an idle situation room ----
    const blankIdle = await (async () => {
      const { ctx, page } = await freshPage(browser);
      await page.goto(`${base}/blank/bench/blank.html?config=game`);
      await page.waitForFunction(() => window.__blank?.firstFrame != null, null, { polling: 'raf' });
      await page.waitForTimeout(1000);
      const r = await idleCpu(page, browser, IDLE_S, () => page.evaluate(() => window.__blank.frames));
      await ctx.close();
      return { ...r, fps: r.frames / IDLE_S };
    })();
    const roomIdle = await (async () => {
      const { ctx, page } = await freshPage(browser);
      await page.goto(`${base}${APP}`);
      await enterRoom(page);
      await page.waitForFunction(() => window.__mf!.idle.asleep, null, { polling: 100, timeout: 15_000 });
      const r = await idleCpu(page, browser, IDLE_S, () => page.evaluate(() => window.__mf!.idle.frames));
      await ctx.close();
      return r;
    })();
    console.log(`\n== idle CPU, ${IDLE_S} s with no input (CDP TaskDuration; all processes from SystemInfo) ==`);
    const allMs = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} ms/s`);
    console.log(
      `blank Phaser page : main thread ${blankIdle.mainMsPerS.toFixed(1)} ms/s · all processes ${allMs(blankIdle.allMsPerS)} · ${blankIdle.frames} frames drawn`,
    );
    console.log(
      `idle room         : main thread ${roomIdle.mainMsPerS.toFixed(1)} ms/s · all processes ${allMs(roomIdle.allMsPerS)} · ${roomIdle.frames} frames drawn`,
    );
    console.log(
      `  ratio idle room / blank (main thread): ${(roomIdle.mainMsPerS / blankIdle.mainMsPerS).toFixed(2)}×  (target ≤ 1.2×)`,
    );
    if (roomIdle.allMsPerS !== null && blankIdle.allMsPerS !== null) {
      console.log(
        `  ratio idle room / blank (all processes): ${(roomIdle.allMsPerS / blankIdle.allMsPerS).toFixed(2)}×`,
      );
    }
    results.idle = { blank: blankIdle, room: roomIdle };

    // ---- frame rate in the situation room while turns resolve and the meters tween ----
    const { ctx, page } = await freshPage(browser);
    await page.goto(`${base}${APP}`);
    await enterRoom(page);
    const lowRes = await page.evaluate(() => window.__mf!.render);
    // frames the game draws (it sleeps between changes, so rAF callbacks are not frames)
    await page.evaluate(`(() => { window.__frames = [];
      window.__mf.game.events.on('postrender', () => window.__frames.push(performance.now())); })()`);
    const bcdp = await browser.newBrowserCDPSession();
    const cpu = processCpu(bcdp);
    const cpu0 = await cpu();
    let busy = true;
    let steps = 0;
    const driver = (async () => {
      while (busy) {
        const s = await step(page);
        steps++;
        if (s.ended) break;
        await page.waitForTimeout(250); // let the 600 ms meter tweens overlap the next action
      }
    })().catch((e: unknown) => e);
    await page.waitForTimeout(5000);
    busy = false;
    const failed = await driver;
    if (failed) throw failed;
    const cpu1 = await cpu();
    await bcdp.detach();
    const times = (await page.evaluate('window.__frames')) as number[];
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    const awake = gaps.filter((g) => g < 250); // gaps inside a burst of drawing, not sleeps
    const awakeMs = awake.reduce((a, b) => a + b, 0);
    const animFps = awake.length / (awakeMs / 1000);
    const sorted = [...awake].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN;
    console.log('\n== situation room, 5 s of play (turns resolving, meters tweening) ==');
    console.log(`internal resolution: ${JSON.stringify(lowRes)}`);
    console.log(
      `animating FPS ${animFps.toFixed(1)} (frames drawn while awake: ${awake.length} in ${(awakeMs / 1000).toFixed(1)} s; frame gap p95 ${p95.toFixed(1)} ms) · ${steps} player actions`,
    );
    console.log(
      `blank Phaser page, same run: ${blankIdle.fps.toFixed(1)} FPS  (target: game ≥ 30 FPS under SwiftShader)`,
    );
    // where a software renderer's time goes: the GPU process rasterises, per frame drawn
    const gpuPerFrame = cpu0 && cpu1 && times.length ? ((cpu1.gpu - cpu0.gpu) * 1000) / times.length : null;
    const blankGpuPerFrame = blankIdle.gpuMsPerS !== null && blankIdle.fps ? blankIdle.gpuMsPerS / blankIdle.fps : null;
    const perFrame = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} ms`);
    console.log(
      `GPU process CPU per frame drawn: room ${perFrame(gpuPerFrame)} · blank page ${perFrame(blankGpuPerFrame)}${
        gpuPerFrame !== null && blankGpuPerFrame !== null
          ? `  (ratio ${(gpuPerFrame / blankGpuPerFrame).toFixed(2)}×)`
          : ''
      }`,
    );
    console.log(`  ratio animating FPS room / blank: ${(animFps / blankIdle.fps).toFixed(2)}×`);
    results.fps = {
      animFps,
      awakeFrames: awake.length,
      awakeMs,
      p95,
      steps,
      blankFps: blankIdle.fps,
      lowRes,
      gpuPerFrame,
      blankGpuPerFrame,
    };
    await ctx.close();

    // ---- heap: after 1 turn, then at the end of every whole game (the same screen each time) ----
    // The budget is the steady state: the second half of the games, once V8 has compiled what the games
    // run (docs/performance.md, "Late evening of 1 December"); the growth from the first turn is printed beside it.
    {
      const { ctx, page } = await freshPage(browser);
      await page.goto(`${base}${APP}`);
      await enterRoom(page);
      let turns = 0;
      let heap1 = 0;
      const atEnd: number[] = []; // heap at each game's ending screen
      const t0 = performance.now();
      for (;;) {
        const s = await step(page);
        if (s.closed) {
          turns++;
          if (turns === 1) {
            await waitLive(page, /^Situation room\. Planning\./);
            heap1 = await heapUsed(page);
          }
        }
        if (!s.ended) continue;
        atEnd.push(await heapUsed(page));
        if (turns >= TURNS) break;
        await page.keyboard.press('p'); // play again → setup (same scenario) → briefing → room
        await enterRoom(page, false);
      }
      const games = atEnd.length;
      const heapN = atEnd[games - 1];
      const half = Math.floor((games - 1) / 2); // index of the game that ends the first half
      const steady = (heapN - atEnd[half]) / atEnd[half];
      const perGame = (heapN - atEnd[half]) / Math.max(1, games - 1 - half);
      const growth = (heapN - heap1) / heap1;
      const warm = (heapN - atEnd[0]) / atEnd[0];
      console.log(`\n== JS heap (CDP JSHeapUsedSize after HeapProfiler.collectGarbage) ==`);
      console.log(
        `at each game's end (${turns} turns, ${games} games, ${ms(performance.now() - t0)}): ${atEnd.map((h) => (h / 1e6).toFixed(2)).join(' ')} MB`,
      );
      console.log(
        `steady state, end of game ${half + 1} → end of game ${games}: ${MB(atEnd[half])} → ${MB(heapN)}, growth ${(steady * 100).toFixed(1)} % (${(perGame / 1000).toFixed(0)} kB a game)  (target ≤ 10 %)`,
      );
      console.log(
        `  for information, with the engine's warm-up: after 1 turn ${MB(heap1)} → growth ${(growth * 100).toFixed(1)} %; end of game 1 → growth ${(warm * 100).toFixed(1)} %`,
      );
      results.heap = { heap1, atEnd, turns, games, steady, perGame, growth, warm };
      await ctx.close();
    }

    // ---- transfer sizes (gzip -9 of the built files a first load fetches) ----
    const appDir = join(OUT, 'app');
    // the first load: what was requested before the title's first frame; what the title fetches after
    // its frame (the content catalog, the map) is listed apart and is not in the budget
    const files = (before: boolean) =>
      requests
        .filter((r) => r.start <= titleFrameAt === before)
        .map((r) => new URL(r.url).pathname.replace(/^\/app\//, ''))
        .filter((p, i, a) => a.indexOf(p) === i)
        .map((p) => join(appDir, p === '' ? 'index.html' : p));
    const loaded = files(true);
    const background = files(false);
    const isPhaser = (f: string) => /[\\/]phaser-[^\\/]*\.js$/.test(f);
    const total = loaded.reduce((s, f) => s + gz(f), 0);
    const own = loaded.filter((f) => !isPhaser(f)).reduce((s, f) => s + gz(f), 0);
    const ownJs = loaded.filter((f) => f.endsWith('.js') && !isPhaser(f)).reduce((s, f) => s + gz(f), 0);
    const phaser = loaded.filter(isPhaser).reduce((s, f) => s + gz(f), 0);
    const precache = walk(appDir).reduce((s, f) => s + gz(f), 0);
    console.log("\n== transfer, gzip -9 of the files the game requested before the title's first frame ==");
    for (const f of loaded)
      console.log(
        `  ${relative(appDir, f).padEnd(34)} ${kB(statSync(f).size).padStart(10)} raw ${kB(gz(f)).padStart(9)} gz`,
      );
    console.log('  requested after the title frame, in the background (not counted):');
    for (const f of background)
      console.log(
        `    ${relative(appDir, f).padEnd(32)} ${kB(statSync(f).size).padStart(10)} raw ${kB(gz(f)).padStart(9)} gz`,
      );
    console.log(`app's own code (all but the phaser chunk): ${kB(own)}  (JS only ${kB(ownJs)})  (target ≤ 150 kB)`);
    console.log(`phaser chunk: ${kB(phaser)} · total first load: ${kB(total)}  (target ≤ 600 kB)`);
    console.log(`whole dist/ (what the service worker precaches after the first visit): ${kB(precache)} gz`);
    results.bytes = {
      own,
      ownJs,
      phaser,
      total,
      precache,
      files: loaded.map((f) => relative(appDir, f)),
      background: background.map((f) => relative(appDir, f)),
    };
  } finally {
    await browser.close();
    server.close();
  }
  if (process.env.BENCH_JSON) console.log(JSON.stringify(results));
}

await main();
