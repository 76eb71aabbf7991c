import type { ProgressRecord } from './merge.ts';
import { readerStatus, type StoredCmi } from './store.ts';

/** A lesson's stored `cmi` as the record devices exchange and the server keeps. */
export function recordOf(lesson: string, cmi: StoredCmi, updatedAt: string): ProgressRecord {
  const score = Number.parseFloat(cmi.core?.score?.raw ?? '');
  return {
    lesson,
    status: readerStatus(cmi.core?.lesson_status),
    location: cmi.core?.lesson_location ?? '',
    suspendData: cmi.suspend_data ?? '',
    score: Number.isFinite(score) ? score : null,
    updatedAt,
  };
}

/** The other way: a record (from the server) written into a stored `cmi`, keeping its other fields. */
export function cmiOf(record: ProgressRecord, cmi: StoredCmi = {}): StoredCmi {
  const { score: _score, ...core } = cmi.core ?? {};
  return {
    ...cmi,
    core: {
      ...core,
      lesson_status: record.status,
      lesson_location: record.location,
      ...(record.score === null ? {} : { score: { raw: String(record.score) } }),
    },
    suspend_data: record.suspendData,
  };
}
