import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { JixiaoError } from '@jixiao/domain';

/** The executables LibreOffice installs, in the order they are tried. */
const NAMES = ['soffice', 'libreoffice'];

/** Finds soffice: $JIXIAO_SOFFICE, else the first soffice/libreoffice on PATH. Undefined when absent. */
export async function findSoffice(
  env: Record<string, string | undefined> = process.env,
): Promise<string | undefined> {
  const explicit = env.JIXIAO_SOFFICE?.trim();
  if (explicit) return (await isExecutable(explicit)) ? explicit : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function libreOfficeMissing(): JixiaoError {
  return new JixiaoError(
    'UNSUPPORTED_FORMAT',
    'LibreOffice 未安装，无法生成 PDF。已可生成的 .docx 报告可直接用 Word/WPS 打开或另存为 PDF（使用 --format docx）；如需在本机生成 PDF，请安装：apt-get install -y libreoffice-writer-nogui fonts-noto-cjk',
  );
}
