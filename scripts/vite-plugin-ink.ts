import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatMessage } from '../src/narrative/compile.ts';
import { lintSource, unreachableSections } from '../src/narrative/lint.ts';
import { type BuiltStory, buildStory } from './story-build.ts';

const EXPLORER = path.resolve(import.meta.dirname, 'explore-story.ts');

/**
 * Imports `.ink` files. The dev server compiles on each request and hot-reloads the story;
 * a compile error shows Vite's overlay with file and line while the game keeps the last good
 * version. A build ships the compiled JSON and the points possible, never the compiler.
 *
 *   import story from './s1.ink'        -> the whole story (JSON, header, points possible)
 *   import meta from './s1.ink?meta'    -> everything but the JSON, for the scenario menu
 *
 * Exploring every path of a large story takes seconds, so the dev server serves an edited story
 * at once and explores it in a child process, then pushes the points possible as an update.
 */
export function inkPlugin(): Plugin {
  let server: ViteDevServer | null = null;
  const buildsThisRun = new Map<string, Promise<BuiltStory>>();
  const buildOnce = (file: string): Promise<BuiltStory> => {
    const known = buildsThisRun.get(file);
    if (known) return known;
    const pending = buildStory(file);
    buildsThisRun.set(file, pending);
    return pending;
  };
  // One explorer per file at most: a newer save makes a running one's answer stale.
  type Job = { hash: string; timer: NodeJS.Timeout | null; child: ChildProcess | null };
  const explorers = new Map<string, Job>();

  // At most one explorer per core: a fresh clone opens every story at once, and ten
  // explorations side by side would starve the dev server and each other. The latest save
  // goes first, so an author's edit is not stuck behind the first load.
  const slots = Math.max(1, os.availableParallelism() - 1);
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  const whenFree = (start: () => void) => {
    if (running < slots) {
      running++;
      start();
    } else
      waiting.unshift(() => {
        running++;
        start();
      });
  };

  const exploreInBackground = (built: BuiltStory, file: string) => {
    const current = explorers.get(file);
    if (!server || current?.hash === built.sourceHash) return;
    if (current?.timer) clearTimeout(current.timer);
    current?.child?.kill();
    const job: Job = {
      hash: built.sourceHash,
      timer: null,
      child: null,
    };
    explorers.set(file, job);
    // Wait for the author to pause, and run at low priority, so the next save still reloads at once.
    job.timer = setTimeout(() => {
      job.timer = null;
      whenFree(() => startExplorer(job, file));
    }, 1500);
  };

  const startExplorer = (job: Job, file: string) => {
    // Superseded by a newer save while it waited: nothing to do.
    if (explorers.get(file) !== job) {
      release();
      return;
    }
    const child = spawn(process.execPath, ['--import', 'tsx', EXPLORER, file], {
      stdio: 'ignore',
      cwd: process.cwd(),
    });
    job.child = child;
    // 'error' (it could not start) and 'exit' may both come: the slot is given back once.
    let freed = false;
    const free = () => {
      if (!freed) release();
      freed = true;
    };
    child.on('error', free);
    if (child.pid) {
      try {
        os.setPriority(child.pid, 19);
      } catch {
        // Not allowed here: it simply runs at normal priority.
      }
    }
    child.on('exit', (code) => {
      free();
      if (explorers.get(file) === job) explorers.delete(file);
      if (code !== 0 || !server) return;
      for (const mod of server.moduleGraph.getModulesByFile(file) ?? []) void server.reloadModule(mod);
    });
  };

  return {
    name: 'wudi-ink',
    enforce: 'pre',
    configureServer(devServer) {
      server = devServer;
    },
    async load(id) {
      const [file, query] = id.split('?', 2);
      if (!file?.endsWith('.ink')) return null;
      // A build imports each story twice (?meta for the menu, then the story): compile it once.
      // The dev server always compiles afresh, since an INCLUDEd file may have changed.
      const built = server ? await buildStory(file, { explore: 'cached-only' }) : await buildOnce(file);
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
      // Tag mistakes do not stop a story from playing, but the author should hear of them at once.
      if (query !== 'meta') {
        for (const p of lintSource(built.file, built.source)) this.warn(formatMessage(p));
      }
      if (!built.explore) exploreInBackground(built, file);
      const unreachable = query === 'meta' ? [] : unreachableSections(built.file, built.source);
      return {
        code: moduleCode(
          built,
          query === 'meta',
          unreachable.map((u) => `${u.message} (line ${u.line})`),
        ),
        map: null,
      };
    },
  };
}

function moduleCode(built: BuiltStory, metaOnly: boolean, unreachable: string[]): string {
  const explore = built.explore;
  const meta = {
    id: built.id,
    locale: built.locale,
    file: built.file,
    hash: built.hash,
    header: built.header,
    // null while the dev server is still exploring an edited story
    possible: explore?.possible ?? null,
    capabilityPossible: explore?.capabilityPossible ?? null,
    exact: explore?.exact ?? false,
    boundNote: explore?.note ?? null,
    decisionsMin: explore?.decisionsMin ?? 0,
    decisionsMax: explore?.decisionsMax ?? 0,
  };
  const map = explore?.decisionPoints.map(({ id, prompt, note, branches }) => ({
    id,
    prompt,
    note,
    branches,
  }));
  // The menu's eager `?meta` modules are part of the first download: the learning goals, which
  // only the facilitator guide prints, travel with the story itself.
  const payload = metaOnly
    ? { ...meta, header: built.header ? { ...built.header, goals: [] } : null }
    : { ...meta, json: built.json, map, unreachable };
  return `export default ${JSON.stringify(payload)};\n`;
}
