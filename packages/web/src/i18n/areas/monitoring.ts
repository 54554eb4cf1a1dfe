import { addMessages } from '../dictionary';
import { en } from './monitoring.en';
import { zh } from './monitoring.zh';

/** The monitoring area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
