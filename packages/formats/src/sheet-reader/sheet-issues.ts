import type { ErrorIssue, IssueLocation, Localized, Message } from '@jixiao/domain';
import { type CellRef, columnLetter, type Grid } from './grid';

/**
 * Collects every problem of a sheet before giving up, so one import attempt shows the person all
 * the cells to fix (file, sheet, 1-based row, column letter, what is wrong), not just the first.
 */
export class SheetIssues {
  readonly list: ErrorIssue[] = [];
  constructor(private readonly grid: Grid) {}

  /** A problem at a cell: the label and the message exist in both languages. */
  at(ref: CellRef | undefined, label: Localized, message: Message, path = ''): void {
    this.list.push({ message, location: this.location(ref, label, path) });
  }

  location(ref: CellRef | undefined, label: Localized | undefined, path = ''): IssueLocation {
    return {
      path,
      ...(label ? { label } : {}),
      file: this.grid.file,
      ...(this.grid.sheet ? { sheet: this.grid.sheet } : {}),
      ...(ref ? { row: ref.row + 1, column: columnLetter(ref.col) } : {}),
    };
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}
