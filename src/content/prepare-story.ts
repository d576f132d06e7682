import { compileInk, formatMessage } from '../narrative/compile.ts';
import { readHeader } from '../narrative/engine.ts';
import { exploreStory } from '../narrative/explore.ts';
import { hashText } from '../narrative/hash.ts';
import { lintSource, unreachableSections } from '../narrative/lint.ts';
import type { StoryModule } from './story-module.ts';

/**
 * Turns the text of a `.ink` file a facilitator opened into a playable story module: compile,
 * check the tags, explore every path. Runs in a worker in the browser; pure otherwise.
 */
export interface PreparedStory {
  module: StoryModule | null;
  /** compile errors and tag problems, each as "file:line: severity: message" */
  messages: string[];
  errors: number;
}

export async function prepareStory(fileName: string, source: string, id: string): Promise<PreparedStory> {
  const result = await compileInk({
    filename: fileName,
    source,
    loadInclude: (name) => {
      throw new Error(
        `INCLUDE "${name}" cannot be opened from the browser: paste the included file into this one`,
      );
    },
  });
  const messages = result.messages.map(formatMessage);
  const errors = result.messages.filter((m) => m.severity === 'error').length;
  if (!result.json || errors > 0) return { module: null, messages, errors: Math.max(1, errors) };
  const lint = [...lintSource(fileName, source), ...unreachableSections(fileName, source)];
  for (const p of lint) messages.push(formatMessage(p));
  const explore = exploreStory(result.json, { maxStates: 20_000, fallbackWalks: 500 });
  const header = readHeader(result.json);
  return {
    module: {
      id,
      locale: 'any',
      file: fileName,
      hash: hashText(result.json),
      header: { ...header, title: header.title ?? fileName.replace(/\.ink$/, '') },
      possible: explore.possible,
      capabilityPossible: explore.capabilityPossible,
      exact: explore.exact,
      boundNote: explore.note,
      decisionsMin: explore.decisionsMin,
      decisionsMax: explore.decisionsMax,
      json: result.json,
      map: explore.decisionPoints.map(({ id: pointId, prompt, note, branches }) => ({
        id: pointId,
        prompt,
        note,
        branches,
      })),
      unreachable: lint
        .filter((p) => /never reached/.test(p.message))
        .map((p) => `${p.message} (line ${p.line})`),
    },
    messages,
    errors: lint.filter((p) => p.severity === 'error').length,
  };
}
