import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--enable-unsafe-swiftshader','--use-angle=swiftshader','--disable-gpu'] });
for (const [w, h, min] of [[1920,1080,14],[1366,768,14]]) {
const p = await b.newPage({ viewport: { width: w, height: h } });
await p.goto('http://127.0.0.1:4222/');
const wait = (re) => p.waitForFunction((s) => new RegExp(s).test(document.getElementById('live')?.textContent ?? ''), re.source, {polling: 50});
const dump = async (tag) => { const r = await p.evaluate((m) => window.__mf.layout(m), min); console.log(`--- ${w} ${tag}: ${r.length}`); for (const x of r.slice(0, 40)) console.log('  ', x); await p.screenshot({path:`/tmp/fe/${tag}-${w}.png`}); };
await wait(/^Title/); await dump('title');
await p.keyboard.press('n'); await wait(/^Setup/); await dump('setup'); await p.keyboard.press('s'); await wait(/^Briefing/); await dump('briefing'); await p.keyboard.press('Enter'); await wait(/^Situation room/);
await dump('room');
await p.keyboard.press('e'); await wait(/Event card|Turn report/); await dump('resolution');
await p.close();
}
await b.close();
