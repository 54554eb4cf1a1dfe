import { defineMessages } from '@jixiao/domain';
import { en } from './en';
import { zh } from './zh';

/** Messages of the file readers and writers. */
export const formatsMessage = defineMessages(zh, en);
export type FormatsMessageKey = keyof typeof zh;
