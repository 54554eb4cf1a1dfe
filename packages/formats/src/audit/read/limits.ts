import { JixiaoError, type Message } from '@jixiao/domain';
import { formatsMessage as m } from '../../messages';

/**
 * Bounds for files read from outside. A report is a few hundred KB; anything far beyond is refused with a
 * clear message before it can exhaust memory or time.
 */
export const LIMITS = {
  /** Largest file accepted at all, in bytes. */
  maxFileBytes: 40 * 1024 * 1024,
  /** Largest uncompressed XML part inside a .docx. */
  maxXmlBytes: 64 * 1024 * 1024,
  /** Total uncompressed bytes read from one .docx (zip-bomb guard). */
  maxUnzippedBytes: 96 * 1024 * 1024,
  /** Deepest XML nesting accepted (real documents stay under 40). */
  maxXmlDepth: 256,
  maxPdfPages: 400,
  /** Longest a single PDF may take to read. */
  pdfTimeoutMs: 60_000,
  maxFilesInFolder: 20_000,
} as const;

export function unreadable(file: string, message: Message): JixiaoError {
  return new JixiaoError('UNREADABLE_FILE', m('file.unreadable', { file, detail: message }), [
    { message, location: { file } },
  ]);
}

export function tooLarge(file: string, bytes: number, max: number): JixiaoError {
  const mb = (n: number) => `${Math.round(n / 1024 / 102.4) / 10} MB`;
  return unreadable(file, m('audit.tooLarge', { size: mb(bytes), max: mb(max) }));
}

/** Maximum element nesting in an XML string, scanning tags only (no parse, no recursion). */
export function xmlDepth(xml: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  const re = /<(\/?)[A-Za-z_][^>]*?(\/?)>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] === '/') depth -= 1;
    else if (m[2] !== '/') {
      depth += 1;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    }
  }
  return max;
}
