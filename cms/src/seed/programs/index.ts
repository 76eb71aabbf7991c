import { copdProgram } from './copd.ts';
import { diabetesEnglish } from './diabetes.en.ts';
import { diabetesProgram } from './diabetes.ts';
import { digitalCompetenceProgram } from './digitalCompetence.ts';
import { heartProgram } from './heart.ts';
import { lifestyleProgram } from './lifestyle.ts';

/** The five demo programs, in the order the site lists them. */
export const demoPrograms = [diabetesProgram, heartProgram, copdProgram, lifestyleProgram, digitalCompetenceProgram];

/** Programs with an English translation, by Danish program slug. */
export const demoTranslations = { [diabetesProgram.program.slug]: diabetesEnglish };
