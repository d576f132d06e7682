import path from 'node:path';
import type { Plugin } from 'vite';
import { formatMessage } from '../src/narrative/compile.ts';
import { type BuiltStory, buildStory } from './story-build.ts';

/**
 * Imports `.ink` files. The dev server compiles on each request and hot-reloads the story;
 * a compile error shows Vite's overlay with file and line while the game keeps the last good
 * version. A build ships the compiled JSON and the points possible, never the compiler.
 *
 *   import story from './s1.ink'        -> the whole story (JSON, header, points possible)
 *   import meta from './s1.ink?meta'    -> everything but the JSON, for the scenario menu
 */
export function inkPlugin(): Plugin {
  return {
    name: 'wudi-ink',
    enforce: 'pre',
    async load(id) {
      const [file, query] = id.split('?', 2);
      if (!file?.endsWith('.ink')) return null;
      const built = await buildStory(file);
      for (const f of built.files) if (f !== file) this.addWatchFile(f);
      const errors = built.messages.filter((m) => m.severity === 'error');
      const first = errors[0];
      if (!built.json || first) {
        const message = (errors.length > 0 ? errors : built.messages).map(formatMessage).join('\n');
        this.error({
          message: `Ink story does not compile:\n${message || `${built.file}: unknown compiler failure`}`,
          id: file,
          loc: first ? { file: path.resolve(first.file), line: first.line ?? 1, column: 0 } : undefined,
        });
      }
      for (const warning of built.messages.filter((m) => m.severity === 'warning'))
        this.warn(formatMessage(warning));
      return { code: moduleCode(built, query === 'meta'), map: null };
    },
  };
}

function moduleCode(built: BuiltStory, metaOnly: boolean): string {
  const explore = built.explore;
  const meta = {
    id: built.id,
    locale: built.locale,
    file: built.file,
    hash: built.hash,
    header: built.header,
    possible: explore?.possible ?? null,
    exact: explore?.exact ?? false,
    boundNote: explore?.note ?? null,
    decisionsMin: explore?.decisionsMin ?? 0,
    decisionsMax: explore?.decisionsMax ?? 0,
  };
  const payload = metaOnly ? meta : { ...meta, json: built.json };
  return `export default ${JSON.stringify(payload)};\n`;
}
