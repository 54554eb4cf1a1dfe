import { addMessages } from '../dictionary';
import { en } from './review.en';
import { zh } from './review.zh';

/** The review area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
