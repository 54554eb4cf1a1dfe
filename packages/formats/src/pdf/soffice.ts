import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { JixiaoError } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';

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
  return new JixiaoError('UNSUPPORTED_FORMAT', m('pdf.noLibreOffice'));
}
