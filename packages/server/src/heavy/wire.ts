import { type ErrorCode, type ErrorIssue, isJixiaoError, JixiaoError, type Message } from '@jixiao/domain';

/**
 * An error as it crosses from a worker thread: structured clone keeps an Error's message but not its class
 * or fields, so a JixiaoError travels as its parts and is built again on the other side.
 */
export type WireError =
  | { kind: 'jixiao'; code: ErrorCode; message: Message; issues: ErrorIssue[] }
  | { kind: 'other'; message: string; stack?: string };

export function toWire(error: unknown): WireError {
  if (isJixiaoError(error))
    return { kind: 'jixiao', code: error.code, message: error.toMessage(), issues: error.issues };
  if (error instanceof Error) return { kind: 'other', message: error.message, ...stackOf(error) };
  return { kind: 'other', message: String(error) };
}

const stackOf = (error: Error) => (error.stack ? { stack: error.stack } : {});

export function fromWire(error: WireError): Error {
  if (error.kind === 'jixiao') return new JixiaoError(error.code, error.message, error.issues);
  const revived = new Error(error.message);
  if (error.stack) revived.stack = error.stack;
  return revived;
}
