import fs from 'node:fs';
import path from 'node:path';
import { compileInk } from '../../src/narrative/compile.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/stories');

/** Compiles Ink source for a test; fails loudly with the compiler's messages. */
export async function compileSource(source: string, filename = 'test.ink'): Promise<string> {
  const result = await compileInk({ filename, source });
  if (!result.json)
    throw new Error(result.messages.map((m) => `${m.file}:${m.line}: ${m.message}`).join('\n'));
  return result.json;
}

export async function compileFixture(name: string): Promise<string> {
  return compileSource(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), name);
}
