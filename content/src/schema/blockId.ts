import { z } from 'zod';

/** A learning block's id: stable across edits, so progress (SCORM suspend_data) can refer to it. */
export const blockIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'Ugyldigt blok-id');
