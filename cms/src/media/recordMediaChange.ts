import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { CollectionBeforeChangeHook } from 'payload';

/*
 * Keeps two facts a clinical approval depends on: a fingerprint of the file's bytes (a replaced
 * file is a change the reviewer never saw) and who last changed what readers see of the item
 * (file, alternative text, credit), so nobody approves a lesson whose picture text they wrote.
 */
export const recordMediaChange: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const file = req.file as { data?: Buffer; tempFilePath?: string } | undefined;
  const bytes = file?.data?.length ? file.data : file?.tempFilePath ? readFileSync(file.tempFilePath) : undefined;
  if (bytes) data.sha256 = createHash('sha256').update(bytes).digest('hex');
  const seen = (doc: Record<string, unknown> | undefined) => [doc?.sha256, doc?.alt, doc?.credit];
  const changed = JSON.stringify(seen({ ...originalDoc, ...data })) !== JSON.stringify(seen(originalDoc));
  if (changed && req.user) data.changedBy = req.user.id;
  return data;
};
