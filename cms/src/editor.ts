import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  type LinkFeatureServerProps,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical';
import { hrefSchema } from '@sundhed/content';
import type { Block, Field } from 'payload';
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
 * A link's address is checked by the content contract's own rule (`hrefSchema`), so the CMS refuses
 * what the export would refuse ("www.sundhed.dk" without https://), with the same words.
 */
const linkFields: LinkFeatureServerProps['fields'] = ({ defaultFields }) =>
  defaultFields.map((field) =>
    'name' in field && field.name === 'url'
      ? {
          ...field,
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (siblingData?.linkType === 'internal') return true;
            const href = hrefSchema.safeParse(value);
            return href.success || (href.error.issues[0]?.message ?? 'Ugyldigt link');
          },
        }
      : field,
  ) as Field[];

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
  LinkFeature({ enabledCollections: [], fields: linkFields }),
  FixedToolbarFeature(),
  InlineToolbarFeature(),
];

/** Plain rich text: local introductions and notes. */
export const textEditor = lexicalEditor({ features: textFeatures });

/** The learning blocks a lesson or article body may hold between its paragraphs. */
export const lessonBlocks: Block[] = [
  CalloutBlock,
  QuizBlock,
  ReflectionBlock,
  ChecklistBlock,
  ContactCardBlock,
  ImageBlock,
  VideoBlock,
  AudioBlock,
  DownloadBlock,
];

/** A lesson's body: rich text with learning blocks between the paragraphs. */
export const lessonEditor = lexicalEditor({
  features: () => [...textFeatures(), BlocksFeature({ blocks: lessonBlocks })],
});
