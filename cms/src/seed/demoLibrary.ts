import { p, richText, ul } from './lexical.ts';

/*
 * The demo organisations, and reading outside the programs (glossary, an easy-read article).
 * Written in plain Danish, marked as demo content on the site, and not medical advice.
 */

export const demoOrganisations = [
  { slug: 'odense', name: 'Odense Kommune', kind: 'municipality' as const },
  { slug: 'kolding', name: 'Kolding Kommune', kind: 'municipality' as const },
  { slug: 'svendborg', name: 'Svendborg Kommune', kind: 'municipality' as const },
  { slug: 'patientforening-diabetes-demo', name: 'Patientforening for diabetes (demo)', kind: 'association' as const },
];

export const demoGlossary = [
  {
    slug: 'hba1c',
    title: 'HbA1c',
    definition:
      'Et tal fra en blodprøve, der viser dit gennemsnitlige blodsukker over de sidste to til tre måneder. Kaldes også langtidsblodsukker.',
  },
  {
    slug: 'insulin',
    title: 'Insulin',
    definition: 'Et hormon, som kroppen laver i bugspytkirtlen. Insulin hjælper sukkeret fra blodet ind i cellerne.',
  },
];

export const demoArticle = {
  slug: 'sov-godt-med-diabetes',
  title: 'Sov godt med diabetes',
  summary: 'Fem gode råd om søvn. Skrevet i letlæst dansk.',
  easyRead: true,
  body: richText(
    p('God søvn hjælper dit blodsukker.'),
    p('Når du sover for lidt, er blodsukkeret ofte højere dagen efter.'),
    ul([
      'Gå i seng på samme tid hver dag.',
      'Sluk skærmen en time før.',
      'Drik ikke kaffe om aftenen.',
      'Gå en tur i dagslys.',
      'Tal med din læge, hvis du sover dårligt i lang tid.',
    ]),
  ),
};
