import { encode } from 'uqr';

/** The quiet zone around a QR code, in modules: the standard asks for four. */
export const QUIET_ZONE = 4;

/**
 * The modules of a QR code (true = dark), with the quiet zone. `uqr` (unjs) encodes in plain JavaScript, with no
 * native code and nothing Node-only, so the same letters render on Node and on Workers. Error correction M (15 %):
 * a letter is handled, folded and maybe creased before it is scanned.
 */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: QUIET_ZONE }).data;
}

/** The dark modules as one SVG path, a run of modules in a row per rectangle. */
export function qrPath(matrix: boolean[][]): string {
  let d = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return d;
}

/** A QR code as inline SVG: crisp at any print size, no image request, nothing for the CSP to refuse. */
export function QrCode({ text, label, class: className = 'qr' }: { text: string; label: string; class?: string }) {
  const matrix = qrMatrix(text);
  const size = matrix.length;
  return (
    <svg class={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(matrix)} fill="#000" />
    </svg>
  );
}
