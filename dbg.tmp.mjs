import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--enable-unsafe-swiftshader','--use-angle=swiftshader','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1366, height: 768 } });
await p.goto('http://127.0.0.1:4222/');
const wait = (re) => p.waitForFunction((s) => new RegExp(s).test(document.getElementById('live')?.textContent ?? ''), re.source, {polling: 50});
await wait(/^Title/); await p.keyboard.press('n'); await wait(/^Setup/); await p.keyboard.press('s'); await wait(/^Briefing/); await p.keyboard.press('Enter'); await wait(/^Situation room/);
console.log(await p.evaluate(() => { const g = window.__mf.game; const s = g.scene.getScenes(true)[0]; const out=[]; const walk=(l)=>{for(const o of l){ if(o.type==='Text') out.push([o.text.slice(0,20), o.style.fontSize, o.constructor.name]); else if (o.list) walk(o.list);} }; walk(s.children.list); return JSON.stringify([out.length, out.slice(0,8), s.cameras.main.zoom, g.scale.width, g.canvas.getBoundingClientRect().width, window.__mf.layout(14)]); }));
await b.close();
