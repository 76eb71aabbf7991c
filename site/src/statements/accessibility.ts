import type { Locale } from '../i18n/locales.ts';

/*
 * The accessibility statement (tilgængelighedserklæring) that Danish public bodies must publish.
 * Written for this open-source installation; a municipality running the platform publishes its own
 * through the Danish Agency for Digital Government's WAS-Tool and links it here instead.
 */

type Section = { heading: string; paragraphs: string[]; items?: string[] };
export type Statement = { intro: string; updated: string; sections: Section[] };

export const accessibilityStatement: Record<Locale, Statement> = {
  da: {
    intro:
      'Sundhedscenter skal kunne bruges af alle, også med skærmlæser, forstørrelse, tastatur alene eller på en lille mobil. Vi følger standarden WCAG 2.1 niveau AA, som loven om tilgængelighed af offentlige organers websteder kræver.',
    updated: 'Erklæringen er senest gennemgået 23. november 2026.',
    sections: [
      {
        heading: 'Sådan tester vi',
        paragraphs: ['Hver ændring af sitet testes automatisk, før den bliver lagt ud:'],
        items: [
          'Alle sidetyper på dansk og engelsk testes med axe-core for overtrædelser af WCAG 2.1 A og AA.',
          'Vi gennemfører en lektion, besvarer quizzer og søger med tastaturet alene.',
          'Siderne testes i 320 pixels bredde og med 200 % zoom.',
          'Videoer har undertekster, der er slået til fra start, og en udskrift. Lyd har en udskrift. Alle billeder har en tekstbeskrivelse.',
        ],
      },
      {
        heading: 'Kendte begrænsninger',
        paragraphs: [
          'Demoindholdets videoer er et stillbillede med en syntetisk stemme. Underteksterne er tidsat automatisk ud fra lyden.',
          'Automatiske test finder ikke alle problemer. Skærmlæsere er endnu ikke testet af brugere med handicap; det gør hver kommune, før de tager platformen i brug.',
        ],
      },
      {
        heading: 'Giv os besked',
        paragraphs: [
          'Hvis du møder noget, du ikke kan bruge, så skriv til din kommunes sundhedscenter eller opret en sag i projektets offentlige fejlliste. Vi svarer inden for 10 arbejdsdage.',
          'Får du ikke et tilfredsstillende svar, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med tilgængelighed.',
        ],
      },
    ],
  },
  en: {
    intro:
      'Sundhedscenter must work for everyone, also with a screen reader, magnification, the keyboard alone or on a small phone. We follow WCAG 2.1 level AA, as the Danish act on the accessibility of public sector websites requires.',
    updated: 'This statement was last reviewed on 23 November 2026.',
    sections: [
      {
        heading: 'How we test',
        paragraphs: ['Every change to the site is tested automatically before it is published:'],
        items: [
          'Every page type, in Danish and English, is checked with axe-core for WCAG 2.1 A and AA violations.',
          'We complete a lesson, answer quizzes and search with the keyboard alone.',
          'Pages are tested at 320 pixels wide and at 200% zoom.',
          'Videos have captions, on by default, and a transcript. Audio has a transcript. Every picture has a text description.',
        ],
      },
      {
        heading: 'Known limitations',
        paragraphs: [
          'The demo content’s videos are a still picture with a synthetic voice. Their captions were timed automatically from the audio.',
          'Automated tests do not find every problem. Screen readers have not yet been tested by disabled users; each municipality does that before it starts using the platform.',
        ],
      },
      {
        heading: 'Tell us',
        paragraphs: [
          'If you meet something you cannot use, write to your municipality’s health centre or open an issue in the project’s public issue list. We answer within 10 working days.',
          'If you are not satisfied with the answer, you can complain to the Danish Agency for Digital Government, which supervises accessibility.',
        ],
      },
    ],
  },
};
