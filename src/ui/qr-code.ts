import { svg } from './dom.ts';

/**
 * A QR code as an SVG drawn with DOM calls (one path of dark modules): no HTML string, no data:
 * image, nothing the page's Content Security Policy would refuse. The encoder is loaded the first
 * time a code is drawn, so solo play never downloads it.
 */
export async function qrCode(text: string, label: string): Promise<SVGSVGElement> {
  const { default: qrcode } = await import('qrcode-generator');
  // M: a projector's glare or a phone at an angle still reads it; the text is a short address.
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const n = code.getModuleCount();
  // A quiet zone of four modules, as the standard asks: scanners find the code by it.
  const quiet = 4;
  let d = '';
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++)
      if (code.isDark(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  const size = n + quiet * 2;
  return svg(
    'svg',
    {
      viewBox: `0 0 ${size} ${size}`,
      role: 'img',
      'aria-label': label,
      'shape-rendering': 'crispEdges',
      class: 'qr-code',
      'data-testid': 'qr-code',
    },
    [svg('rect', { width: size, height: size, fill: '#fff' }), svg('path', { d, fill: '#000' })],
  ) as SVGSVGElement;
}
