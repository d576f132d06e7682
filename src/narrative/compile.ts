/**
 * Compiles Ink source with the inkjs compiler. The compiler is large, so it is imported only
 * when this runs (the build, the checker, a facilitator opening a file), never in the main bundle.
 */
export interface CompileMessage {
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  message: string;
}

export interface CompileResult {
  json: string | null;
  messages: CompileMessage[];
  /** every file read, the main one first: the dev server watches them all */
  files: string[];
}

export interface CompileInput {
  /** name of the main file as messages should show it, e.g. stories/en/s1_strategy.ink */
  filename: string;
  source: string;
  /** loads an INCLUDEd file, given its name resolved against the including file */
  loadInclude?: (resolvedName: string) => string;
}

// inkjs reports e.g. "ERROR: 'stories/en/a.ink' line 12: Expected ..." (file part optional).
const MESSAGE_PATTERN =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?([\s\S]*)$/;

export function parseCompilerMessage(
  raw: string,
  fallbackFile: string,
  severity: 'error' | 'warning',
): CompileMessage {
  const match = MESSAGE_PATTERN.exec(raw.trim());
  if (!match) return { severity, file: fallbackFile, line: null, message: raw.trim() };
  return {
    severity,
    file: match[2] || fallbackFile,
    line: match[3] ? Number(match[3]) : null,
    message: (match[4] ?? '').trim(),
  };
}

export function resolveIncludePath(includingFile: string, name: string): string {
  if (name.startsWith('/')) return name;
  const base = includingFile.includes('/') ? includingFile.slice(0, includingFile.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of (base + name).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export async function compileInk(input: CompileInput): Promise<CompileResult> {
  const { Compiler, CompilerOptions } = await import('inkjs/full');
  const files = [input.filename];
  const messages: CompileMessage[] = [];
  const fileHandler = {
    // INCLUDE paths are relative to the main file, as Inky resolves them.
    ResolveInkFilename: (name: string) => resolveIncludePath(input.filename, name),
    LoadInkFileContents: (resolved: string) => {
      if (!input.loadInclude) throw new Error(`INCLUDE is not available here: ${resolved}`);
      files.push(resolved);
      return input.loadInclude(resolved);
    },
  };
  const options = new CompilerOptions(input.filename, [], false, null, fileHandler as never);
  const compiler = new Compiler(input.source, options);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    json = story.ToJson() ?? null;
  } catch (error) {
    if (compiler.errors.length === 0) {
      messages.push({ severity: 'error', file: input.filename, line: null, message: errorText(error) });
    }
  }
  for (const raw of compiler.errors) messages.push(parseCompilerMessage(raw, input.filename, 'error'));
  for (const raw of compiler.warnings) messages.push(parseCompilerMessage(raw, input.filename, 'warning'));
  if (messages.some((m) => m.severity === 'error')) json = null;
  // The compiler can report one fault several times as it backtracks; say each thing once.
  const seen = new Set<string>();
  const unique = messages.filter((m) => {
    const key = formatMessage(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { json, messages: unique, files };
}

export function formatMessage(m: CompileMessage): string {
  return `${m.file}${m.line !== null ? `:${m.line}` : ''}: ${m.severity}: ${m.message}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
