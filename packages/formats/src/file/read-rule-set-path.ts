import { readFile, stat } from 'node:fs/promises';
import { isJixiaoError, JixiaoError, type RuleSet } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import { readRuleSetFile } from '../rule-set-file/rule-set-file';
import { decodeText } from '../sheet-reader/csv-grid';

/** A rule set is a page of settings; anything over 1 MB is not one. */
export const MAX_RULE_SET_FILE_BYTES = 1024 * 1024;

/** Reads and validates a rule set file (.json/.yaml/.yml) from disk; see readRuleSetFile. */
export async function readRuleSetPath(path: string): Promise<RuleSet> {
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new JixiaoError('UNREADABLE_FILE', m('file.notAFile', { file: path }), [
        { message: m('file.chooseAFile'), location: { file: path } },
      ]);
    if (info.size > MAX_RULE_SET_FILE_BYTES) {
      throw new JixiaoError('UNREADABLE_FILE', m('ruleSetFile.tooLarge', { file: path }), [
        { message: m('ruleSetFile.wrongFileHint'), location: { file: path } },
      ]);
    }
  } catch (e) {
    if (isJixiaoError(e)) throw e;
    throw new JixiaoError('NOT_FOUND', m('ruleSetFile.notFound', { file: path }), [
      { message: m('file.checkPath'), location: { file: path } },
    ]);
  }
  return readRuleSetFile(decodeText(new Uint8Array(await readFile(path)), path), path);
}
