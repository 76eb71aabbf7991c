import type { Field } from 'payload';
import { lessonBlocks } from '../editor.ts';
import { lexicalNodes } from '../lexicalNodes.ts';
import { relationId } from '../relationId.ts';

/*
 * Which media library items a rich-text body uses: the upload fields of its learning blocks
 * (pictures, video and its captions, sound, downloads), read from the block definitions so a new
 * block's files count without a list to keep in step.
 */

const isMediaUpload = (field: Field): field is Field & { name: string } =>
  field.type === 'upload' && field.relationTo === 'media' && 'name' in field;

const mediaFieldNames = new Set(lessonBlocks.flatMap((block) => block.fields.filter(isMediaUpload).map((f) => f.name)));

/** Ids of the media items a Lexical body refers to, in reading order, each once. */
export function mediaIdsIn(body: unknown): string[] {
  const found = new Set<string>();
  for (const node of lexicalNodes(body)) {
    if (node.type !== 'block' || !node.fields || typeof node.fields !== 'object') continue;
    for (const name of mediaFieldNames) {
      const id = relationId((node.fields as Record<string, unknown>)[name]);
      if (id) found.add(id);
    }
  }
  return [...found];
}
