import { JixiaoError } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';

/**
 * JSON.parse with a Chinese error naming the file, line and column, so a person can open the file
 * and find the stray comma. A UTF-8 byte order mark (Windows Notepad writes one) is accepted.
 */
export function parseJsonText(text: string, fileName: string): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new JixiaoError('UNREADABLE_FILE', m('json.empty', { file: fileName }), [
      { message: m('file.emptyShort'), location: { file: fileName } },
    ]);
  }
  try {
    return JSON.parse(body);
  } catch (e) {
    const raw = e instanceof Error ? e.message : '';
    const position = jsonErrorPosition(raw, body);
    const { line, column } = lineAndColumn(body, position);
    const atEnd = /end of JSON input/i.test(raw) || body.slice(position).trim() === '';
    const reason = atEnd ? m('json.truncated') : m('json.syntax');
    const message = m('json.invalid', { file: fileName, line, column, reason });
    throw new JixiaoError('UNREADABLE_FILE', message, [
      { message: m('json.reasonAt', { line, column, reason }), location: { file: fileName, row: line } },
    ]);
  }
}

/** V8 says "… at position 13" (Node 20) or "… (line 2 column 5)" (newer); end of input means the end. */
function jsonErrorPosition(message: string, text: string): number {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol?.[1] && lineCol[2]) {
    const lines = text.split('\n').slice(0, Number(lineCol[1]) - 1);
    return lines.reduce((n, l) => n + l.length + 1, 0) + Number(lineCol[2]) - 1;
  }
  const pos = /position (\d+)/.exec(message);
  if (pos?.[1]) return Number(pos[1]);
  return text.length;
}

/** 1-based line and column (in characters) of a 0-based offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(offset, text.length));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
