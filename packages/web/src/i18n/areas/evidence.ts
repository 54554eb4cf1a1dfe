import { addMessages } from '../dictionary';
import { en } from './evidence.en';
import { zh } from './evidence.zh';

/** The evidence area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
