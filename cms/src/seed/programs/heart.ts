import { block, h2, image, p, richText, ul, video } from '../lexical.ts';
import type { SeedNarration, SeedProgram } from '../types.ts';

/*
 * Demo content for "Lev livet med hjertesygdom". Written for citizens in plain Danish, marked as
 * demo content on the site, and not medical advice.
 */

const bevaegelseVideo: SeedNarration = {
  mediaKey: 'video-hjerte',
  captionsKey: 'captions-hjerte-da',
  title: 'Bevægelse efter en blodprop i hjertet',
  cues: [
    'Bevægelse er godt for hjertet, også efter en blodprop.',
    'Start roligt, og øg lidt efter lidt, som du har aftalt med fysioterapeuten.',
    'Du må gerne blive lidt forpustet, men du skal stadig kunne tale.',
    'Får du smerter i brystet, så stop og hvil dig.',
    'Går smerterne ikke over, så ring 112.',
  ],
};

export const heartProgram: SeedProgram = {
  owner: 'kolding',
  visibility: 'national',
  program: {
    slug: 'lev-livet-med-hjertesygdom',
    title: 'Lev livet med hjertesygdom',
    summary:
      'Et forløb for dig, der har forsnævrede blodårer i hjertet, har haft en blodprop i hjertet eller har let hjertesvigt. Du lærer om hjertet, medicin og tegn, du skal kende, om bevægelse og mad, og om at leve et godt liv videre.',
    audience: 'citizens',
  },
  modules: [
    {
      slug: 'forstaa-dit-hjerte',
      title: 'Forstå dit hjerte',
      summary: 'Hvad er der sket med hjertet, hvad gør medicinen, og hvilke tegn skal du kende?',
      lessons: [
        {
          slug: 'saadan-arbejder-dit-hjerte',
          title: 'Sådan arbejder dit hjerte',
          summary: 'Om hjertet, blodprop i hjertet og hjertesvigt, kort fortalt.',
          body: richText(
            p(
              'Hjertet er en muskel, der er omtrent lige så stor som en knyttet hånd. Det pumper blod rundt i kroppen, så alle dine organer får ilt og næring. Hjertet har også selv brug for ilt. Det får det gennem **kranspulsårerne**, som ligger uden på hjertet.',
            ),
            h2('Når blodårerne bliver snævre'),
            p(
              'Med årene kan der sætte sig fedt og kalk i væggen af kranspulsårerne. Så bliver de snævre, og hjertet får mindre blod. Det kaldes **iskæmisk hjertesygdom**. Det kan give smerter eller trykken i brystet, når du anstrenger dig. Det kaldes også **hjertekrampe**.',
            ),
            p(
              'Hvis en snæver blodåre pludselig lukker helt til, får en del af hjertemusklen ikke ilt. Det er en **blodprop i hjertet**. Lægerne kan ofte åbne åren igen med en ballon og et lille rør, en stent. Nogle får i stedet en bypassoperation.',
            ),
            h2('Hjertesvigt'),
            p(
              'Ved **hjertesvigt** pumper hjertet ikke så kraftigt, som det skal. Det kan fx komme efter en blodprop. Du kan blive hurtigere træt og forpustet, og du kan samle væske i kroppen, så anklerne hæver. Mange med let hjertesvigt lever et godt liv med den rette medicin og træning.',
            ),
            p(
              'Du kan selv gøre meget. Medicin, bevægelse, sund mad og et liv uden røg kan mindske risikoen for en ny blodprop og gøre hverdagen lettere. Det handler resten af forløbet om.',
            ),
            image(
              'hjerte-billede-puls',
              'hjerte-puls',
              'Hjertet arbejder hele livet. Du kan selv gøre meget for at passe på det.',
            ),
            block('reflection', 'hjerte-refleksion-viden', {
              prompt: 'Hvad vil du gerne forstå bedre om dit hjerte og din sygdom?',
              hint: 'Skriv dine spørgsmål ned, og tag dem med til din næste samtale hos lægen eller i sundhedscentret.',
            }),
          ),
        },
        {
          slug: 'din-hjertemedicin',
          title: 'Din hjertemedicin',
          summary: 'Hvad de forskellige slags medicin gør, og gode vaner, når du tager dem.',
          body: richText(
            p(
              'De fleste med hjertesygdom får medicin. Medicinen beskytter hjertet og mindsker risikoen for en ny blodprop. Den virker, også når du ikke mærker noget. Derfor er det vigtigt at tage den hver dag.',
            ),
            h2('Typer af hjertemedicin'),
            ul([
              'Blodfortyndende medicin gør det sværere for blodet at danne blodpropper.',
              'Kolesterolsænkende medicin bremser, at der sætter sig mere fedt i blodårerne.',
              'Blodtrykssænkende medicin aflaster hjertet. Nogle typer beskytter også et svagt hjerte.',
              'Vanddrivende medicin fjerner væske, som kroppen har samlet, hvis du har hjertesvigt.',
              'Nitroglycerin er en spray eller en tablet under tungen. Den kan lindre smerter i brystet ved hjertekrampe.',
            ]),
            h2('Gode vaner med medicin'),
            ul([
              'Tag medicinen på samme tid hver dag, fx sammen med morgenmaden.',
              'Brug en doseringsæske eller en påmindelse på telefonen.',
              'Hav din medicinliste med, når du skal til lægen eller på hospitalet.',
              'Spørg på apoteket, før du køber medicin uden recept. Nogle smertestillende midler er ikke gode for hjertet.',
            ]),
            p(
              'Nogle får bivirkninger i starten, fx træthed eller svimmelhed. Ofte går det over. **Stop aldrig selv med din hjertemedicin.** Tal med din læge i stedet. Der findes tit en anden løsning.',
            ),
            block('quiz', 'hjerte-quiz-medicin', {
              question: 'Du synes, at din nye hjertemedicin gør dig træt. Hvad er det bedste at gøre?',
              multiple: false,
              options: [
                {
                  text: 'Holde pause med medicinen, til du får det bedre',
                  correct: false,
                  feedback: 'Nej. Noget hjertemedicin kan være farligt at stoppe brat med. Tal med lægen først.',
                },
                {
                  text: 'Tale med din læge om det',
                  correct: true,
                  feedback: 'Ja. Lægen kan måske ændre dosis eller skifte til en anden medicin.',
                },
                {
                  text: 'Tage den halve dosis',
                  correct: false,
                  feedback: 'Nej. Ændr ikke selv dosis. Lægen kan hjælpe dig med at finde en løsning, der passer.',
                },
              ],
            }),
          ),
        },
        {
          slug: 'tegn-paa-hjertet-du-skal-kende',
          title: 'Tegn du skal kende',
          summary: 'Hvad du gør ved smerter i brystet og ved tegn på hjertesvigt. Skrevet i letlæst dansk.',
          easyRead: true,
          body: richText(
            p('Nogle tegn betyder, at du skal have hjælp. Det er godt at kende dem. Så ved du, hvad du skal gøre.'),
            h2('Smerter i brystet'),
            p(
              'Du kan få ondt i brystet. Det kan føles som et tryk. Det kan også gøre ondt i armen, i halsen, i kæben eller i ryggen. Nogle bliver også kolde og svedige. Sådan gør du:',
            ),
            ul([
              'Stop det, du er i gang med.',
              'Sæt dig ned og hvil.',
              'Tag din nitroglycerin, hvis du har fået den af lægen. Gør, som lægen har sagt.',
            ]),
            block('callout', 'hjerte-advarsel-112', {
              tone: 'warning',
              title: 'Ring 112',
              text: 'Ring 112 med det samme, hvis smerterne i brystet ikke går over, når du hviler. Ring også 112, hvis de ikke går over med din nitroglycerin. Vent ikke.',
            }),
            h2('Tegn på hjertesvigt'),
            p(
              'Har du hjertesvigt? Så vej dig hver morgen. Gør det, før du spiser. Skriv vægten ned. Hold øje med de her tegn:',
            ),
            ul([
              'Du tager meget på på få dage.',
              'Dine ben eller ankler hæver.',
              'Du bliver mere forpustet end før.',
              'Du skal have flere puder for at kunne sove.',
            ]),
            block('callout', 'hjerte-kontakt-laege-vaegt', {
              tone: 'contact-doctor',
              title: 'Kontakt din læge',
              text: 'Kontakt din læge, hvis du tager mere end 2 kilo på i løbet af 3 dage. Har lægen givet dig en anden grænse, så følg den. Kontakt også lægen, hvis du bliver mere forpustet eller får hævede ben.',
            }),
          ),
        },
      ],
    },
    {
      slug: 'hjertevenlige-vaner',
      title: 'Hjertevenlige vaner',
      summary: 'Bevægelse, mad og et liv uden røg: det, du selv kan gøre for dit hjerte.',
      lessons: [
        {
          slug: 'bevaegelse-og-hjerterehabilitering',
          title: 'Bevægelse og hjerterehabilitering',
          summary: 'Hvorfor træning er godt for hjertet, og hvor hårdt du må træne.',
          body: richText(
            p(
              'Bevægelse er noget af det bedste, du kan gøre for dit hjerte. Det styrker hjertet og musklerne, sænker blodtrykket og giver mere overskud. Det gælder også, når du har haft en blodprop eller har let hjertesvigt.',
            ),
            h2('Hjerterehabilitering'),
            p(
              'Efter en blodprop i hjertet eller ved hjertesvigt får du som regel tilbudt **hjerterehabilitering**. Det foregår på hospitalet eller i kommunens sundhedscenter. Du træner på hold med andre i samme situation sammen med en fysioterapeut. Du får også viden om medicin, mad og om, hvordan du har det.',
            ),
            p(
              'Sig ja tak, hvis du får tilbuddet. Træningen er tilpasset dig, og du lærer, hvor meget du kan klare. Mange bliver mere trygge ved at bevæge sig bagefter.',
            ),
            h2('Hvor hårdt må du træne?'),
            p(
              'Brug **snaktesten**: Du må gerne blive lidt forpustet og varm, men du skal stadig kunne tale i hele sætninger. Start roligt, og øg lidt efter lidt. Stop og hvil dig, hvis du får smerter i brystet, bliver svimmel eller bliver meget forpustet.',
            ),
            p(
              'Når forløbet er slut, er det vigtigt at blive ved. Sundhedsstyrelsen anbefaler, at voksne er fysisk aktive mindst en halv time om dagen. Find noget, du har lyst til, fx gåture, cykling eller et motionshold.',
            ),
            image(
              'hjerte-billede-gaatur',
              'hjerte-gaatur',
              'Gå en tur sammen med en anden. Så er det lettere at holde fast.',
            ),
            video('hjerte-video-bevaegelse', bevaegelseVideo),
            block('checklist', 'hjerte-maal-bevaegelse', {
              kind: 'goal',
              title: 'Mit mål for bevægelse de næste to uger',
              items: [
                { text: 'Gå en tur på 15 minutter fire dage om ugen' },
                { text: 'Sige ja tak til hjerterehabilitering eller træning i sundhedscentret' },
                { text: 'Skrive ned, hvordan jeg har det efter hver tur' },
              ],
            }),
          ),
        },
        {
          slug: 'hjertevenlig-mad',
          title: 'Hjertevenlig mad',
          summary: 'Mindre salt og det rigtige fedt: små skift, der gør en forskel.',
          body: richText(
            p(
              'Det, du spiser, kan hjælpe med at holde blodtryk og kolesterol nede. Du behøver ikke lave alt om på én gang. Små skift, som du kan holde fast i, gør en forskel. En diætist i sundhedscentret kan hjælpe dig med at finde ud af, hvad der passer til dig og din hverdag.',
            ),
            h2('Mindre salt'),
            p(
              'Salt kan få blodtrykket til at stige. Det meste salt kommer fra brød, pålæg, ost, færdigretter og færdige saucer. Kun en lille del kommer fra saltbøssen.',
            ),
            ul([
              'Smag til med krydderier, krydderurter, citron eller peber i stedet for salt.',
              'Kig efter Nøglehulsmærket. Så er der mindre salt, fedt og sukker i varen.',
              'Spar på salt pålæg som spegepølse, salami og bacon.',
            ]),
            p(
              'Har du hjertesvigt, har du måske fået særlige råd om salt og om, hvor meget du må drikke. Følg de råd, du har fået af lægen eller sygeplejersken.',
            ),
            h2('Det rigtige fedt'),
            p(
              'Fedt fra planter og fisk er godt for hjertet. Fedt fra fede kødvarer, smør og fløde kan få kolesterolet til at stige.',
            ),
            ul([
              'Brug olie eller plantemargarine i stedet for smør.',
              'Spis fisk flere gange om ugen, fx laks, makrel eller sild.',
              'Vælg magert kød og magre mælkeprodukter.',
              'Spis masser af grøntsager, frugt og fuldkorn.',
            ]),
            block('quiz', 'hjerte-quiz-mad', {
              question: 'Hvilke skift er gode for hjertet? Vælg alle, der passer.',
              multiple: true,
              options: [
                {
                  text: 'Olie i stedet for smør på panden',
                  correct: true,
                  feedback: 'Ja. Olie har mere af det fedt, der er godt for hjertet.',
                },
                {
                  text: 'Krydderurter og citron i stedet for salt',
                  correct: true,
                  feedback: 'Ja. Så får maden smag uden ekstra salt.',
                },
                {
                  text: 'Fisk til aftensmad et par gange om ugen',
                  correct: true,
                  feedback: 'Ja. Fisk giver fedt, der er godt for hjertet.',
                },
                {
                  text: 'Spegepølse i stedet for magert pålæg',
                  correct: false,
                  feedback: 'Nej. Spegepølse indeholder meget salt og meget af det fedt, der kan øge kolesterolet.',
                },
              ],
            }),
          ),
        },
        {
          slug: 'roegfri-for-hjertets-skyld',
          title: 'Røgfri for hjertets skyld',
          summary: 'Hvorfor rygestop betyder så meget, og hvor du kan få hjælp.',
          body: richText(
            p(
              'Rygning skader blodårerne og gør, at blodet lettere danner blodpropper. Når du stopper med at ryge, mindsker du risikoen for en ny blodprop i hjertet. Det er en af de vigtigste ting, du selv kan gøre.',
            ),
            p(
              'Det er aldrig for sent at stoppe. Kroppen begynder at få gavn af det allerede efter kort tid. Det er også godt for hjertet at undgå andres røg.',
            ),
            h2('Få hjælp til rygestop'),
            p(
              'Det er svært at stoppe alene. Med støtte er chancen større for, at det lykkes. Kommunen tilbyder gratis rygestopforløb, hvor du får råd og støtte, enten alene eller på hold.',
            ),
            ul([
              'Vælg en stopdato, og fortæl den til dine nærmeste.',
              'Tal med din læge eller på apoteket om nikotinplaster, tyggegummi eller anden hjælp.',
              'Læg mærke til, hvornår du plejer at ryge, og find på noget andet at gøre der.',
              'Fjern cigaretter, askebægre og lightere derhjemme.',
            ]),
            p(
              'Et tilbagefald er ikke et nederlag. Mange skal prøve flere gange, før det lykkes. Hver gang lærer du noget, du kan bruge næste gang.',
            ),
            block('quiz', 'hjerte-quiz-rygestop', {
              question: 'Hvad øger chancen for, at et rygestop lykkes?',
              multiple: false,
              options: [
                {
                  text: 'At stoppe helt alene uden at fortælle det til nogen',
                  correct: false,
                  feedback: 'Det kan lykkes, men det er sværere. Støtte fra andre gør en stor forskel.',
                },
                {
                  text: 'At få støtte, fx på et rygestopforløb i kommunen',
                  correct: true,
                  feedback: 'Ja. Med støtte og råd er chancen større for, at du bliver røgfri.',
                },
                {
                  text: 'At vente, til du ikke har så travlt',
                  correct: false,
                  feedback: 'Det perfekte tidspunkt kommer sjældent. Vælg hellere en stopdato snart.',
                },
              ],
            }),
            block('contact', 'hjerte-kontakt-rygestop', {
              name: 'Rygestop i kommunen',
              role: 'Rygestoprådgiver i sundhedscentret',
              hours: 'Ring til kommunens sundhedscenter på hverdage, eller find tilbuddet på kommunens hjemmeside.',
            }),
          ),
        },
      ],
    },
    {
      slug: 'livet-videre-med-hjertesygdom',
      title: 'Livet videre',
      summary: 'Bekymringer, humør, samliv og arbejde efter en hjertesygdom.',
      lessons: [
        {
          slug: 'bekymringer-og-humoer-efter-hjertesygdom',
          title: 'Bekymringer og humør',
          summary: 'Det er almindeligt at være bange eller trist efter en hjertesygdom. Her er hjælp.',
          body: richText(
            p(
              'Det kan være en stor omvæltning at få en hjertesygdom. Mange bliver bange for, at det sker igen. Nogle holder op med at lave ting, de før var glade for. Andre bliver triste, irritable eller sover dårligt.',
            ),
            p('Det er almindelige reaktioner. For de fleste bliver det bedre med tiden.'),
            h2('Det kan hjælpe'),
            ul([
              'Tal med dine nærmeste om, hvordan du har det.',
              'Få viden om din sygdom. Det gør mange mere trygge.',
              'Bevæg dig hver dag. Bevægelse er godt for humøret.',
              'Mød andre i samme situation, fx på et hold i sundhedscentret eller i en patientforening.',
              'Hold fast i noget, der giver dig glæde.',
            ]),
            p(
              'Dine pårørende kan også være bekymrede. Det kan være godt at tale sammen om det. De må gerne være med til samtaler, hvis du ønsker det.',
            ),
            h2('Når det ikke går over'),
            p(
              'Nogle får en depression efter en hjertesygdom. Det er vigtigt at få hjælp, for depression kan tage lysten til at passe på sig selv og på hjertet. Depression kan behandles.',
            ),
            block('callout', 'hjerte-kontakt-laege-humoer', {
              tone: 'contact-doctor',
              title: 'Kontakt din læge',
              text: 'Kontakt din læge, hvis du i mere end to uger har været trist, har mistet lysten til ting, du plejer at holde af, eller sover meget dårligt. Får du tanker om at skade dig selv, så søg hjælp med det samme hos din læge eller lægevagten.',
            }),
            block('reflection', 'hjerte-refleksion-bekymring', {
              prompt: 'Hvad bekymrer dig mest lige nu, og hvem kan du tale med om det?',
              hint: 'Det kan være en i familien, en ven, din læge eller en medarbejder i sundhedscentret.',
            }),
          ),
        },
        {
          slug: 'hverdag-sex-og-arbejde-med-hjertesygdom',
          title: 'Hverdag, sex og arbejde',
          summary: 'Om at finde tilbage til samlivet, arbejdet og de ting, du plejer at gøre.',
          body: richText(
            p(
              'Efter en hjertesygdom vender de fleste tilbage til en hverdag, der ligner den, de havde før. Det tager tid, og det er helt normalt at være mere træt i en periode.',
            ),
            h2('Sex og samliv'),
            p(
              'Sex belaster hjertet omtrent lige så meget som at gå raskt op ad to etager. Kan du det uden smerter i brystet og uden at blive meget forpustet, kan du som regel også have sex. Spørg din læge, hvis du er i tvivl.',
            ),
            p(
              'Både mænd og kvinder kan opleve mindre lyst efter en hjertesygdom, fx på grund af bekymring eller medicin. Nogle mænd får problemer med rejsningen. Tal med din læge om det. **Potensmedicin må ikke tages sammen med nitroglycerin**, fordi blodtrykket kan falde farligt meget.',
            ),
            h2('Arbejde'),
            p(
              'Mange kan vende tilbage til arbejdet efter en periode. Tal med din læge og din arbejdsgiver om, hvornår og hvordan. Det kan være en god idé at starte på nedsat tid. Jobcentret i din kommune kan hjælpe med en plan.',
            ),
            h2('Bil og rejser'),
            p(
              'Spørg din læge, hvornår du må køre bil igen. Spørg også, om der er noget, du skal tage hensyn til, hvis du skal ud at rejse.',
            ),
            block('quiz', 'hjerte-quiz-sex', {
              question: 'Hvorfor skal du tale med din læge, før du bruger potensmedicin?',
              multiple: false,
              options: [
                {
                  text: 'Fordi det ikke må tages sammen med nitroglycerin',
                  correct: true,
                  feedback: 'Ja. Sammen kan de få blodtrykket til at falde farligt meget.',
                },
                {
                  text: 'Fordi sex altid er farligt for hjertet',
                  correct: false,
                  feedback: 'Nej. De fleste kan have sex igen, når de kan klare almindelig fysisk aktivitet.',
                },
                {
                  text: 'Det behøver du ikke',
                  correct: false,
                  feedback:
                    'Jo. Potensmedicin kan være farlig sammen med noget hjertemedicin. Spørg altid lægen først.',
                },
              ],
            }),
            block('contact', 'hjerte-kontakt-sundhedscenter', {
              name: 'Kommunens sundhedscenter',
              role: 'Sygeplejerske i hjerterehabilitering',
              hours: 'Ring til kommunens sundhedscenter på hverdage. Nummeret står på kommunens hjemmeside.',
            }),
          ),
        },
      ],
    },
  ],
  narrations: [bevaegelseVideo],
};
