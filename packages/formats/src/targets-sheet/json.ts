import { parseDeclaration, type TargetDeclaration } from '@jixiao/domain';
import { parseJsonText } from '../evaluation-json/json-text';

/** Reads a declaration saved as JSON (format jixiao.targets); every problem located and in Chinese. */
export function readDeclarationJson(text: string, fileName: string): TargetDeclaration {
  return parseDeclaration(parseJsonText(text, fileName), { file: fileName });
}

/** Writes a declaration as JSON in the model's key order (validated, 2-space indent, final newline). */
export function writeDeclarationJson(declaration: TargetDeclaration): string {
  return `${JSON.stringify(parseDeclaration(declaration), null, 2)}\n`;
}

/** Whether parsed JSON says it is a declaration (`"format": "jixiao.targets"`). */
export function isDeclarationJson(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && 'format' in value && value.format === 'jixiao.targets'
  );
}
