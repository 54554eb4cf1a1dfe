import { addMessages } from '../dictionary';
import { en } from './admin.en';
import { zh } from './admin.zh';

/** The admin area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
