import { block, h2, image, p, richText, ul, video } from '../lexical.ts';
import type { SeedNarration, SeedProgram } from '../types.ts';

/*
 * Demo content for "Digital kompetent": a course for health-centre staff who run digital
 * rehabilitation. Written in Danish to staff as professionals; demo content, not guidance.
 */

const webinarChecklistNarration: SeedNarration = {
  mediaKey: 'video-digital',
  captionsKey: 'captions-digital-da',
  title: 'Tjekliste før et webinar',
  cues: [
    'Åbn mødet et kvarter før, og test lyd, kamera og skærmdeling.',
    'Sæt kameraet i øjenhøjde, og sid med lyset foran dig, ikke bagved.',
    'Luk journal, mail og andre vinduer, før du deler din skærm.',
    'Aftal med din medvært, hvem der følger chatten og hjælper med teknik.',
    'Hav et telefonnummer klar, så du kan ringe til dem, der ikke kommer ind.',
  ],
};

export const digitalCompetenceProgram: SeedProgram = {
  owner: 'kolding',
  visibility: 'national',
  program: {
    slug: 'digital-kompetent',
    title: 'Digital kompetent',
    summary:
      'Et kursus for dig, der arbejder med digital rehabilitering i sundhedscentret. Du lærer at holde gode webinarer og videosamtaler, passe den fælles indbakke, hjælpe borgere i gang digitalt og lave materiale, alle kan bruge.',
    audience: 'staff',
  },
  modules: [
    {
      slug: 'digital-gode-webinarer',
      title: 'Gode webinarer for grupper',
      summary: 'Forberedelse, teknik og en god dynamik, så alle deltagere kan være med.',
      lessons: [
        {
          slug: 'digital-forbered-webinaret',
          title: 'Forbered webinaret',
          summary: 'Teknik, rum og roller, så du kan koncentrere dig om deltagerne.',
          body: richText(
            p(
              'Et godt webinar starter længe før, du trykker på "Start møde". Når teknikken er på plads, har du overskud til det vigtigste: deltagerne og det faglige indhold.',
            ),
            h2('Dagene før'),
            ul([
              'Send invitationen med link, dato og tidspunkt i god tid. Skriv et telefonnummer, borgerne kan ringe til, hvis de ikke kan komme ind.',
              'Brug kun den videoløsning, som kommunen har godkendt til kontakt med borgere.',
              'Aftal roller med en kollega: Hvem underviser, og hvem er medvært og følger chatten?',
              'Lav slides med stor skrift, få ord og god kontrast.',
            ]),
            h2('Kamera, lyd og rum'),
            p(
              'Sæt kameraet i øjenhøjde, og sid med lyset foran dig. Et headset giver ofte bedre lyd end computerens indbyggede mikrofon. Vælg et roligt rum, hvor ingen går forbi bag dig, og hvor der ikke ligger papirer med borgeroplysninger synligt.',
            ),
            p(
              'Luk journalen, mailen og andre programmer, før du deler skærm. Del helst kun det vindue, du skal vise. Så undgår du at vise noget fortroligt ved et uheld.',
            ),
            h2('På dagen'),
            p(
              'Åbn mødet 10-15 minutter før start. Så kan du teste lyd og skærmdeling og tage imod dem, der kommer tidligt. Nye deltagere er ofte spændte på teknikken, og en rolig velkomst gør meget for trygheden.',
            ),
            video('digital-video-webinar-tjekliste', webinarChecklistNarration),
            image(
              'digital-billede-videomoede',
              'digital-videomoede',
              'Når alle kan se og høre hinanden, bliver det lettere at tale sammen i gruppen.',
            ),
            block('checklist', 'digital-tjekliste-webinar', {
              kind: 'checklist',
              title: 'Tjekliste før webinaret',
              items: [
                { text: 'Link og telefonnummer er sendt til deltagerne' },
                { text: 'Medvært er aftalt' },
                { text: 'Kamera i øjenhøjde og lys forfra' },
                { text: 'Headset og lyd er testet' },
                { text: 'Journal og mail er lukket før skærmdeling' },
                { text: 'Mødet er åbnet et kvarter før start' },
              ],
            }),
          ),
        },
        {
          slug: 'digital-faa-alle-med',
          title: 'Få alle med i webinaret',
          summary: 'Sådan skaber du tryghed, deltagelse og gode samtaler i breakout-rum.',
          body: richText(
            p(
              'På video er det sværere at aflæse gruppen. Nogle siger meget, andre siger intet. Nogle har slukket kameraet, fordi de er usikre, trætte eller ikke vil vise deres hjem. Din opgave er at gøre det let og trygt at være med – på den måde, den enkelte kan.',
            ),
            h2('Start med tydelige rammer'),
            ul([
              'Byd velkommen, og fortæl, hvem du er, og hvem din medvært er.',
              'Forklar, hvordan man beder om ordet: række hånden op, bruge knappen eller skrive i chatten.',
              'Sig, at kamera er velkomment, men ikke et krav.',
              'Aftal, at det, der bliver sagt i gruppen, bliver i gruppen.',
            ]),
            h2('Under webinaret'),
            p(
              'Brug deltagernes navne, og hold pauser, så der er tid til at slå mikrofonen til. Spørg gerne direkte, men gør det nemt at sige "pas". Husk dem, der deltager via telefon. De kan ikke se dine slides eller chatten, så læs spørgsmål højt, og beskriv det, du viser.',
            ),
            h2('Breakout-rum'),
            p(
              'Små grupper giver mod på at tale. Giv en tydelig opgave og en tid, fx: "Fortæl hinanden, hvad der har virket for jer i denne uge. I har 10 minutter." Sig opgaven, før I går ud, og kig ind i hvert rum undervejs. Saml op i fællesskab bagefter, så alle hører, hvad grupperne har talt om.',
            ),
            block('callout', 'digital-advarsel-gruppechat', {
              tone: 'warning',
              title: 'Ingen individuel rådgivning i gruppen',
              text: 'Giv aldrig individuel sundhedsfaglig rådgivning i gruppens chat eller i plenum. Alle kan læse og høre med. Spørger en deltager om egne symptomer eller medicin, så tilbyd en individuel samtale eller et opkald efter webinaret, og henvis til egen læge, når det er relevant.',
            }),
            block('quiz', 'digital-quiz-faa-alle-med', {
              question: 'Hvad hjælper deltagerne med at være med i et webinar? Vælg alle rigtige svar.',
              multiple: true,
              options: [
                {
                  text: 'Du siger opgaven og tiden tydeligt, før I går i breakout-rum',
                  correct: true,
                  feedback: 'Ja. En klar opgave gør det lettere at komme i gang i den lille gruppe.',
                },
                {
                  text: 'Du kræver, at alle har kameraet tændt',
                  correct: false,
                  feedback: 'Nej. Kamera er velkomment, men et krav kan holde nogle væk. Lad det være frivilligt.',
                },
                {
                  text: 'Du læser spørgsmål fra chatten højt',
                  correct: true,
                  feedback: 'Ja. Så kan alle følge med, også dem der deltager via telefon.',
                },
                {
                  text: 'Du bruger deltagernes navne og giver tid til at svare',
                  correct: true,
                  feedback: 'Ja. Pauser giver tid til at tænke og slå mikrofonen til.',
                },
              ],
            }),
          ),
        },
      ],
    },
    {
      slug: 'digital-individuelle-videosamtaler',
      title: 'Individuelle videosamtaler',
      summary: 'Start- og slutsamtaler på video: identitet, samtykke, privatliv og dokumentation.',
      lessons: [
        {
          slug: 'digital-start-og-slutsamtale',
          title: 'Start- og slutsamtalen på video',
          summary: 'Identitet, samtykke og en god ramme om den individuelle samtale.',
          body: richText(
            p(
              'Start- og slutsamtalen er rammen om borgerens forløb. I startsamtalen afklarer I mål og behov. I slutsamtalen ser I på, hvad borgeren har nået, og hvad der skal ske bagefter. Begge dele kan fint foregå på video, når du er omhyggelig med det praktiske.',
            ),
            h2('Før samtalen'),
            p(
              'Send et link fra kommunens godkendte, sikre videoløsning. Er det borgerens første videosamtale, så ring gerne dagen før og prøv forbindelsen sammen. Sid selv i et lukket rum, hvor ingen kan høre med.',
            ),
            h2('De første minutter'),
            ul([
              '**Identitet:** Tjek, at du taler med den rigtige borger. Følg kommunens retningslinje, fx fulde navn og fødselsdato, som du sammenholder med journalen.',
              '**Hvem er til stede?** Spørg, om der er andre i rummet hos borgeren, og om borgeren er tryg ved det.',
              '**Samtykke:** Fortæl, at samtalen foregår på video og ikke bliver optaget. Få borgerens samtykke til videoformen.',
              '**Plan B:** Aftal, at du ringer op på telefonen, hvis forbindelsen bliver afbrudt.',
            ]),
            h2('Slutsamtalen'),
            p(
              'Ved slutsamtalen følger du de samme trin. Gennemgå borgerens mål, og aftal, hvad der sker nu, fx træning på egen hånd, et tilbud i en patientforening eller kontakt til egen læge. Sig tydeligt, at forløbet slutter, og hvem borgeren kan kontakte bagefter.',
            ),
            block('quiz', 'digital-quiz-identitet', {
              question: 'En borger logger på videosamtalen med sin datters navn på skærmen. Hvad gør du?',
              multiple: false,
              options: [
                {
                  text: 'Går i gang – det er jo det link, borgeren fik',
                  correct: false,
                  feedback: 'Nej. Et link kan deles og videresendes. Du skal altid tjekke, hvem du taler med.',
                },
                {
                  text: 'Tjekker borgerens identitet efter kommunens retningslinje, før I går i gang',
                  correct: true,
                  feedback:
                    'Ja. Navnet på skærmen siger ikke noget sikkert om, hvem der sidder foran kameraet. Måske låner borgeren bare datterens tablet.',
                },
                {
                  text: 'Beder borgeren skrive sit CPR-nummer i chatten',
                  correct: false,
                  feedback:
                    'Nej. CPR-nummeret hører aldrig hjemme i chatten. Tjek identiteten mundtligt efter jeres retningslinje.',
                },
              ],
            }),
            block('reflection', 'digital-refleksion-startsamtale', {
              prompt:
                'Hvad gør du i dag for at skabe tryghed i de første minutter af en samtale – og hvad af det kan du tage med over på video?',
              hint: 'Tænk på det, du gør uden at tænke over det: at præsentere dig, at smile, at fortælle, hvor lang tid I har.',
            }),
          ),
        },
        {
          slug: 'digital-privatliv-og-dokumentation',
          title: 'Privatliv og dokumentation',
          summary: 'Hvad må stå i chatten, og hvad skal i journalen?',
          body: richText(
            p(
              'Digitale kanaler gør det nemt at dele oplysninger – også dem, der ikke skal deles. Helbredsoplysninger er følsomme personoplysninger, og CPR-numre er fortrolige. Du har ansvaret for, at de kun bliver delt på sikre måder.',
            ),
            h2('Gode vaner'),
            ul([
              'Skriv aldrig CPR-numre eller helbredsoplysninger i chatten – hverken i webinarer eller i individuelle samtaler.',
              'Brug kun kommunens godkendte, sikre videoløsning. Ikke private apps eller din egen telefon.',
              'Optag ikke samtaler eller webinarer, medmindre kommunen har en klar retningslinje for det.',
              'Send ikke fortrolige oplysninger med almindelig mail. Brug den sikre kanal, kommunen anviser.',
            ]),
            h2('Hvad skal dokumenteres – og hvor?'),
            p(
              'Det, du ville dokumentere efter en fysisk samtale, dokumenterer du også efter en videosamtale. Det skal i journalen – ikke i chatten, i en mail eller på en seddel. Notér desuden det, der er særligt for video:',
            ),
            ul([
              'At samtalen foregik på video, og at du tjekkede borgerens identitet',
              'At borgeren gav samtykke til videoformen',
              'Om samtalen blev afbrudt, og hvad I så aftalte',
              'Borgerens mål og jeres aftaler, som du plejer',
            ]),
            block('quiz', 'digital-quiz-chat', {
              question: 'Hvad må du gerne skrive i chatten under et gruppewebinar? Vælg alle rigtige svar.',
              multiple: true,
              options: [
                {
                  text: 'Et link til en øvelse, I har talt om',
                  correct: true,
                  feedback: 'Ja. Generelt materiale, der gælder alle, er fint at dele i chatten.',
                },
                {
                  text: 'En deltagers måleresultater, så de andre kan sammenligne',
                  correct: false,
                  feedback: 'Nej. Det er helbredsoplysninger om én borger, og de hører ikke hjemme i en fælles chat.',
                },
                {
                  text: 'Tidspunktet for næste webinar',
                  correct: true,
                  feedback: 'Ja. Praktiske oplysninger til hele gruppen kan fint stå i chatten.',
                },
                {
                  text: 'Et CPR-nummer, så du kan finde borgeren i journalen bagefter',
                  correct: false,
                  feedback: 'Nej. CPR-numre skrives aldrig i chatten. Find borgeren i journalen på en sikker måde.',
                },
              ],
            }),
            block('callout', 'digital-info-databrud', {
              tone: 'info',
              title: 'Er du i tvivl?',
              text: 'Spørg din leder eller kommunens databeskyttelsesrådgiver. Er der sket et brud på datasikkerheden, fx en besked sendt til den forkerte borger, så meld det med det samme efter kommunens procedure.',
            }),
          ),
        },
      ],
    },
    {
      slug: 'digital-kontakt-og-tilgaengelighed',
      title: 'Indbakke, digital hjælp og tilgængelighed',
      summary: 'Den fælles indbakke, borgere med lidt digital erfaring og materiale, alle kan bruge.',
      lessons: [
        {
          slug: 'digital-den-faelles-indbakke',
          title: 'Den fælles indbakke',
          summary: 'Svartider, tone og overlevering, så ingen besked bliver glemt.',
          body: richText(
            p(
              'Den fælles indbakke er borgernes vej ind til teamet mellem samtalerne. Når alle tager ansvar for den, får borgerne hurtige og ensartede svar, og ingen besked falder mellem to stole.',
            ),
            h2('Svartider'),
            p(
              'Aftal en fast svartid i teamet, fx senest to hverdage, og skriv den i et autosvar. Gør det klart, at indbakken ikke bliver læst om aftenen og i weekenden, og at den ikke er til akutte problemer.',
            ),
            h2('Tone'),
            ul([
              'Brug borgerens navn, og skriv dit eget navn og din faggruppe under.',
              'Skriv korte sætninger uden forkortelser og fagord.',
              'Svar på det, borgeren spørger om, og sig, hvad der sker nu.',
              'Vær venlig og konkret. En kort besked kan let lyde afvisende.',
            ]),
            h2('Ring hellere op'),
            p(
              'Nogle gange er et opkald bedre end en besked: når svaret er kompliceret, når borgeren virker bekymret eller ked af det, eller når I har skrevet frem og tilbage uden at forstå hinanden.',
            ),
            p(
              '**Overlevering:** Markér, hvem der har taget en besked. Skal du være væk, så overlever dine åbne sager til en kollega. Det vigtige fra beskeden skal i journalen, så alle i teamet kan se det.',
            ),
            image(
              'digital-billede-telefon',
              'digital-telefon',
              'Et kort, venligt svar med navn og faggruppe viser borgeren, hvem der har svaret.',
            ),
            block('callout', 'digital-advarsel-akut', {
              tone: 'warning',
              title: 'Tegn på akut sygdom',
              text: 'Læs altid nye beskeder for tegn på akut sygdom, fx trykken for brystet, åndenød eller pludselig lammelse. Ring straks til borgeren, og sig, at borgeren skal ringe 112. Får du ikke fat i borgeren, så følg kommunens procedure, inddrag din leder, og dokumentér, hvad du har gjort.',
            }),
            block('quiz', 'digital-quiz-indbakke', {
              question:
                'En borger skriver fredag eftermiddag: "Jeg har haft trykken for brystet i en time og har svært ved at få luft." Hvad gør du?',
              multiple: false,
              options: [
                {
                  text: 'Svarer mandag inden for teamets svartid',
                  correct: false,
                  feedback: 'Nej. Beskeden tyder på akut sygdom, og den kan ikke vente.',
                },
                {
                  text: 'Ringer straks til borgeren og siger, at borgeren skal ringe 112',
                  correct: true,
                  feedback: 'Ja. Ved tegn på akut sygdom ringer du, i stedet for at skrive, og henviser til 112.',
                },
                {
                  text: 'Skriver tilbage, at borgeren skal kontakte egen læge',
                  correct: false,
                  feedback:
                    'Nej. Et skriftligt svar kan blive læst for sent, og symptomerne kræver 112 – ikke egen læge.',
                },
              ],
            }),
          ),
        },
        {
          slug: 'digital-hjaelp-borgere-i-gang',
          title: 'Hjælp borgere i gang digitalt',
          summary: 'Trin-for-trin-hjælp, MitID og pårørende – uden at overtage.',
          body: richText(
            p(
              'Mange borgere i digital rehabilitering har aldrig været til et videomøde før. Nogle er usikre på MitID, andre har svært ved at se skærmen eller høre lyden. Du skal ikke være IT-support, men du kan gøre det første skridt så lille, at borgeren tør tage det.',
            ),
            h2('Trin for trin'),
            ul([
              'Spørg først, hvad borgeren bruger: mobil, tablet eller computer.',
              'Giv ét trin ad gangen, og vent, til borgeren siger: "Ja, det har jeg gjort."',
              'Beskriv det, borgeren kan se, fx "den grønne knap nederst på skærmen".',
              'Lav et prøvemøde før det første webinar. Det tager ti minutter og fjerner mange bekymringer.',
              'Giv en kort, trykt vejledning med billeder, som borgeren kan have liggende.',
            ]),
            h2('MitID'),
            p(
              'Du må aldrig bruge borgerens MitID eller bede om koder. Har borgeren problemer med MitID, så henvis til Borgerservice, som kan hjælpe med at oprette, forny eller spærre det. MitID kan bruges på flere måder, fx med app, kodeviser eller kodeoplæser, så der er ofte en løsning, der passer.',
            ),
            h2('Pårørende'),
            p(
              'En pårørende kan være en stor hjælp til at komme på. Spørg borgeren, om der er en, de gerne vil have med, og aftal tydeligt, hvem der deltager i samtalen. En pårørende kan få adgang til borgerens Digital Post med en digital fuldmagt – men det er borgerens valg.',
            ),
            block('reflection', 'digital-refleksion-digital-hjaelp', {
              prompt:
                'Tænk på en borger, der havde svært ved det digitale. Hvad hjalp – og hvad ville du gøre anderledes næste gang?',
            }),
            block('contact', 'digital-kontakt-borgerservice', {
              name: 'Borgerservice i din kommune',
              role: 'Hjælp til MitID og Digital Post',
              hours: 'Henvis borgeren til Borgerservice. Åbningstider og tidsbestilling står på kommunens hjemmeside.',
            }),
          ),
        },
        {
          slug: 'digital-materiale-alle-kan-bruge',
          title: 'Materiale, alle kan bruge',
          summary: 'Alt-tekst, undertekster og klart sprog. Skrevet i letlæst dansk.',
          easyRead: true,
          body: richText(
            p(
              'Alle borgere skal kunne bruge vores materiale. Også borgere, der ser dårligt. Også borgere, der hører dårligt. Og borgere, der har svært ved at læse. Kommunen skal også følge regler om tilgængelighed på nettet.',
            ),
            h2('Billeder'),
            p(
              'Skriv en alt-tekst til hvert billede. En alt-tekst siger kort, hvad billedet viser. Et program kan læse den højt. Så ved en borger, der ikke kan se billedet, hvad det viser. Et eksempel: "En bærbar computer. På skærmen er fire personer i et videomøde."',
            ),
            h2('Video'),
            ul([
              'Sæt undertekster på alle videoer.',
              'Tjek, at teksten passer til det, der bliver sagt.',
              'Læg også det sagte ved som tekst. Så kan borgeren læse det i stedet.',
            ]),
            h2('Klart sprog'),
            ul([
              'Skriv korte sætninger.',
              'Brug almindelige ord. Undgå fagord og forkortelser.',
              'Skriv om én ting ad gangen.',
              'Skriv "du" til borgeren.',
              'Brug stor skrift og tydelige farver.',
            ]),
            p('Bed gerne en kollega eller en borger om at læse teksten, før du deler den.'),
            block('quiz', 'digital-quiz-alt-tekst', {
              question: 'Hvad er en alt-tekst?',
              multiple: false,
              options: [
                {
                  text: 'En kort tekst, der siger, hvad et billede viser',
                  correct: true,
                  feedback: 'Rigtigt. Den hjælper borgere, der ikke kan se billedet.',
                },
                {
                  text: 'Undertekster til en video',
                  correct: false,
                  feedback: 'Nej. Undertekster hører til video. En alt-tekst hører til billeder.',
                },
                {
                  text: 'En tekst på et andet sprog',
                  correct: false,
                  feedback: 'Nej. En alt-tekst står på samme sprog som resten af siden.',
                },
              ],
            }),
          ),
        },
      ],
    },
  ],
  narrations: [webinarChecklistNarration],
};
