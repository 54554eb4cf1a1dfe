import { defineMessages } from '@jixiao/domain';
import { en } from './en';
import { zh } from './zh';

/** Messages of the API. */
export const serverMessage = defineMessages(zh, en);
export type ServerMessageKey = keyof typeof zh;
