/**
 * Screenshots of every setting with a character on stage, from the stage gallery
 * (bench/gallery). `tsx bench/gallery-shots.ts OUT_DIR [PROJECT_ROOT]` writes
 * `<setting>-<width>.png`; `--compare BEFORE AFTER OUT` lays two such sets side by side.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';
import { SETTING_IDS } from '../src/narrative/vocabulary.ts';
import { launch } from '../tests/browser/harness.ts';

const SPEAKERS = ['eleanor', 'zhaolin', 'priya', 'marco', 'sunmei', 'kwame', 'linxiao', 'zhanghao', 'chenyu'];
const MOODS = ['neutral', 'pleased', 'concerned', 'annoyed', 'thinking', 'surprised'];
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

async function capture(out: string, root: string): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  const server = await createServer({ root, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const url = `${server.resolvedUrls?.local[0] ?? ''}bench/gallery/index.html`;
  const browser = await launch();
  for (const size of SIZES) {
    const page = await (await browser.newContext({ viewport: size })).newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.renderer !== undefined, undefined, {
      timeout: 60_000,
    });
    const scenes: { setting: string | null; speaker: string | null; mood: string }[] = [
      { setting: null, speaker: null, mood: 'neutral' },
      ...SETTING_IDS.map((setting, i) => ({
        setting,
        speaker: SPEAKERS[i % SPEAKERS.length] ?? null,
        mood: MOODS[i % MOODS.length] ?? 'neutral',
      })),
    ];
    for (const scene of scenes) {
      await page.evaluate((s) => (window as unknown as { show(v: object): void }).show(s), scene);
      await page.waitForFunction(
        (s) => {
          const status = (
            window as unknown as {
              __wudiStage?: { setting: string | null; speaker: string | null; drawn?: boolean };
            }
          ).__wudiStage;
          return status?.setting === s.setting && status.speaker === s.speaker && status.drawn !== false;
        },
        scene,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(700);
      await page.screenshot({ path: path.join(out, `${scene.setting ?? 'title'}-${size.width}.png`) });
    }
    await page.context().close();
  }
  await browser.close();
  await server.close();
}

async function compare(before: string, after: string, out: string): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  const browser = await launch();
  // half size, as JPEG: small enough to keep in the repository (docs/stage-before-after/)
  const page = await (
    await browser.newContext({ viewport: { width: 2560, height: 760 }, deviceScaleFactor: 0.5 })
  ).newPage();
  for (const file of fs.readdirSync(after).filter((f) => f.endsWith('-1280.png'))) {
    const data = (dir: string) =>
      `data:image/png;base64,${fs.readFileSync(path.join(dir, file)).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;background:#222;color:#eee;font:16px sans-serif;display:flex">
        <figure style="margin:0"><img src="${data(before)}" width="1280"><figcaption>before: ${file}</figcaption></figure>
        <figure style="margin:0"><img src="${data(after)}" width="1280"><figcaption>after</figcaption></figure></body>`,
    );
    await page.screenshot({
      path: path.join(out, file.replace('-1280.png', '.jpg')),
      type: 'jpeg',
      quality: 80,
    });
  }
  // how far apart the two sets are, per picture at both sizes: mean difference per channel (0-255);
  // tsx names inner functions with a helper the page does not have
  await page.evaluate('globalThis.__name ??= (f) => f');
  for (const file of fs.readdirSync(after).filter((f) => f.endsWith('.png'))) {
    const data = (dir: string) =>
      `data:image/png;base64,${fs.readFileSync(path.join(dir, file)).toString('base64')}`;
    const diff = await page.evaluate(
      async ([a, b]) => {
        const pixels = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d');
          ctx?.drawImage(img, 0, 0);
          return ctx?.getImageData(0, 0, img.width, img.height).data ?? new Uint8ClampedArray();
        };
        const [x, y] = [await pixels(a ?? ''), await pixels(b ?? '')];
        if (x.length !== y.length) return -1;
        let sum = 0;
        for (let i = 0; i < x.length; i++) sum += Math.abs((x[i] ?? 0) - (y[i] ?? 0));
        return sum / x.length;
      },
      [data(before), data(after)],
    );
    console.log(`${file.padEnd(32)} mean difference ${diff.toFixed(3)} / 255`);
  }
  await browser.close();
}

const [first, second, third] = process.argv.slice(2);
if (first === '--compare' && second && third && process.argv[5])
  await compare(second, third, process.argv[5]);
else if (first)
  await capture(path.resolve(first), path.resolve(second ?? path.join(import.meta.dirname, '..')));
else throw new Error('usage: tsx bench/gallery-shots.ts OUT_DIR [PROJECT_ROOT] | --compare BEFORE AFTER OUT');
