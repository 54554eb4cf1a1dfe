import { addMessages } from '../dictionary';
import { en } from './results.en';
import { zh } from './results.zh';

/** The results area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
