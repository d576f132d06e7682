import * as v from 'valibot';

/**
 * The few valibot pieces saved data, files and channel messages are described with. Every one
 * carries the words a person reads when a value does not fit ("runs.s1.storyHash should be text"),
 * so a problem report says where and what was expected.
 */
export class InvalidData extends Error {}

export const text = v.string('text');
export const number = v.pipe(v.number('a number'), v.finite('a number'));
export const count = v.pipe(
  v.number('a whole number, zero or more'),
  v.integer('a whole number, zero or more'),
  v.minValue(0, 'a whole number, zero or more'),
);
export const flag = v.boolean('true or false');
export const isoTime = v.pipe(
  text,
  v.check((s) => !Number.isNaN(Date.parse(s)), 'a date and time'),
);

export function oneOf<const T extends readonly string[]>(values: T) {
  return v.picklist(values, `one of ${values.join(', ')}`);
}

/** Absent or null reads as null. */
export function maybe<S extends v.GenericSchema>(schema: S) {
  return v.nullish(schema, null);
}

export function listOf<S extends v.GenericSchema>(schema: S) {
  return v.array(schema, 'a list');
}

export function recordOf<S extends v.GenericSchema>(schema: S) {
  return v.record(v.string(), schema, 'an object');
}

export function shape<E extends v.ObjectEntries>(entries: E) {
  // A missing key is reported by the object: it says what that key should have been.
  return v.object(entries, (issue) => {
    const last = issue.path?.at(-1) as { origin?: string; key?: unknown } | undefined;
    if (last?.origin !== 'key' || typeof last.key !== 'string') return 'an object';
    const entry = entries[last.key] as { message?: unknown } | undefined;
    return typeof entry?.message === 'string' ? entry.message : 'present';
  });
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "root.a[2].b should be text": where the first problem is, and what was expected there. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[], root: string): string {
  const issue = issues[0];
  if (!issue) return `${root} is not valid`;
  let path = root;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return `${path} should be ${issue.message}`;
}

/** The value as the schema reads it, or an InvalidData error saying what does not fit. */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  root: string,
): v.InferOutput<S> {
  const read = v.safeParse(schema, value);
  if (read.success) return read.output;
  throw new InvalidData(describeIssue(read.issues, root));
}
