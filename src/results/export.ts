import { fileSlug } from '../words/format.ts';
import { type LearnerResult, RESULT_FILE_KIND, RESULT_FORMAT_VERSION, type ResultFile } from './result.ts';

/** The file a learner hands to the trainer: one result, or all of them. */
export function resultFile(results: readonly LearnerResult[], exportedAt: Date): ResultFile {
  return {
    kind: RESULT_FILE_KIND,
    version: RESULT_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    results: [...results],
  };
}

/** wudi-<learner>-<scenario>.json, or wudi-<learner>-all.json for every result. */
export function exportFileName(
  learner: string,
  scenarioId: string | null,
  extension: 'json' | 'csv',
): string {
  return `wudi-${fileSlug(learner, 'learner')}-${scenarioId ? fileSlug(scenarioId, 'scenario') : 'all'}.${extension}`;
}
