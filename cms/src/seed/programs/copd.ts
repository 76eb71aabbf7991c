import { audio, block, h2, image, p, richText, ul, video } from '../lexical.ts';
import type { SeedNarration, SeedProgram } from '../types.ts';

/*
 * Demo content for "Lev livet med KOL". Written by Svendborg for citizens with COPD, in plain
 * Danish, and shared with Odense and Kolding. Demo content, not medical advice.
 */

const laebepustVideo: SeedNarration = {
  mediaKey: 'video-kol',
  captionsKey: 'captions-kol-da',
  title: 'Sådan laver du læbepust',
  cues: [
    'Sæt dig godt til rette, og lad skuldrene falde ned.',
    'Træk vejret roligt ind gennem næsen, mens du tæller til to.',
    'Spids læberne, som hvis du skal puste til et stearinlys.',
    'Pust langsomt ud gennem læberne, mens du tæller til fire.',
    'Gentag et par gange, og mærk hvordan vejrtrækningen falder til ro.',
  ],
};

const afspaendingAudio: SeedNarration = {
  mediaKey: 'audio-kol-afspaending',
  title: 'Afspændingsøvelse',
  cues: [
    'Find en stilling, hvor du sidder eller ligger godt.',
    'Luk øjnene, hvis du har lyst, og lad skuldrene synke ned.',
    'Træk vejret ind gennem næsen, og pust langsomt ud gennem spidse læber.',
    'Mærk hvordan kroppen bliver tungere og mere rolig for hver udånding.',
    'Bliv siddende lidt, og åbn øjnene, når du er klar.',
  ],
};

