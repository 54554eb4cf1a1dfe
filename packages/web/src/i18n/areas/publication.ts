import { addMessages } from '../dictionary';
import { en } from './publication.en';
import { zh } from './publication.zh';

/** The publication area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
