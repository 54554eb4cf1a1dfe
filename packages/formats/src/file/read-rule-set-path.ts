import { readFile, stat } from 'node:fs/promises';
import { isJixiaoError, JixiaoError, type RuleSet } from '@jixiao/domain';
import { readRuleSetFile } from '../rule-set-file/rule-set-file';
import { decodeText } from '../sheet-reader/csv-grid';

/** A rule set is a page of settings; anything over 1 MB is not one. */
export const MAX_RULE_SET_FILE_BYTES = 1024 * 1024;

/** Reads and validates a rule set file (.json/.yaml/.yml) from disk; see readRuleSetFile. */
export async function readRuleSetPath(path: string): Promise<RuleSet> {
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new JixiaoError('UNREADABLE_FILE', `「${path}」不是文件`, [
        { message: '请选择一个文件', location: { file: path } },
      ]);
    if (info.size > MAX_RULE_SET_FILE_BYTES) {
      throw new JixiaoError('UNREADABLE_FILE', `评分规则集文件「${path}」过大（上限 1 MB）`, [
        { message: '请检查是否选错了文件', location: { file: path } },
      ]);
    }
  } catch (e) {
    if (isJixiaoError(e)) throw e;
    throw new JixiaoError('NOT_FOUND', `找不到评分规则集文件「${path}」`, [
      { message: '请检查路径和文件名', location: { file: path } },
    ]);
  }
  return readRuleSetFile(decodeText(new Uint8Array(await readFile(path)), path), path);
}
