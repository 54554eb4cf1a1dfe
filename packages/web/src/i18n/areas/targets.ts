import { addMessages } from '../dictionary';
import { en } from './targets.en';
import { zh } from './targets.zh';

/** The targets area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
