/*
 * What may be uploaded: pictures, video, sound, captions and PDFs. No SVG (it can carry script),
 * no HTML, nothing executable. Payload checks the bytes against this list, not just the name.
 */
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'];
export const videoMimeTypes = ['video/mp4', 'video/webm'];
export const audioMimeTypes = ['audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/webm'];
export const documentMimeTypes = ['application/pdf'];
/** Captions (WebVTT) are text, which file sniffing cannot tell from other text; see captionsFile.ts. */
export const captionsMimeTypes = ['text/vtt', 'text/plain'];

export const uploadMimeTypes = [
  ...imageMimeTypes,
  ...videoMimeTypes,
  ...audioMimeTypes,
  ...documentMimeTypes,
  ...captionsMimeTypes,
];

/** Largest upload: a few minutes of video at a phone-friendly bitrate. */
export const maxUploadBytes = 200 * 1024 * 1024;
