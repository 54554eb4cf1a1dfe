import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type Evaluation,
  evaluate,
  type Finding,
  getRuleSet,
  JixiaoError,
  type RuleSet,
  type ScoreResult,
} from '@jixiao/domain';
import { MAX_EVALUATION_FILE_BYTES, readEvaluationBytes, readRuleSetFile } from '@jixiao/formats/read';
import { cliMessage, type Translate } from './i18n';

/**
 * The CLI's only door into the engine: read a file, pick the rule set, run scoring and checks.
 * Commands never call @jixiao/domain or @jixiao/formats for these steps themselves.
 * Files are named in messages as the user typed them (not as absolute paths).
 */

export interface Evaluated {
  file: string;
  evaluation: Evaluation;
  ruleSet: RuleSet;
  result: ScoreResult;
  findings: Finding[];
}

/** Fails with a located UNREADABLE_FILE error before any parser sees a missing path; returns the size. */
export async function assertReadableFile(path: string, shown: string, _t: Translate): Promise<number> {
  const issue = (reason: 'error.notAFile' | 'error.noPermission' | 'error.fileNotFound') =>
    new JixiaoError('UNREADABLE_FILE', cliMessage('error.cannotRead', { file: shown }), [
      { message: cliMessage(reason), location: { file: shown } },
    ]);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw issue('error.notAFile');
    return info.size;
  } catch (error) {
    if (error instanceof JixiaoError) throw error;
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    throw issue(code === 'EACCES' || code === 'EPERM' ? 'error.noPermission' : 'error.fileNotFound');
  }
}

/** Reads an evaluation in any format @jixiao/formats knows (.json, .xlsx, .csv). */
export async function loadEvaluation(path: string, cwd: string, t: Translate): Promise<Evaluation> {
  const full = resolve(cwd, path);
  const size = await assertReadableFile(full, path, t);
  if (size > MAX_EVALUATION_FILE_BYTES) {
    // Refused before reading; readEvaluationBytes words the "too large" error from the length alone.
    return readEvaluationBytes(new Uint8Array(size), path);
  }
  return readEvaluationBytes(new Uint8Array(await readFile(full)), path);
}

/** A rule set named on the command line: a path when it looks like one, else a built-in name. */
export async function loadRuleSet(nameOrFile: string, cwd: string, t: Translate): Promise<RuleSet> {
  if (looksLikePath(nameOrFile)) {
    const full = resolve(cwd, nameOrFile);
    await assertReadableFile(full, nameOrFile, t);
    return readRuleSetFile(await readFile(full, 'utf8'), nameOrFile);
  }
  return getRuleSet(nameOrFile);
}

function looksLikePath(value: string): boolean {
  return /[/\\]/.test(value) || /\.(json|ya?ml)$/i.test(value);
}

/** Scores and checks one file, with the rule set given on the command line or the one the file names. */
export async function evaluateFile(
  path: string,
  rules: string | undefined,
  cwd: string,
  t: Translate,
): Promise<Evaluated> {
  const evaluation = await loadEvaluation(path, cwd, t);
  const ruleSet = await loadRuleSet(rules ?? evaluation.ruleSet, cwd, t);
  const { result, findings } = evaluate(evaluation, ruleSet);
  return { file: path, evaluation, ruleSet, result, findings };
}
