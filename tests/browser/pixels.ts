import type { Page } from 'playwright-core';

/**
 * How much picture there is: the number of distinct colours (quantised) in a screenshot of the
 * stage alone. A WebGL canvas cannot be read back directly, so this judges what the screen shows.
 */
export async function stageColourCount(page: Page): Promise<number> {
  await page.evaluate(() => {
    const ui = document.getElementById('ui');
    if (ui) ui.style.visibility = 'hidden';
  });
  const png = await page.screenshot({ type: 'png' });
  await page.evaluate(() => {
    const ui = document.getElementById('ui');
    if (ui) ui.style.visibility = '';
  });
  return page.evaluate(
    async (dataUrl: string) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7) {
        colours.add(
          ((data[i] ?? 0) >> 3) * 1024 + ((data[i + 1] ?? 0) >> 3) * 32 + ((data[i + 2] ?? 0) >> 3),
        );
      }
      return colours.size;
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}
