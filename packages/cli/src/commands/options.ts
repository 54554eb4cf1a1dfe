import { Option } from 'commander';
import type { CliContext } from '../context';

/** Options several commands share, so they read the same everywhere. */
export function rulesOption({ t }: CliContext): Option {
  return new Option('-r, --rules <name|file>', t('option.rules'));
}

export function jsonOption({ t }: CliContext): Option {
  return new Option('--json', t('option.json'));
}

/** Pretty JSON with a final newline. Decimals are already strings. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
