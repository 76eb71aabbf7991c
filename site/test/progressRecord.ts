import type { ProgressRecord } from '../src/progress/merge.ts';

/** A lesson's progress record for tests: started, nothing answered, unless told otherwise. */
export const progressRecord = (overrides: Partial<ProgressRecord> = {}): ProgressRecord => ({
  lesson: 'maal-dit-blodsukker',
  status: 'incomplete',
  location: '',
  suspendData: '',
  score: null,
  updatedAt: '2026-11-20T10:00:00.000Z',
  ...overrides,
});
