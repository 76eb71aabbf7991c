import { block, download, h2, image, p, richText, ul, video } from '../lexical.ts';
import type { SeedNarration, SeedProgram } from '../types.ts';

/*
 * Demo content for "Livsstilsstøtte: mad, bevægelse og rygestop". Written for citizens in plain Danish,
 * marked as demo content on the site, and not medical advice.
 */

const smallStepsVideo: SeedNarration = {
  mediaKey: 'video-livsstil',
  captionsKey: 'captions-livsstil-da',
  title: 'Små skridt mod en sundere hverdag',
  cues: [
    'Du behøver ikke ændre hele dit liv på én gang.',
    'Vælg én lille ting, fx en gåtur efter aftensmaden eller mere grønt på tallerkenen.',
    'Når den lille ting er blevet en vane, kan du tage det næste skridt.',
    'Har du en dårlig dag, så start bare igen i morgen.',
    'Sundhedscentret er klar til at hjælpe dig på vej.',
  ],
};

/**
 * The lines of the printable one-week meal plan ('pdf-madplan'), one line of text each.
 * Only Latin-1 characters, so the PDF can be drawn with a standard font.
 */
export const mealPlanLines: string[] = [
  'Madplan for en uge',
  'Tip: Fyld halvdelen af tallerkenen med grøntsager.',
  'Mandag: Fiskefrikadeller med kartofler og gulerodssalat',
  'Tirsdag: Linsesuppe med grøntsager og groft brød',
  'Onsdag: Kylling i ovn med bulgur og broccoli (lav dobbelt portion)',
  'Torsdag: Rester fra onsdag eller omelet med spinat og rugbrød',
  'Fredag: Fuldkornspasta med kødsovs, kidneybønner og salat',
  'Lørdag: Ovnbagt laks med kartofler og grønne bønner',
  'Søndag: Hjemmelavet pizza med grøntsager og en stor salat',
  'Morgenmad: Havregryn med mælk og frugt, eller rugbrød med ost',
  'Frokost: Rugbrød med pålæg, æg eller rester og grøntsagsstave',
  'Mellemmåltid: Frugt, gulerødder eller en lille håndfuld usaltede nødder',
  'Drik vand, når du er tørstig.',
  'Indkøb: Skriv en liste, brug frost-grønt, og tjek tilbudsaviserne.',
  'Demoindhold - ikke medicinsk rådgivning.',
];

