import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical';
import { AudioBlock } from './blocks/Audio.ts';
import { CalloutBlock } from './blocks/Callout.ts';
import { ChecklistBlock } from './blocks/Checklist.ts';
import { ContactCardBlock } from './blocks/ContactCard.ts';
import { DownloadBlock } from './blocks/Download.ts';
import { ImageBlock } from './blocks/Image.ts';
import { QuizBlock } from './blocks/Quiz.ts';
import { ReflectionBlock } from './blocks/Reflection.ts';
import { VideoBlock } from './blocks/Video.ts';

/*
 * Only the features the export can turn into content/'s schemas. Anything more (raw HTML, embeds)
 * would either fail the export or be a way for editor text to become code.
 */
const textFeatures = () => [
  ParagraphFeature(),
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
  BoldFeature(),
  ItalicFeature(),
  UnorderedListFeature(),
  OrderedListFeature(),
  BlockquoteFeature(),
  LinkFeature({ enabledCollections: [] }),
  FixedToolbarFeature(),
  InlineToolbarFeature(),
];

/** Plain rich text: local introductions and notes. */
export const textEditor = lexicalEditor({ features: textFeatures });

/** A lesson's body: rich text with learning blocks between the paragraphs. */
export const lessonEditor = lexicalEditor({
  features: () => [
    ...textFeatures(),
    BlocksFeature({
      blocks: [
        CalloutBlock,
        QuizBlock,
        ReflectionBlock,
        ChecklistBlock,
        ContactCardBlock,
        ImageBlock,
        VideoBlock,
        AudioBlock,
        DownloadBlock,
      ],
    }),
  ],
});
