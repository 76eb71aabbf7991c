import { closeSync, openSync, readSync } from 'node:fs';
import { APIError, type CollectionBeforeValidateHook } from 'payload';

/*
 * Text uploads are only accepted as WebVTT captions: a `.vtt` name and a body that starts with
 * "WEBVTT". They are then stored as text/vtt, the type browsers require for <track>.
 */

const webVttHeader = /^\uFEFF?WEBVTT(?:[ \t][^\r\n]*)?(?:\r\n|\r|\n|$)/;

export function isWebVtt(name: string, contents: Buffer): boolean {
  return name.toLowerCase().endsWith('.vtt') && webVttHeader.test(contents.subarray(0, 256).toString('utf8'));
}

/** The first bytes of an upload, whether Payload holds it in memory or in a temporary file. */
function head(file: { data: Buffer; tempFilePath?: string }): Buffer {
  if (file.data.length > 0 || !file.tempFilePath) return file.data;
  const buffer = Buffer.alloc(256);
  const fd = openSync(file.tempFilePath, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

export const acceptOnlyWebVttText: CollectionBeforeValidateHook = ({ data, req }) => {
  const file = req.file;
  if (!file || !data) return data;
  const types = [file.mimetype, data.mimeType].filter((type): type is string => typeof type === 'string');
  // No type at all means file sniffing found no known format: text, or something unknown.
  const isText = types.length === 0 || types.some((type) => type.startsWith('text/'));
  if (!isText) return data;
  if (!isWebVtt(file.name, head(file))) {
    throw new APIError(
      'Tekstfiler kan kun uploades som undertekster i WebVTT-format (.vtt, der begynder med "WEBVTT").',
      400,
      undefined,
      true,
    );
  }
  data.mimeType = 'text/vtt';
  return data;
};
