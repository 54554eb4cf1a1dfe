import { addMessages } from '../dictionary';
import { en } from './home.en';
import { zh } from './home.zh';

/** The home area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
