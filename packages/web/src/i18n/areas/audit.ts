import { addMessages } from '../dictionary';
import { en } from './audit.en';
import { zh } from './audit.zh';

/** The audit area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
