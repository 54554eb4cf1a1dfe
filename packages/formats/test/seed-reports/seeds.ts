import { join } from 'node:path';

/**
 * The five seed reports written for the tests (see README.md beside this file), by the name the tests use.
 * Every test that needs a real-looking report reads these, so a clone passes with nothing beside it.
 */
export const SEED_REPORTS = {
  s000: '000-unit-wide-2021.txt',
  s001: '001-project-2024.txt',
  s002: '002-unit-wide-2021.txt',
  s003: '003-unit-wide-2022.txt',
  s004: '004-unit-wide-2022.txt',
} as const;

export type SeedReport = keyof typeof SEED_REPORTS;

export const SEED_REPORTS_DIR = import.meta.dirname;

export function seedReportPath(seed: SeedReport): string {
  return join(SEED_REPORTS_DIR, SEED_REPORTS[seed]);
}