export const lifestyleProgram: SeedProgram = {
  owner: 'odense',
  visibility: 'national',
  program: {
    slug: 'livsstilsstoette-mad-bevaegelse-og-rygestop',
    title: 'Livsstilsstøtte: mad, bevægelse og rygestop',
    summary:
      'Et forløb for dig, der gerne vil ændre vaner. Du får viden og idéer om sund mad, bevægelse i hverdagen og rygestop, og om hvordan du holder motivationen oppe.',
    audience: 'citizens',
  },
  modules: [
    {
      slug: 'mad-og-maaltider-i-hverdagen',
      title: 'Mad og måltider',
      summary: 'De officielle kostråd, passende portioner og en madplan, der passer til din pengepung.',
      lessons: [
        {
          slug: 'kostraadene-i-din-hverdag',
          title: 'De officielle kostråd i din hverdag',
          summary: 'Syv enkle råd om mad, og hvordan du kan bruge dem.',
          body: richText(
            p(
              'Velkommen til forløbet. Her får du viden og idéer, så du kan ændre dine vaner i dit eget tempo. Se den korte video, før du går i gang.',
            ),
            video('livsstil-video-smaa-skridt', smallStepsVideo),
            h2('De officielle kostråd'),
            p(
              'De officielle kostråd kommer fra Fødevarestyrelsen. De er lavet til raske voksne og er et godt udgangspunkt for de fleste. Har du en sygdom, hvor du har fået særlige råd om mad, så følg dem.',
            ),
            ul([
              'Spis planterigt, varieret og ikke for meget.',
              'Spis flere grøntsager og frugter.',
              'Spis mindre kød – vælg bælgfrugter og fisk.',
              'Vælg fuldkorn.',
              'Vælg planteolier og magre mejeriprodukter.',
              'Spis mindre af det søde, salte og fede.',
              'Sluk tørsten i vand.',
            ]),
            h2('Et par tal at holde sig til'),
            p(
              'Kostrådene anbefaler omkring **600 gram frugt og grønt** om dagen, hvor det meste er grønt. Det kan fx være en stor portion grøntsager til aftensmaden, lidt råkost til frokost og et par stykker frugt. Spis gerne fisk et par gange om ugen, og vælg fuldkorn, når du køber brød, gryn, ris og pasta.',
            ),
            p(
              'Du behøver ikke følge alle råd fra dag ét. Vælg ét råd, som du tror, du kan klare, og prøv det i et par uger. Når det er blevet en vane, kan du tage det næste.',
            ),
            block('quiz', 'livsstil-quiz-kostraad', {
              question: 'Hvilke af disse råd er med i de officielle kostråd? Vælg alle, der passer.',
              multiple: true,
              options: [
                {
                  text: 'Sluk tørsten i vand',
                  correct: true,
                  feedback: 'Rigtigt. Vand slukker tørsten uden sukker og kalorier.',
                },
                {
                  text: 'Vælg fuldkorn',
                  correct: true,
                  feedback: 'Rigtigt. Fuldkorn giver fibre og mætter godt.',
                },
                {
                  text: 'Spis mindre kød – vælg bælgfrugter og fisk',
                  correct: true,
                  feedback: 'Rigtigt. Bønner, linser og fisk er gode at skifte noget af kødet ud med.',
                },
                {
                  text: 'Undgå kartofler helt',
                  correct: false,
                  feedback:
                    'Nej. Kartofler er en god og billig del af et måltid. Det er mængden og tilberedningen, der betyder noget.',
                },
              ],
            }),
          ),
        },
        {
          slug: 'passende-portioner-og-tallerkenmodellen',
          title: 'Passende portioner og tallerkenmodellen',
          summary: 'Sådan sætter du måltidet sammen, så du bliver mæt uden at spise for meget.',
          body: richText(
            p(
              'Mange af os spiser lidt mere, end kroppen har brug for. Det sker let, når tallerkenen er stor, og maden smager godt. Med nogle få greb kan du spise dig mæt og stadig spise passende.',
            ),
            h2('Tallerkenmodellen'),
            p(
              'Tallerkenmodellen er en enkel måde at sætte et varmt måltid sammen på. Fyld **halvdelen** med grøntsager. Fyld **en fjerdedel** med kartofler, fuldkornsris eller fuldkornspasta. Fyld den sidste **fjerdedel** med fisk, kød, æg eller bælgfrugter som bønner og linser.',
            ),
            image(
              'livsstil-billede-tallerken',
              'tallerkenmodellen',
              'Tallerkenmodellen: halvdelen grøntsager, en fjerdedel kartofler og en fjerdedel fisk.',
            ),
            h2('Gode greb ved bordet'),
            ul([
              'Brug en lidt mindre tallerken.',
              'Øs grøntsagerne op først.',
              'Spis langsomt, og læg bestikket fra dig mellem mundfuldene.',
              'Vent et par minutter, før du tager om igen. Det tager tid at mærke, at du er mæt.',
              'Lad gryden blive i køkkenet i stedet for at stille den på bordet.',
            ]),
            p(
              'Det er ikke forbudt at spise kage eller chips. Men tænk over mængden, og nyd det, når du gør det. En lille portion i en skål er bedre end at spise direkte af posen.',
            ),
            block('quiz', 'livsstil-quiz-portioner', {
              question: 'Du vil gerne undgå at spise for meget til aftensmaden. Hvilket råd hjælper mest?',
              multiple: false,
              options: [
                {
                  text: 'Spis hurtigt, så du bliver hurtigt færdig',
                  correct: false,
                  feedback: 'Nej. Spiser du hurtigt, når du ofte at spise mere, før du mærker, at du er mæt.',
                },
                {
                  text: 'Øs grøntsagerne op først, og vent lidt, før du tager om igen',
                  correct: true,
                  feedback: 'Rigtigt. Grøntsager mætter, og pausen giver kroppen tid til at mærke, at du er mæt.',
                },
                {
                  text: 'Spring frokosten over',
                  correct: false,
                  feedback: 'Nej. Springer du et måltid over, bliver du ofte ekstra sulten senere på dagen.',
                },
              ],
            }),
          ),
        },
        {
          slug: 'madplan-og-madbudget',
          title: 'Madplan og madbudget',
          summary: 'Planlæg ugens mad, og spar både penge og tid.',
          body: richText(
            p(
              'En madplan gør hverdagen lettere. Du skal ikke stå i butikken klokken 17 og finde på noget. Du køber ind efter en liste, og du smider mindre mad ud.',
            ),
            h2('Sådan laver du en madplan'),
            ul([
              'Sæt dig med en kop kaffe og din kalender. Hvilke dage har du travlt?',
              'Vælg fire eller fem retter, du kender, og én ny ret, du vil prøve.',
              'Lav dobbelt portion en af dagene, så du har rester til en travl dag eller til frokost.',
              'Kig i køleskab og skabe, før du skriver indkøbslisten.',
            ]),
            h2('Sund mad behøver ikke være dyr'),
            p(
              'Mange sunde varer er billige. Kartofler, gulerødder, kål, løg, havregryn, linser og bønner koster ikke meget. Frosne grøntsager og frossen fisk er lige så sunde som friske, og de holder længe.',
            ),
            ul([
              'Køb efter sæson. Kål og rodfrugter er ofte billige om vinteren.',
              'Brug bønner eller linser i stedet for noget af kødet, fx i kødsovs.',
              'Kig i tilbudsaviserne, men køb kun det, der står på listen.',
              'Frys rester ned i portioner.',
            ]),
            download(
              'livsstil-download-madplan',
              'pdf-madplan',
              'Madplan for en uge',
              'En ugeplan med syv aftensmåltider og idéer til morgenmad, frokost og mellemmåltider. Print den, og hæng den på køleskabet.',
            ),
            block('checklist', 'livsstil-tjekliste-indkoeb', {
              kind: 'checklist',
              title: 'Før du handler',
              items: [
                { text: 'Jeg har lavet en madplan for ugen' },
                { text: 'Jeg har tjekket, hvad jeg har i forvejen' },
                { text: 'Jeg har skrevet en indkøbsliste' },
                { text: 'Jeg har spist, før jeg går i butikken' },
              ],
            }),
          ),
        },
      ],
    },
    {
      slug: 'bevaegelse-der-passer-til-dig',
      title: 'Bevægelse i hverdagen',
      summary: 'Hvor meget bevægelse er godt, og hvordan kommer du i gang og bliver ved?',
      lessons: [
        {
          slug: 'hvor-meget-skal-jeg-bevaege-mig',
          title: 'Hvor meget skal jeg bevæge mig?',
          summary: 'Sundhedsstyrelsens anbefalinger kort fortalt.',
          body: richText(
            p(
              'Bevægelse er godt for både krop og humør. Det styrker hjertet, musklerne og knoglerne, og mange sover bedre og får mere overskud. Samtidig mindsker det risikoen for en række sygdomme, fx type 2-diabetes og hjerte-kar-sygdom.',
            ),
            h2('Sundhedsstyrelsens anbefalinger for voksne'),
            ul([
              'Vær fysisk aktiv **mindst 150 minutter om ugen** ved moderat intensitet. Det svarer til godt 20 minutter om dagen.',
              'Du kan også være aktiv mindst 75 minutter om ugen ved høj intensitet, hvor du bliver tydeligt forpustet.',
              'Lav **muskelstyrkende** aktivitet mindst to gange om ugen, fx træning med elastik, trappegang eller tungt havearbejde.',
              'Sid mindre stille. Rejs dig og gå lidt rundt en gang imellem.',
            ]),
            p('Er du over 65 år, er det også godt at træne balancen, fx ved at stå på ét ben, mens du børster tænder.'),
            h2('Hvad er moderat intensitet?'),
            p(
              'Moderat intensitet betyder, at du bliver lidt forpustet og varm, men stadig kan tale. En rask gåtur, en cykeltur i roligt tempo eller at gøre rent kan være nok.',
            ),
            p(
              'Er du langt fra 150 minutter, så tænk ikke på det som et krav. **Al bevægelse tæller**, og lidt er bedre end ingenting. Den største gevinst får dem, der går fra næsten ingen bevægelse til lidt.',
            ),
            block('quiz', 'livsstil-quiz-minutter', {
              question: 'Hvor meget anbefaler Sundhedsstyrelsen, at voksne mindst bevæger sig ved moderat intensitet?',
              multiple: false,
              options: [
                {
                  text: '150 minutter om ugen',
                  correct: true,
                  feedback: 'Rigtigt. Det svarer til godt 20 minutter om dagen, og du må gerne dele tiden op.',
                },
                {
                  text: '30 minutter om måneden',
                  correct: false,
                  feedback: 'Nej. Det er langt under anbefalingen, men det er en fin start, hvis du intet laver i dag.',
                },
                {
                  text: 'Tre timer hver dag',
                  correct: false,
                  feedback: 'Nej. Det er meget mere end anbefalingen. Start med det, du kan overkomme.',
                },
              ],
            }),
            block('callout', 'livsstil-laege-bevaegelse', {
              tone: 'contact-doctor',
              title: 'Kontakt din læge',
              text: 'Kontakt din læge, før du øger din aktivitet meget, hvis du har en hjerte- eller lungesygdom. Stop og kontakt din læge, hvis du får ondt i brystet, bliver svimmel eller får usædvanligt svært ved at trække vejret, når du bevæger dig.',
            }),
          ),
        },
        {
          slug: 'kom-i-gang-og-bliv-ved',
          title: 'Kom i gang og bliv ved',
          summary: 'Letlæst: enkle idéer til mere bevægelse hver dag.',
          easyRead: true,
          body: richText(
            p(
              'Det er godt at bevæge sig. Også lidt. Du får mere energi. Du sover bedre. Og dit humør bliver bedre. Du behøver ikke gå i et fitnesscenter.',
            ),
            h2('Sådan kommer du i gang'),
            ul([
              'Start med lidt. 10 minutter er fint. Det tæller også.',
              'Gå en tur efter maden. Gå lidt hurtigt, hvis du kan.',
              'Tag trappen i stedet for elevatoren.',
              'Cykel, når du skal handle.',
              'Stå op, når du taler i telefon.',
            ]),
            h2('Sådan bliver du ved'),
            ul([
              'Vælg noget, du kan lide.',
              'Gør det på faste tider.',
              'Aftal en tur med en ven eller en nabo. Så er det sværere at blive hjemme.',
              'Skriv ned, når du har bevæget dig. Så kan du se, hvor godt det går.',
            ]),
            p('Har du en dag, hvor det ikke går? Det er helt i orden. Start igen i morgen.'),
            p(
              'Vil du have hjælp? Sundhedscentret har hold med træning. Her kan du møde andre, der også vil i gang. Spørg i sundhedscentret, hvad du kan være med til.',
            ),
            image(
              'livsstil-billede-cykel',
              'livsstil-cykel',
              'Tag cyklen, når du skal handle. Så får du bevægelse helt af sig selv.',
            ),
            block('checklist', 'livsstil-maal-bevaegelse', {
              kind: 'goal',
              title: 'Mit mål for bevægelse',
              items: [
                { text: 'Jeg går en tur på 10 minutter fem dage i denne uge' },
                { text: 'Jeg tager trappen, når jeg kan' },
                { text: 'Jeg cykler, når jeg skal handle' },
              ],
            }),
          ),
        },
      ],
    },
    {
      slug: 'rygestop-og-motivation',
      title: 'Rygestop og motivation',
      summary: 'Hjælp til at blive røgfri, og til at holde fast i dine nye vaner.',
      lessons: [
        {
          slug: 'hjaelp-til-at-stoppe-med-at-ryge',
          title: 'Hjælp til at stoppe med at ryge',
          summary: 'Nikotinerstatning, Stoplinien og kommunens gratis rygestopkursus.',
          body: richText(
            p(
              'At stoppe med at ryge er noget af det bedste, du kan gøre for dit helbred. Det er aldrig for sent. Allerede efter få dage får mange bedre smag og lugtesans, og efter nogle uger bliver det lettere at trække vejret.',
            ),
            p(
              'Nikotin er stærkt vanedannende. Derfor handler det ikke kun om viljestyrke. Med hjælp og støtte er chancen for at lykkes **meget større**, end hvis du prøver alene.',
            ),
            h2('Kommunens gratis rygestopkursus'),
            p(
              'Kommunen tilbyder gratis rygestop, enten på hold eller som samtaler alene med en rådgiver. Rygestoprådgiveren hjælper dig med at lægge en plan, vælge den rigtige nikotinerstatning og komme igennem de første svære uger. Spørg i sundhedscentret, hvornår næste forløb starter.',
            ),
            h2('Nikotinerstatning'),
            p(
              'Nikotinerstatning giver kroppen nikotin uden røgens skadelige stoffer. Det tager toppen af abstinenserne. Du kan købe det uden recept på apoteket og i mange supermarkeder.',
            ),
            ul([
              '**Plaster** giver en jævn mængde nikotin hele dagen.',
              '**Tyggegummi, sugetabletter og mundspray** virker hurtigt, når trangen kommer.',
              'Mange får bedst hjælp af at bruge plaster sammen med et af de hurtige produkter.',
              'Brug det længe nok, typisk 8–12 uger, og trap langsomt ned.',
            ]),
            p(
              '**Stoplinien** er en gratis, landsdækkende rådgivning om rygestop. Du kan ringe og tale med en rådgiver, også hvis du bare overvejer at stoppe. Du finder nummer og åbningstider på stoplinien.dk.',
            ),
            block('callout', 'livsstil-laege-rygestop-medicin', {
              tone: 'contact-doctor',
              title: 'Kontakt din læge',
              text: 'Tager du fast medicin, så fortæl din læge, at du stopper med at ryge. Nogle typer medicin virker stærkere, når du ikke ryger, og dosis skal måske ændres. Er du gravid, så tal med din læge eller jordemoder, før du bruger nikotinerstatning.',
            }),
            block('quiz', 'livsstil-quiz-rygestop', {
              question: 'Hvad kan gøre det lettere at blive røgfri? Vælg alle, der passer.',
              multiple: true,
              options: [
                {
                  text: 'Nikotinerstatning i den anbefalede tid',
                  correct: true,
                  feedback: 'Rigtigt. Nikotinerstatning tager toppen af abstinenserne.',
                },
                {
                  text: 'Kommunens gratis rygestopkursus',
                  correct: true,
                  feedback: 'Rigtigt. Støtte fra en rådgiver og andre på holdet gør en stor forskel.',
                },
                {
                  text: 'Rådgivning fra Stoplinien',
                  correct: true,
                  feedback: 'Rigtigt. Du kan få gratis hjælp over telefonen.',
                },
                {
                  text: 'At skære ned til få cigaretter om dagen og blive der',
                  correct: false,
                  feedback:
                    'Ikke helt. Færre cigaretter er bedre end mange, men selv få cigaretter om dagen skader. Målet er at blive helt røgfri.',
                },
              ],
            }),
          ),
        },
        {
          slug: 'rygetrang-og-tilbagefald',
          title: 'Når trangen kommer – og hvis du falder i',
          summary: 'Sådan kommer du igennem rygetrang, og sådan kommer du videre efter et tilbagefald.',
          body: richText(
            p(
              'Rygetrang kommer i bølger. Den kan føles stærk, men den går over igen, ofte efter få minutter. Trangen er størst de første dage og uger. Derefter kommer den sjældnere og bliver svagere.',
            ),
            h2('Gør noget andet, mens trangen går over'),
            ul([
              '**Udsæt**: Sig til dig selv, at du venter fem minutter.',
              '**Drik** et glas vand langsomt.',
              '**Flyt dig**: Gå en tur, eller gå ind i et andet rum.',
              '**Træk vejret** dybt og roligt nogle gange.',
              'Tag et stykke nikotintyggegummi eller en sugetablet, hvis du bruger det.',
            ]),
            p(
              'Tænk over, hvornår du plejede at ryge. Måske til kaffen, efter maden eller sammen med bestemte venner. Læg en plan for de situationer, før de kommer. Du kan fx drikke kaffen et nyt sted eller gå en tur lige efter maden.',
            ),
            h2('Hvis du kommer til at ryge'),
            p(
              'Mange prøver flere gange, før det lykkes. En enkelt cigaret betyder ikke, at du er begyndt igen. Smid resten af pakken ud, og tænk over, hvad der skete. Hvad var det for en situation? Hvad kan du gøre anderledes næste gang?',
            ),
            p(
              'Hvert forsøg lærer dig noget. Tal med din rygestoprådgiver, eller ring til Stoplinien, hvis du har brug for støtte til at komme videre.',
            ),
            block('callout', 'livsstil-info-abstinenser', {
              tone: 'info',
              title: 'Abstinenser går over',
              text: 'Mange bliver urolige, irritable eller mere sultne og sover dårligt de første uger. Det er tegn på, at kroppen vænner sig til at være uden nikotin. For de fleste aftager det i løbet af to til fire uger.',
            }),
            block('reflection', 'livsstil-refleksion-trang', {
              prompt: 'I hvilke situationer får du mest lyst til at ryge, og hvad kan du gøre i stedet?',
              hint: 'Skriv to eller tre situationer ned, og find én ny ting at gøre i hver af dem.',
            }),
          ),
        },
        {
          slug: 'motivation-og-maalsaetning',
          title: 'Motivation og mål',
          summary: 'Find din egen grund til at ændre vaner, og sæt mål, du kan nå.',
          body: richText(
            p(
              'Det er svært at ændre vaner. Vaner er noget, vi gør uden at tænke over det. Derfor tager det tid, før en ny vane sidder fast, ofte flere uger eller måneder.',
            ),
            h2('Find din egen grund'),
            p(
              'Motivationen holder bedst, når grunden er din egen. Måske vil du have mere energi til børnebørnene, kunne gå op ad trappen uden at blive forpustet eller bruge pengene fra cigaretterne på noget andet. Skriv din grund ned, og læg sedlen et sted, hvor du ser den hver dag.',
            ),
            h2('Sæt mål, du kan nå'),
            p(
              'Et godt mål er lille, konkret og let at tjekke. "Jeg vil leve sundere" er svært at måle. "Jeg går en tur på 15 minutter efter aftensmaden mandag, onsdag og fredag" kan du tjekke hver uge.',
            ),
            ul([
              'Vælg ét mål ad gangen.',
              'Skriv, hvad du vil gøre, hvornår og hvor tit.',
              'Gør målet så lille, at du er næsten sikker på at klare det.',
              'Følg op efter en uge. Gik det godt, så tag det næste skridt.',
            ]),
            p('Ros dig selv, når det lykkes. Og hvis det ikke gik, så gør målet mindre i stedet for at give op.'),
            block('reflection', 'livsstil-refleksion-min-grund', {
              prompt: 'Hvorfor vil du gerne ændre dine vaner? Hvad vil det betyde for dig og dem omkring dig?',
              hint: 'Skriv din grund med dine egne ord. Den kan hjælpe dig på de dage, hvor det er svært.',
            }),
            block('checklist', 'livsstil-maal-naeste-uge', {
              kind: 'goal',
              title: 'Mit mål for den næste uge',
              items: [
                { text: 'Jeg vælger ét lille mål for mad, bevægelse eller rygning' },
                { text: 'Jeg skriver ned, hvad jeg vil gøre, hvornår og hvor tit' },
                { text: 'Jeg fortæller en, jeg stoler på, om mit mål' },
              ],
            }),
            block('contact', 'livsstil-kontakt-sundhedscenter', {
              name: 'Sundhedscentret',
              role: 'Sundhedskonsulent, diætist eller rygestoprådgiver',
              hours: 'Ring til kommunens sundhedscenter på hverdage. Du finder nummeret på kommunens hjemmeside.',
            }),
          ),
        },
      ],
    },
  ],
  narrations: [smallStepsVideo],
};
