import { addMessages } from '../dictionary';
import { en } from './scoring.en';
import { zh } from './scoring.zh';

/** The scoring area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