export const copdProgram: SeedProgram = {
  owner: 'svendborg',
  visibility: 'selected',
  sharedWith: ['odense', 'kolding'],
  program: {
    slug: 'lev-livet-med-kol',
    title: 'Lev livet med KOL',
    summary:
      'Et forløb for dig, der har KOL. Du lærer om sygdommen, om vejrtrækning, medicin og træning, og om hvad du gør, når det bliver svært at få luft.',
    audience: 'citizens',
  },
  modules: [
    {
      slug: 'forstaa-din-kol',
      title: 'Forstå din KOL',
      summary: 'Hvad sker der i lungerne, og hvordan hjælper din medicin?',
      lessons: [
        {
          slug: 'hvad-er-kol',
          title: 'Hvad er KOL?',
          summary: 'Kort fortalt om sygdommen, og hvad du selv kan gøre.',
          body: richText(
            p(
              'KOL står for **kronisk obstruktiv lungesygdom**. Det betyder, at lungerne er varigt skadede, og at luften har sværere ved at komme ud af lungerne.',
            ),
            p(
              'Ved KOL er luftvejene blevet smallere og irriterede. Mange af de små lungeblærer, hvor ilten går over i blodet, er også skadede. Derfor bliver du hurtigere forpustet.',
            ),
            image('kol-billede-lunger', 'kol-lunger', 'Lungerne og luftvejene. Ved KOL er luftvejene blevet smallere.'),
            h2('Typiske tegn på KOL'),
            ul([
              'Du bliver forpustet, når du bevæger dig.',
              'Du hoster ofte, især om morgenen.',
              'Du har slim i lungerne.',
              'Du får tit forkølelser eller bronkitis, som sidder længe i.',
            ]),
            p(
              'Den største årsag til KOL er rygning. Støv og røg på arbejdet kan også spille ind. Lægen stiller diagnosen med en **pustetest**, som hedder spirometri.',
            ),
            h2('Du kan selv gøre meget'),
            p(
              'KOL kan ikke helbredes. Men du kan bremse sygdommen og få det bedre i hverdagen. Det vigtigste er at holde op med at ryge, at bevæge dig og at tage din medicin rigtigt. Det lærer du mere om i dette forløb.',
            ),
            block('reflection', 'kol-refleksion-hverdag', {
              prompt: 'Hvornår i løbet af dagen mærker du din KOL mest?',
              hint: 'Tænk fx på trapper, indkøb, bad eller påklædning. Skriv det ned, og tag det med til sundhedscentret.',
            }),
          ),
        },
        {
          slug: 'kol-medicin-og-inhalator',
          title: 'Medicin og din inhalator',
          summary: 'Om de forskellige slags medicin, og hvordan du bruger din inhalator rigtigt.',
          body: richText(
            p(
              'De fleste med KOL får medicin, som de indånder gennem en **inhalator**. Så kommer medicinen direkte ned i lungerne, hvor den skal virke.',
            ),
            h2('To slags medicin'),
            ul([
              '**Fast medicin** tager du hver dag, også når du har det godt. Den holder luftvejene mere åbne over tid.',
              '**Anfaldsmedicin** virker hurtigt. Den bruger du, når du er ekstra forpustet, eller som lægen har aftalt med dig.',
            ]),
            image('kol-billede-inhalator', 'kol-inhalator', 'En inhalator til medicin, set fra siden.'),
            h2('Brug din inhalator rigtigt'),
            p(
              'Medicinen virker kun, hvis den kommer ned i lungerne. Mange bruger deres inhalator lidt forkert uden at vide det. De fleste inhalatorer bruges sådan her:',
            ),
            ul([
              'Pust roligt ud, væk fra inhalatoren.',
              'Luk læberne tæt om mundstykket.',
              'Træk vejret ind, som der står i vejledningen til netop din inhalator.',
              'Hold vejret i nogle sekunder, og pust så langsomt ud.',
              'Skyl munden med vand, hvis din medicin indeholder binyrebarkhormon.',
            ]),
            p('Tal også med din læge om vaccination mod influenza og lungebetændelse. Det kan beskytte dine lunger.'),
            block('callout', 'kol-info-apotek', {
              tone: 'info',
              title: 'Få tjekket din teknik',
              text: 'Tag din inhalator med til lægen, sygeplejersken eller på apoteket. De kan se, om du bruger den rigtigt, og give dig gode råd.',
            }),
            block('quiz', 'kol-quiz-inhalator', {
              question: 'Hvilke råd gælder for din faste KOL-medicin? Vælg alle de rigtige.',
              multiple: true,
              options: [
                {
                  text: 'Jeg tager den hver dag, også når jeg har det godt.',
                  correct: true,
                  feedback: 'Rigtigt. Fast medicin virker over tid og skal tages hver dag.',
                },
                {
                  text: 'Jeg puster ud, før jeg tager et pust fra inhalatoren.',
                  correct: true,
                  feedback: 'Rigtigt. Så er der plads i lungerne til medicinen.',
                },
                {
                  text: 'Jeg holder pause med medicinen, når jeg ikke er forpustet.',
                  correct: false,
                  feedback: 'Nej. Stop ikke selv med din faste medicin. Tal med din læge, hvis du er i tvivl.',
                },
                {
                  text: 'Jeg skyller munden, hvis medicinen indeholder binyrebarkhormon.',
                  correct: true,
                  feedback: 'Rigtigt. Det mindsker risikoen for svamp i munden og hæshed.',
                },
              ],
            }),
          ),
        },
      ],
    },
    {
      slug: 'kol-vejrtraekning-og-kraefter',
      title: 'Vejrtrækning, træning og kræfter',
      summary: 'Teknikker, der giver mere luft, og råd om træning, energi og mad.',
      lessons: [
        {
          slug: 'laebepust-og-hvilestillinger',
          title: 'Læbepust og hvilestillinger',
          summary: 'To enkle teknikker, der kan hjælpe, når du bliver forpustet.',
          body: richText(
            p(
              'Når du har KOL, kan det være svært at få luften ud af lungerne. Så bliver der mindre plads til ny luft, og du føler dig forpustet. Her er to teknikker, som mange har glæde af.',
            ),
            h2('Læbepust'),
            p(
              'Ved læbepust puster du langsomt ud gennem spidse læber. Det giver et lille modtryk, som holder luftvejene åbne lidt længere. Så kommer der mere luft ud, og vejrtrækningen bliver roligere.',
            ),
            ul([
              'Træk vejret ind gennem næsen.',
              'Spids læberne, som når du puster til et stearinlys.',
              'Pust langsomt ud. Udåndingen må gerne vare dobbelt så længe som indåndingen.',
            ]),
            video('kol-video-laebepust', laebepustVideo),
            h2('Hvilestillinger'),
            p(
              'Når du læner overkroppen let frem og støtter armene, kan musklerne omkring brystkassen bedre hjælpe med vejrtrækningen.',
            ),
            ul([
              'Sid med underarmene hvilende på lårene eller på et bord.',
              'Stå med hænderne mod en væg, et gelænder eller en indkøbsvogn.',
              'Stå med ryggen mod en væg, og lad skuldrene falde ned.',
            ]),
            p('Øv teknikkerne, når du har det godt. Så er de lettere at bruge, når du bliver forpustet.'),
            block('quiz', 'kol-quiz-laebepust', {
              question: 'Hvordan puster du ud, når du laver læbepust?',
              multiple: false,
              options: [
                {
                  text: 'Hurtigt og kraftigt gennem munden',
                  correct: false,
                  feedback: 'Nej. Et hurtigt pust kan få luftvejene til at klappe sammen.',
                },
                {
                  text: 'Langsomt gennem spidse læber',
                  correct: true,
                  feedback: 'Ja. Det holder luftvejene åbne, så mere luft kommer ud.',
                },
                {
                  text: 'Gennem næsen med lukket mund',
                  correct: false,
                  feedback: 'Ikke helt. Du trækker vejret ind gennem næsen, men puster ud gennem læberne.',
                },
              ],
            }),
          ),
        },
        {
          slug: 'kol-traening-og-energi',
          title: 'Træning og energi i hverdagen',
          summary: 'Hvorfor træning hjælper, og hvordan du sparer på kræfterne.',
          body: richText(
            p(
              'Når man bliver forpustet, er det naturligt at bevæge sig mindre. Men så bliver musklerne svagere, og du bliver endnu hurtigere forpustet. Træning bryder den onde cirkel.',
            ),
            p(
              'Det er ikke farligt at blive forpustet, når du træner. Stærkere muskler bruger mindre ilt, og så kan du klare mere i hverdagen. Mange kommuner tilbyder **KOL-rehabilitering** med træning på hold. Spørg din læge eller sundhedscentret.',
            ),
            h2('Spar på kræfterne'),
            p('Du kan gøre hverdagen lettere ved at bruge dine kræfter med omtanke.'),
            ul([
              'Planlæg dagen, og fordel de tunge opgaver over ugen.',
              'Hold pauser, før du bliver udmattet.',
              'Sid ned, når du kan, fx når du tager tøj på eller laver mad.',
              'Stil de ting, du bruger meget, i en højde, hvor du ikke skal bukke dig eller række op.',
              'Pust ud, mens du løfter, bukker dig eller går op ad trappen.',
            ]),
            block('checklist', 'kol-maal-traening', {
              kind: 'goal',
              title: 'Mit mål for denne uge',
              items: [
                { text: 'Gå en tur tre dage, også selvom jeg bliver lidt forpustet' },
                { text: 'Bruge læbepust, når jeg går op ad trappen' },
                { text: 'Holde en pause, før jeg bliver helt udmattet' },
              ],
            }),
            block('callout', 'kol-advarsel-traening', {
              tone: 'warning',
              title: 'Stop og hvil',
              text: 'Stop træningen, hvis du får ondt i brystet, bliver svimmel eller får meget mere åndenød, end du plejer. Fortæl det til din læge.',
            }),
          ),
        },
        {
          slug: 'kol-mad-og-vaegt',
          title: 'Mad og vægt med KOL',
          summary: 'Letlæst: små måltider giver kræfter.',
          easyRead: true,
          body: richText(
            p('Din krop skal bruge mad for at have kræfter.'),
            p('Med KOL bruger du mange kræfter på at trække vejret.'),
            p('Nogle med KOL taber sig uden at ville det. Det er ikke godt. Du mister kræfter og muskler.'),
            h2('Gode råd'),
            ul([
              'Spis små måltider. Spis tit.',
              'Spis fem eller seks gange om dagen.',
              'Vælg mad, der mætter godt, fx æg, fisk, kød, ost og mælk.',
              'Hvil lidt før du spiser.',
              'Drik efter maden. Så bliver du ikke mæt for hurtigt.',
            ]),
            p('Vej dig en gang om ugen. Skriv vægten ned.'),
            p('En diætist kan hjælpe dig. Spørg i sundhedscentret.'),
            block('callout', 'kol-laege-vaegttab', {
              tone: 'contact-doctor',
              title: 'Kontakt din læge',
              text: 'Kontakt din læge, hvis du taber dig uden at ville det.',
            }),
            block('quiz', 'kol-quiz-mad', {
              question: 'Hvad er et godt råd om mad, når du har KOL?',
              multiple: false,
              options: [
                {
                  text: 'Spis ét stort måltid om dagen.',
                  correct: false,
                  feedback: 'Nej. Et stort måltid kan gøre det svært at trække vejret.',
                },
                {
                  text: 'Spis små måltider mange gange om dagen.',
                  correct: true,
                  feedback: 'Ja. Små måltider er lettere. Du får flere kræfter.',
                },
                {
                  text: 'Spring måltider over, hvis du er træt.',
                  correct: false,
                  feedback: 'Nej. Du har brug for mad. Hvil lidt, og spis så lidt.',
                },
              ],
            }),
          ),
        },
      ],
    },
    {
      slug: 'kol-tryghed-i-hverdagen',
      title: 'Tryghed i hverdagen',
      summary: 'Forværring, rygestop, angst og åndenød: det, der giver ro og overskud.',
      lessons: [
        {
          slug: 'kol-forvaerring-og-handleplan',
          title: 'Forværring og din handleplan',
          summary: 'Kend tegnene, og vid hvad du skal gøre.',
          body: richText(
            p(
              'Nogle gange bliver KOL pludselig værre i nogle dage. Det kaldes en **forværring** eller en eksacerbation. Den kommer ofte efter en forkølelse eller en anden infektion.',
            ),
            h2('Tegn på forværring'),
            ul([
              'Du er mere forpustet end normalt.',
              'Du hoster mere og har mere slim.',
              'Slimet skifter farve, fx til gult eller grønt.',
              'Du har feber eller føler dig meget træt og utilpas.',
            ]),
            p(
              'Jo før du reagerer, jo bedre. Lav en **handleplan** sammen med din læge. Den beskriver, hvad du selv skal gøre, fx om du skal tage mere anfaldsmedicin, og hvornår du skal ringe.',
            ),
            p(
              'Hæng handleplanen et sted, hvor du og dine pårørende let kan finde den, fx på køleskabet. Skriv også telefonnummeret til din læge og lægevagten på den.',
            ),
            block('callout', 'kol-laege-forvaerring', {
              tone: 'contact-doctor',
              title: 'Kontakt din læge',
              text: 'Kontakt din læge samme dag, hvis du har tegn på forværring, og din handleplan ikke hjælper. Uden for lægens åbningstid ringer du til lægevagten.',
            }),
            block('callout', 'kol-advarsel-112', {
              tone: 'warning',
              title: 'Ring 112',
              text: 'Ring 112, hvis du har meget svært ved at trække vejret, også i hvile, hvis du ikke kan tale i hele sætninger, hvis læberne bliver blålige, eller hvis du bliver forvirret eller meget døsig.',
            }),
            block('quiz', 'kol-quiz-forvaerring', {
              question: 'Hvilke tegn kan betyde, at din KOL er ved at blive forværret? Vælg alle de rigtige.',
              multiple: true,
              options: [
                {
                  text: 'Du er mere forpustet end du plejer.',
                  correct: true,
                  feedback: 'Rigtigt. Øget åndenød er et af de vigtigste tegn.',
                },
                {
                  text: 'Slimet er blevet gult eller grønt.',
                  correct: true,
                  feedback: 'Rigtigt. Det kan være tegn på en infektion.',
                },
                {
                  text: 'Du har haft en god nats søvn.',
                  correct: false,
                  feedback: 'Nej. Det er et godt tegn, ikke et tegn på forværring.',
                },
                {
                  text: 'Du hoster mere end normalt.',
                  correct: true,
                  feedback: 'Rigtigt. Mere hoste og mere slim er typiske tegn.',
                },
              ],
            }),
          ),
        },
        {
          slug: 'kol-rygestop',
          title: 'Rygestop gør en forskel',
          summary: 'Det bedste, du kan gøre for dine lunger, og hvor du kan få hjælp.',
          body: richText(
            p(
              'Hvis du ryger, er rygestop det vigtigste, du kan gøre for dine lunger. Skaderne i lungerne går ikke væk. Men når du stopper, bliver lungerne ikke lige så hurtigt dårligere.',
            ),
            p(
              'Mange mærker også, at de hoster mindre og får færre infektioner efter nogle måneder. Det er aldrig for sent at stoppe, heller ikke selvom du har røget i mange år.',
            ),
            h2('Du behøver ikke gøre det alene'),
            p(
              'Det kan være svært at stoppe. De fleste har brug for flere forsøg. Med hjælp er chancen for at lykkes større.',
            ),
            ul([
              'Kommunen tilbyder gratis rygestopforløb, alene eller på hold.',
              'Nikotinplaster, tyggegummi eller spray kan tage toppen af trangen.',
              'Din læge kan tale med dig om medicin, der gør det lettere at stoppe.',
              'Fortæl familie og venner, at du stopper, så de kan støtte dig.',
            ]),
            p(
              'Har du allerede stoppet? Så er det flot. Undgå også passiv rygning, fx ved at bede gæster om at ryge udenfor.',
            ),
            block('reflection', 'kol-refleksion-rygestop', {
              prompt:
                'Hvad ville være din vigtigste grund til at stoppe med at ryge, eller til at blive ved med at være røgfri?',
              hint: 'Det kan være helbredet, familien, økonomien eller noget helt fjerde.',
            }),
            block('callout', 'kol-info-rygestop', {
              tone: 'info',
              title: 'Gratis hjælp',
              text: 'Ring til kommunens sundhedscenter, og spørg efter et rygestopforløb. Du kan også tale med din læge om det.',
            }),
          ),
        },
        {
          slug: 'kol-angst-og-aandenoed',
          title: 'Angst og åndenød',
          summary: 'Når det er svært at få luft, kan man blive bange. Sådan kan du finde ro.',
          body: richText(
            p(
              'Det er ubehageligt ikke at kunne få luft. Mange med KOL bliver bange eller urolige, når de bliver forpustede. Det er en helt naturlig reaktion.',
            ),
            p(
              'Angst kan gøre åndenøden værre. Når du bliver bange, trækker du vejret hurtigere og mere overfladisk. Så bliver du mere forpustet, og angsten vokser. Det kaldes en ond cirkel.',
            ),
            h2('Sådan kan du bryde cirklen'),
            ul([
              'Stop op, og find en hvilestilling.',
              'Brug læbepust, og gør udåndingen lang.',
              'Sig til dig selv: "Det går over. Jeg kender det her."',
              'Brug din anfaldsmedicin, hvis det står i din handleplan.',
            ]),
            p(
              'Øv afspænding, når du har det godt. Så kender kroppen øvelsen, når du får brug for den. Prøv øvelsen herunder.',
            ),
            audio('kol-audio-afspaending', afspaendingAudio),
            p(
              'Tal med nogen om det, der er svært. Har du i længere tid været trist, bekymret eller angst, så tal med din læge. Der findes god hjælp.',
            ),
            block('contact', 'kol-kontakt-sundhedscenter', {
              name: 'Dit sundhedscenter',
              role: 'KOL-sygeplejerske eller fysioterapeut',
              hours: 'Ring til kommunens sundhedscenter på hverdage. Nummeret står på kommunens hjemmeside.',
            }),
          ),
        },
      ],
    },
  ],
  narrations: [laebepustVideo, afspaendingAudio],
};
