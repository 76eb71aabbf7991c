import { block, h2, image, p, richText, ul, video } from '../lexical.ts';
import type { SeedNarration, SeedTranslation } from '../types.ts';

/*
 * English translation of "Lev livet med type 2-diabetes" for English-speaking citizens in Denmark.
 * Keyed by the Danish slugs; block ids and media keys are the same as in diabetes.ts.
 */

const movementVideo: SeedNarration = {
  mediaKey: 'video-diabetes',
  captionsKey: 'captions-diabetes-en',
  title: 'Movement and blood sugar',
  cues: [
    'When you move, your muscles use sugar from your blood.',
    'That is why a 10-minute walk after dinner can lower your blood sugar.',
    'All movement counts, including gardening and taking the stairs.',
    'Start small and build up slowly, so that you can keep it going.',
    'Ask your health centre whether there is a group you can join.',
  ],
};

export const diabetesEnglish: SeedTranslation = {
  program: {
    title: 'Living well with type 2 diabetes',
    summary:
      'A course for you if you have type 2 diabetes. You will learn about the condition, about food and physical activity, and about how to look after yourself in everyday life.',
  },
  modules: {
    'forstaa-din-diabetes': {
      title: 'Understanding your diabetes',
      summary: 'What happens in your body, and how do you keep an eye on your blood sugar?',
    },
    'mad-og-bevaegelse': {
      title: 'Food and physical activity in everyday life',
      summary: 'Small changes to what you eat and do can make a big difference.',
    },
    'pas-godt-paa-dig-selv': {
      title: 'Looking after yourself',
      summary: 'Feet, mood and motivation: the things that help you keep going.',
    },
  },
  lessons: {
    'hvad-er-type-2-diabetes': {
      title: 'What is type 2 diabetes?',
      summary: 'A short introduction to the condition, and why it helps to understand it.',
      body: richText(
        p(
          'When you eat, some of your food is turned into sugar in your blood. Your body uses the hormone insulin to move that sugar into your cells, where it gives you energy.',
        ),
        p(
          'If you have type 2 diabetes, insulin does not work as well as it should. This means there is too much sugar in your blood. This is called **high blood sugar**.',
        ),
        h2('Why does it matter?'),
        p(
          'High blood sugar over many years can damage your eyes, kidneys, nerves, heart and blood vessels. The good news is that there is a lot you can do yourself to keep the condition under control.',
        ),
        ul([
          'Food and drink that suit you',
          'Physical activity that you enjoy',
          'Medicine, if your doctor prescribes it',
          'Check-ups with your GP, so that any changes are picked up in good time',
        ]),
        p(
          'You are not alone. Around 300,000 people in Denmark live with type 2 diabetes, and many of them lead a good and active life with the condition.',
        ),
        block('reflection', 'refleksion-hvad-ved-du', {
          prompt: 'What do you already know about your diabetes, and what would you like to know more about?',
          hint: 'Jot down a few notes if you like. You can bring them to your next appointment at the health centre.',
        }),
      ),
    },
    'maal-dit-blodsukker': {
      title: 'Measuring your blood sugar',
      summary: 'How to measure it, and what the numbers can tell you.',
      body: richText(
        p(
          'Some people with type 2 diabetes measure their own blood sugar. Your GP or nurse will tell you whether you need to measure it, and how often.',
        ),
        h2('How to do it'),
        ul([
          'Wash and dry your hands.',
          'Prick the side of a fingertip with the lancet.',
          'Hold the test strip to the drop of blood and wait for the reading.',
          'Write down the reading, the time and what you have eaten.',
        ]),
        image(
          'diabetes-billede-maaler',
          'diabetes-maaler',
          'The meter shows your blood sugar right now. Here it reads 6.4 mmol/l.',
        ),
        p(
          'A blood sugar reading shows how things are right now. The **HbA1c** figure, on the other hand, shows your average blood sugar over the past two to three months. Your GP measures it with a blood test.',
        ),
        h2('When the reading is too high or too low'),
        p(
          'If you feel very thirsty, tired or dizzy, measure your blood sugar if you have the equipment to do so. Contact your GP if your readings are repeatedly outside the limits you have agreed on.',
        ),
        block('callout', 'kontakt-laege-maalinger', {
          tone: 'contact-doctor',
          title: 'Contact your GP',
          text: 'Contact your GP if your blood sugar is very high and at the same time you are being sick, find it hard to breathe or become confused.',
        }),
        block('quiz', 'quiz-hba1c', {
          question: 'What does the HbA1c figure show?',
          multiple: false,
          options: [
            {
              text: 'Your blood sugar right now',
              correct: false,
              feedback: 'No. That is what a finger-prick reading shows.',
            },
            {
              text: 'Your average blood sugar over the past two to three months',
              correct: true,
              feedback: 'Yes. That is why your GP measures it with a blood test a couple of times a year.',
            },
            {
              text: 'How much insulin you need',
              correct: false,
              feedback: 'No. Your doctor decides that based on several things.',
            },
          ],
        }),
      ),
    },
    'mad-der-holder-blodsukkeret-stabilt': {
      title: 'Food that keeps your blood sugar steady',
      summary: 'Good advice on meals, fibre and sweet things.',
      body: richText(
        p(
          'There is no special diabetes diet. It is the same healthy food that is good for everyone. The most important thing is to find a way of eating that you can stick to.',
        ),
        h2('The plate model'),
        p(
          'Fill half your plate with vegetables. Fill a quarter with potatoes, wholegrain rice or wholegrain pasta, and the last quarter with fish, meat, eggs or beans.',
        ),
        image(
          'diabetes-billede-tallerken',
          'tallerkenmodellen',
          'The plate model: half vegetables, a quarter potatoes and a quarter fish.',
        ),
        ul([
          'Eat three main meals and a couple of small snacks.',
          'Choose wholegrains: they contain fibre, which makes your blood sugar rise more slowly.',
          'Drink water when you are thirsty.',
          'Save cake and fizzy drinks for special occasions.',
        ]),
        p('A dietitian can help you make a plan that suits your habits and your budget. Ask at your health centre.'),
        block('quiz', 'quiz-tallerken', {
          question: 'How much of your plate should be vegetables?',
          multiple: false,
          options: [
            { text: 'A quarter', correct: false, feedback: 'Try again: vegetables should take up the most space.' },
            {
              text: 'Half',
              correct: true,
              feedback: 'Correct. Vegetables fill you up and make your blood sugar rise slowly.',
            },
            {
              text: 'It does not matter',
              correct: false,
              feedback: 'It actually does matter what you fill your plate with.',
            },
          ],
        }),
      ),
    },
    'kom-i-gang-med-bevaegelse': {
      title: 'Getting started with physical activity',
      summary: 'Physical activity lowers your blood sugar. Start small.',
      body: richText(
        p(
          'When you move, your muscles use sugar from your blood. That is why a walk after dinner can lower your blood sugar.',
        ),
        video('diabetes-video-bevaegelse', movementVideo),
        p(
          'The Danish Health Authority (Sundhedsstyrelsen) recommends that adults are physically active for at least 30 minutes a day. You are welcome to split the time into short spells of 10 minutes.',
        ),
        h2('Ideas to get you started'),
        ul([
          'Go for a walk with your neighbour or your dog.',
          'Take the stairs instead of the lift.',
          'Cycle to the local shop.',
          'Try a group exercise class at your health centre with other people.',
        ]),
        p('If you get chest pain or become very short of breath, stop and contact your GP before you carry on.'),
        block('checklist', 'maal-bevaegelse', {
          kind: 'goal',
          title: 'My physical activity goal for this week',
          items: [
            { text: 'Go for a 10-minute walk after dinner on three days' },
            { text: 'Take the stairs when I can' },
          ],
        }),
      ),
    },
    'foedderne-og-diabetes': {
      title: 'Your feet and diabetes',
      summary: 'Why your feet need extra care.',
      body: richText(
        p(
          'Diabetes can reduce the feeling in your feet. This means you might not notice a small wound or a blister, and it could turn into an infection.',
        ),
        h2('Look at your feet every day'),
        ul([
          'Check for wounds, cracks, blisters and redness. Use a mirror if it is hard to see the soles of your feet.',
          'Wash your feet in lukewarm water, and dry well between your toes.',
          'Wear shoes that fit, and socks without tight elastic.',
        ]),
        p(
          'You may be entitled to a subsidy for treatment by a **chiropodist** (podiatrist). Ask your GP whether a chiropodist should look at your feet.',
        ),
        block('checklist', 'tjekliste-foedder', {
          kind: 'checklist',
          title: 'Your daily foot check',
          items: [
            { text: 'Look under your feet and between your toes' },
            { text: 'Feel for warmth or swelling' },
            { text: 'Check your shoes for stones and rough seams' },
          ],
        }),
        block('quiz', 'diabetes-quiz-foedder', {
          question: 'Which of these are part of looking after your feet well? Choose all the correct answers.',
          multiple: true,
          options: [
            {
              text: 'Checking for wounds, blisters and redness every day',
              correct: true,
              feedback: 'Correct. That way you spot a small wound before it turns into an infection.',
            },
            {
              text: 'Drying well between your toes after washing your feet',
              correct: true,
              feedback: 'Correct. Moisture between your toes can make the skin crack.',
            },
            {
              text: 'Checking your shoes for stones before you put them on',
              correct: true,
              feedback: 'Correct. A small stone can cause a wound that you might not feel.',
            },
            {
              text: 'Waiting to look at your feet until they hurt',
              correct: false,
              feedback:
                'No. When the feeling in your feet is reduced, you might not feel the pain. That is why you should look at your feet every day.',
            },
          ],
        }),
        block('callout', 'advarsel-saar', {
          tone: 'warning',
          title: '',
          text: 'A wound on your foot that is not getting better after two days should be seen by a doctor.',
        }),
      ),
    },
    'naar-motivationen-svinger': {
      title: 'When your motivation comes and goes',
      summary: 'It is completely normal to have days when it feels hard.',
      body: richText(
        p(
          'Energy and enthusiasm go up and down. That is true for everyone. What matters is not being perfect, but getting back on track.',
        ),
        h2('Three things that can help'),
        ul([
          'Set yourself a small goal for the coming week, for example two walks.',
          'Tell someone you trust what you plan to do.',
          'Read a lesson again whenever you feel like it. It will be here when you need it.',
        ]),
        p('If you have been finding things hard for a long time, talk to your GP or a nurse at your health centre.'),
        block('reflection', 'refleksion-motivation', {
          prompt: 'What has helped you in the past when it was hard to keep going?',
        }),
        block('contact', 'kontakt-sundhedscenter', {
          name: 'Your health centre',
          role: 'Nurse or dietitian',
          hours:
            "Call your municipality's health centre on weekdays. You will find the number on the municipality's website.",
        }),
      ),
    },
  },
  narrations: [movementVideo],
};
