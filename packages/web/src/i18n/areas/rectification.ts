import { addMessages } from '../dictionary';
import { en } from './rectification.en';
import { zh } from './rectification.zh';

/** The rectification area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
