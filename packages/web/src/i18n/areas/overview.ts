import { addMessages } from '../dictionary';
import { en } from './overview.en';
import { zh } from './overview.zh';

/** The overview area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
