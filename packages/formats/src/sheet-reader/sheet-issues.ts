import {
  type ErrorIssue,
  type IssueLocation,
  type Localized,
  localizedMessage,
  type Message,
} from '@jixiao/domain';
import { type CellRef, columnLetter, type Grid } from './grid';

/**
 * Collects every problem of a sheet before giving up, so one import attempt shows the person all
 * the cells to fix (file, sheet, 1-based row, column letter, what is wrong), not just the first.
 */
export class SheetIssues {
  readonly list: ErrorIssue[] = [];
  constructor(private readonly grid: Grid) {}

  /**
   * Plain strings (labels and reasons still written in Chinese by the block readers) are a short-lived
   * compatibility path: they show as written in both languages until those readers use message keys.
   */
  at(ref: CellRef | undefined, label: string | Localized, message: string | Message, path = ''): void {
    const text = typeof message === 'string' ? localizedMessage({ zh: message, en: message }) : message;
    this.list.push({ message: text, location: this.location(ref, label, path) });
  }

  location(ref: CellRef | undefined, label: string | Localized, path = ''): IssueLocation {
    return {
      path,
      label: typeof label === 'string' ? { zh: label, en: label } : label,
      file: this.grid.file,
      ...(this.grid.sheet ? { sheet: this.grid.sheet } : {}),
      ...(ref ? { row: ref.row + 1, column: columnLetter(ref.col) } : {}),
    };
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}
