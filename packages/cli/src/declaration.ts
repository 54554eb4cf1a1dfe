import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { TargetDeclaration } from '@jixiao/domain';
import {
  isDeclarationJson,
  isDeclarationXlsx,
  MAX_EVALUATION_FILE_BYTES,
  parseJsonText,
  readDeclarationJson,
  readDeclarationXlsx,
  readEvaluationBytes,
} from '@jixiao/formats/read';
import { assertReadableFile } from './engine';
import type { Translate } from './i18n';

/**
 * The CLI's door for 绩效目标申报表 files: .json (jixiao.targets) or the .xlsx form. Size and
 * readability are checked as for evaluations; a file too large is refused by the evaluation reader's
 * own "too large" message before anything parses it.
 */
async function bytesOf(path: string, cwd: string, t: Translate): Promise<Uint8Array> {
  const full = resolve(cwd, path);
  const size = await assertReadableFile(full, path, t);
  if (size > MAX_EVALUATION_FILE_BYTES) {
    await readEvaluationBytes(new Uint8Array(size), path);
  }
  return new Uint8Array(await readFile(full));
}

const isJsonName = (path: string) => extname(path).toLowerCase() === '.json';

export async function loadDeclaration(path: string, cwd: string, t: Translate): Promise<TargetDeclaration> {
  const bytes = await bytesOf(path, cwd, t);
  if (isJsonName(path)) return readDeclarationJson(new TextDecoder().decode(bytes), path);
  return readDeclarationXlsx(bytes, path);
}

/**
 * The declaration in `path` when it is one (a JSON file whose format is jixiao.targets, a workbook
 * with a sheet titled 绩效目标申报表), else undefined: `convert` then reads it as an evaluation.
 */
export async function declarationIn(
  path: string,
  cwd: string,
  t: Translate,
): Promise<TargetDeclaration | undefined> {
  const bytes = await bytesOf(path, cwd, t);
  if (isJsonName(path)) {
    const text = new TextDecoder().decode(bytes);
    return isDeclarationJson(parseJsonText(text, path)) ? readDeclarationJson(text, path) : undefined;
  }
  if (extname(path).toLowerCase() === '.xlsx' && (await isDeclarationXlsx(bytes, path)))
    return readDeclarationXlsx(bytes, path);
  return undefined;
}
