import { addMessages } from '../dictionary';
import { en } from './workbench.en';
import { zh } from './workbench.zh';

/** The workbench area's messages: imported for this effect by every module that names one of its keys. */
addMessages(zh, en);
