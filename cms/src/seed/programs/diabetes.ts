import { block, h2, image, p, richText, ul, video } from '../lexical.ts';
import type { SeedNarration, SeedProgram } from '../types.ts';

/*
 * Demo content for "Lev livet med type 2-diabetes". Written for citizens in plain Danish, marked as
 * demo content on the site, and not medical advice. Written by Odense and shared with every
 * municipality.
 */

const bevaegelseVideo: SeedNarration = {
  mediaKey: 'video-diabetes',
  captionsKey: 'captions-diabetes-da',
  title: 'Bevægelse og blodsukker',
  cues: [
    'Når du bevæger dig, bruger dine muskler sukker fra blodet.',
    'Derfor kan en gåtur på 10 minutter efter aftensmaden sænke dit blodsukker.',
    'Al bevægelse tæller, også havearbejde og at tage trappen.',
    'Start i det små, og byg langsomt op, så du kan holde fast i det.',
    'Spørg dit sundhedscenter, om der er et hold, du kan være med på.',
  ],
};

export const diabetesProgram: SeedProgram = {
  owner: 'odense',
  visibility: 'national',
  program: {
    slug: 'lev-livet-med-type-2-diabetes',
    title: 'Lev livet med type 2-diabetes',
    summary:
      'Et forløb for dig, der har type 2-diabetes. Du lærer om sygdommen, om mad og bevægelse, og om hvordan du passer godt på dig selv i hverdagen.',
    audience: 'citizens',
  },
  modules: [
    {
      slug: 'forstaa-din-diabetes',
      title: 'Forstå din diabetes',
      summary: 'Hvad sker der i kroppen, og hvordan holder du øje med dit blodsukker?',
      lessons: [
        {
          slug: 'hvad-er-type-2-diabetes',
          title: 'Hvad er type 2-diabetes?',
          summary: 'Kort fortalt om sygdommen, og hvorfor det er godt at kende den.',
          body: richText(
            p(
              'Når du spiser, bliver en del af maden til sukker i blodet. Kroppen bruger hormonet insulin til at få sukkeret ind i cellerne, hvor det giver energi.',
            ),
            p(
              'Har du type 2-diabetes, virker insulinen ikke så godt, som den skal. Derfor bliver der for meget sukker i blodet. Det kaldes et **forhøjet blodsukker**.',
            ),
            h2('Hvorfor er det vigtigt?'),
            p(
              'Et højt blodsukker i mange år kan skade øjne, nyrer, nerver, hjerte og blodkar. Den gode nyhed er, at du selv kan gøre meget for at holde sygdommen i ro.',
            ),
            ul([
              'Mad og drikke, der passer til dig',
              'Bevægelse, som du har lyst til',
              'Medicin, hvis lægen ordinerer det',
              'Kontrol hos lægen, så I opdager ændringer i tide',
            ]),
            p(
              'Du er ikke alene. Omkring 300.000 danskere lever med type 2-diabetes, og mange lever et godt og aktivt liv med sygdommen.',
            ),
            block('reflection', 'refleksion-hvad-ved-du', {
              prompt: 'Hvad ved du allerede om din diabetes, og hvad vil du gerne vide mere om?',
              hint: 'Skriv gerne et par stikord. Du kan tage dem med til din næste samtale i sundhedscentret.',
            }),
          ),
        },
        {
          slug: 'maal-dit-blodsukker',
          title: 'Mål dit blodsukker',
          summary: 'Sådan måler du, og hvad tallene kan fortælle dig.',
          body: richText(
            p(
              'Nogle med type 2-diabetes måler selv deres blodsukker. Din læge eller sygeplejerske fortæller dig, om du skal måle, og hvor tit.',
            ),
            h2('Sådan gør du'),
            ul([
              'Vask og tør dine hænder.',
              'Stik i siden af en fingerspids med prikkeren.',
              'Hold teststrimlen ind til bloddråben, og vent på tallet.',
              'Skriv tallet ned sammen med tidspunktet og hvad du har spist.',
            ]),
            image(
              'diabetes-billede-maaler',
              'diabetes-maaler',
              'Måleren viser dit blodsukker lige nu. Her viser den 6,4 mmol/l.',
            ),
            p(
              'En blodsukkermåling viser, hvordan det står til lige nu. Tallet **HbA1c** viser derimod dit gennemsnitlige blodsukker over de sidste to til tre måneder. Det måler lægen med en blodprøve.',
            ),
            h2('Når tallet er for højt eller for lavt'),
            p(
              'Føler du dig meget tørstig, træt eller svimmel, så mål dit blodsukker, hvis du har udstyr til det. Kontakt din læge, hvis dine målinger igen og igen ligger uden for de grænser, I har aftalt.',
            ),
            block('callout', 'kontakt-laege-maalinger', {
              tone: 'contact-doctor',
              title: 'Kontakt din læge',
              text: 'Kontakt din læge, hvis du har et meget højt blodsukker og samtidig kaster op, har svært ved at trække vejret eller bliver forvirret.',
            }),
            block('quiz', 'quiz-hba1c', {
              question: 'Hvad viser tallet HbA1c?',
              multiple: false,
              options: [
                {
                  text: 'Dit blodsukker lige nu',
                  correct: false,
                  feedback: 'Nej. Det viser en måling med fingerprik.',
                },
                {
                  text: 'Dit gennemsnitlige blodsukker over de sidste to til tre måneder',
                  correct: true,
                  feedback: 'Ja. Derfor måler lægen det med en blodprøve et par gange om året.',
                },
                {
                  text: 'Hvor meget insulin du har brug for',
                  correct: false,
                  feedback: 'Nej. Det vurderer lægen ud fra flere ting.',
                },
              ],
            }),
          ),
        },
      ],
    },
    {
      slug: 'mad-og-bevaegelse',
      title: 'Mad og bevægelse i hverdagen',
      summary: 'Små ændringer i det, du spiser og gør, kan gøre en stor forskel.',
      lessons: [
        {
          slug: 'mad-der-holder-blodsukkeret-stabilt',
          title: 'Mad der holder blodsukkeret stabilt',
          summary: 'Gode råd om måltider, fibre og søde sager.',
          body: richText(
            p(
              'Der findes ikke en særlig diabeteskost. Det er den samme sunde mad, som er god for alle. Det vigtigste er, at du finder en måde at spise på, som du kan holde fast i.',
            ),
            h2('Tallerkenmodellen'),
            p(
              'Fyld halvdelen af tallerkenen med grøntsager. Fyld en fjerdedel med kartofler, fuldkornsris eller fuldkornspasta, og den sidste fjerdedel med fisk, kød, æg eller bønner.',
            ),
            image(
              'diabetes-billede-tallerken',
              'tallerkenmodellen',
              'Tallerkenmodellen: halvdelen grøntsager, en fjerdedel kartofler og en fjerdedel fisk.',
            ),
            ul([
              'Spis tre hovedmåltider og et par små mellemmåltider.',
              'Vælg fuldkorn: det giver fibre, som får blodsukkeret til at stige langsommere.',
              'Drik vand, når du er tørstig.',
              'Gem kage og sodavand til særlige dage.',
            ]),
            p(
              'En diætist kan hjælpe dig med en plan, der passer til dine vaner og din økonomi. Spørg i dit sundhedscenter.',
            ),
            block('quiz', 'quiz-tallerken', {
              question: 'Hvor stor en del af tallerkenen bør være grøntsager?',
              multiple: false,
              options: [
                { text: 'En fjerdedel', correct: false, feedback: 'Prøv igen: grøntsagerne skal fylde mest.' },
                {
                  text: 'Halvdelen',
                  correct: true,
                  feedback: 'Rigtigt. Grøntsager mætter og får blodsukkeret til at stige langsomt.',
                },
                {
                  text: 'Det er lige meget',
                  correct: false,
                  feedback: 'Det betyder faktisk noget, hvad tallerkenen er fyldt med.',
                },
              ],
            }),
          ),
        },
        {
          slug: 'kom-i-gang-med-bevaegelse',
          title: 'Kom i gang med bevægelse',
          summary: 'Bevægelse sænker blodsukkeret. Start i det små.',
          body: richText(
            p(
              'Når du bevæger dig, bruger musklerne sukker fra blodet. Derfor kan en gåtur efter aftensmaden sænke dit blodsukker.',
            ),
            video('diabetes-video-bevaegelse', bevaegelseVideo),
            p(
              'Sundhedsstyrelsen anbefaler, at voksne er fysisk aktive mindst 30 minutter om dagen. Du må gerne dele tiden op i små bidder på 10 minutter.',
            ),
            h2('Idéer til at komme i gang'),
            ul([
              'Gå en tur med naboen eller hunden.',
              'Tag trappen i stedet for elevatoren.',
              'Cykel til købmanden.',
              'Prøv holdtræning i dit sundhedscenter sammen med andre.',
            ]),
            p(
              'Har du ondt i brystet, eller bliver du meget forpustet, så stop og kontakt din læge, før du fortsætter.',
            ),
            block('checklist', 'maal-bevaegelse', {
              kind: 'goal',
              title: 'Mit mål for bevægelse i denne uge',
              items: [
                { text: 'Gå en tur på 10 minutter efter aftensmaden tre dage' },
                { text: 'Tage trappen, når jeg kan' },
              ],
            }),
          ),
        },
      ],
    },
    {
      slug: 'pas-godt-paa-dig-selv',
      title: 'Pas godt på dig selv',
      summary: 'Fødder, humør og motivation: det, der hjælper dig med at holde fast.',
      lessons: [
        {
          slug: 'foedderne-og-diabetes',
          title: 'Fødderne og diabetes',
          summary: 'Hvorfor fødderne har brug for ekstra omsorg.',
          body: richText(
            p(
              'Diabetes kan nedsætte følesansen i fødderne. Så mærker du måske ikke et lille sår eller en vabel, og det kan blive til en infektion.',
            ),
            h2('Se på dine fødder hver dag'),
            ul([
              'Kig efter sår, rifter, vabler og rødme. Brug et spejl, hvis det er svært at se under foden.',
              'Vask fødderne i lunkent vand, og tør godt mellem tæerne.',
              'Brug sko, der passer, og strømper uden stramme elastikker.',
            ]),
            p(
              'Du kan have ret til tilskud til behandling hos en **fodterapeut**. Spørg din læge, om en fodterapeut skal se dine fødder.',
            ),
            block('checklist', 'tjekliste-foedder', {
              kind: 'checklist',
              title: 'Dit daglige fodtjek',
              items: [
                { text: 'Kig under og mellem tæerne' },
                { text: 'Mærk efter varme eller hævelse' },
                { text: 'Tjek skoene for sten og syninger' },
              ],
            }),
            block('quiz', 'diabetes-quiz-foedder', {
              question: 'Hvad hører med til at passe godt på dine fødder? Vælg alle de rigtige svar.',
              multiple: true,
              options: [
                {
                  text: 'Se efter sår, vabler og rødme hver dag',
                  correct: true,
                  feedback: 'Rigtigt. Så opdager du et lille sår, før det bliver til en infektion.',
                },
                {
                  text: 'Tørre godt mellem tæerne, når du har vasket fødderne',
                  correct: true,
                  feedback: 'Rigtigt. Fugt mellem tæerne kan give rifter i huden.',
                },
                {
                  text: 'Kigge efter sten i skoene, før du tager dem på',
                  correct: true,
                  feedback: 'Rigtigt. En lille sten kan give et sår, som du måske ikke mærker.',
                },
                {
                  text: 'Vente med at se på fødderne, til de gør ondt',
                  correct: false,
                  feedback:
                    'Nej. Når følesansen er nedsat, mærker du måske ikke smerten. Derfor skal du se på fødderne hver dag.',
                },
              ],
            }),
            block('callout', 'advarsel-saar', {
              tone: 'warning',
              title: '',
              text: 'Et sår på foden, der ikke er i bedring efter to dage, skal ses af en læge.',
            }),
          ),
        },
        {
          slug: 'naar-motivationen-svinger',
          title: 'Når motivationen svinger',
          summary: 'Det er helt normalt at have dage, hvor det er svært.',
          body: richText(
            p(
              'Lyst og overskud går op og ned. Det gælder for alle. Det vigtige er ikke at være perfekt, men at komme tilbage på sporet.',
            ),
            h2('Tre ting, der kan hjælpe'),
            ul([
              'Sæt dig et lille mål for den næste uge, fx to gåture.',
              'Fortæl en, du stoler på, hvad du vil gøre.',
              'Læs en lektion igen, når du får lyst. Den ligger her, når du har brug for den.',
            ]),
            p('Har du det svært i længere tid, så tal med din læge eller med en sygeplejerske i dit sundhedscenter.'),
            block('reflection', 'refleksion-motivation', {
              prompt: 'Hvad har hjulpet dig tidligere, når det har været svært at holde fast?',
            }),
            block('contact', 'kontakt-sundhedscenter', {
              name: 'Dit sundhedscenter',
              role: 'Sygeplejerske eller diætist',
              hours: 'Ring til kommunens sundhedscenter på hverdage. Nummeret står på kommunens side.',
            }),
          ),
        },
      ],
    },
  ],
  narrations: [bevaegelseVideo],
};
