import { defineMessages } from './define';
import { en } from './en';
import { zh } from './zh';

export * from './define';

/** Messages of the domain core (locations, evaluation input, rule sets). */
export const domainMessage = defineMessages(zh, en);
export type DomainMessageKey = keyof typeof zh;
export * from './english-only';
