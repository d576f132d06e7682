import { isEnding, isRole } from './roles.ts';
import { type CarryFact, carryMessage, parseCarry, parseScore, splitTag, stageMessage } from './tags.ts';
import {
  ACCOUNT_STAGES,
  CAPABILITY_IDS,
  CAST_IDS,
  CHOICE_TAGS,
  GOALS_PER_STORY,
  HEADER_TAGS,
  includes,
  LINE_TAGS,
  MOOD_IDS,
  MUSIC_IDS,
  SETTING_IDS,
  SFX_IDS,
} from './vocabulary.ts';

/**
 * Checks the tag contract on the Ink source itself, so every problem comes with its line
 * number (compiled stories keep no line numbers). Pure text in, problems out.
 */
export interface LintProblem {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface LintVocabulary {
  cast: readonly string[];
  moods: readonly string[];
  settings: readonly string[];
  music: readonly string[];
  sfx: readonly string[];
  capabilities: readonly string[];
}

export const DEFAULT_VOCABULARY: LintVocabulary = {
  cast: CAST_IDS,
  moods: MOOD_IDS,
  settings: SETTING_IDS,
  music: MUSIC_IDS,
  sfx: SFX_IDS,
  capabilities: CAPABILITY_IDS,
};

interface FoundTag {
  text: string;
  inChoiceBrackets: boolean;
}

/** Splits one source line into its tags, honouring backslash escapes and `//` comments. */
export function tagsOnLine(line: string): { tags: FoundTag[]; isChoice: boolean } {
  const isChoice = /^\s*[*+]/.test(line);
  const tags: FoundTag[] = [];
  let depth = 0;
  let current: { start: number; inBrackets: boolean } | null = null;
  const close = (end: number) => {
    if (current)
      tags.push({ text: line.slice(current.start, end).trim(), inChoiceBrackets: current.inBrackets });
    current = null;
  };
  let i = 0;
  for (; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '/' && line[i + 1] === '/') break;
    if (ch === '[' && isChoice && !current) depth++;
    else if (ch === ']' && isChoice && depth > 0) {
      close(i);
      depth--;
    } else if (ch === '#') {
      close(i);
      current = { start: i + 1, inBrackets: isChoice && depth > 0 };
    }
  }
  close(i);
  return { tags, isChoice };
}

function stripBlockComments(source: string): string {
  // Keep line numbers: replace comment text but not its newlines.
  return source.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '));
}

export function lintSource(
  file: string,
  source: string,
  vocab: LintVocabulary = DEFAULT_VOCABULARY,
): LintProblem[] {
  const problems: LintProblem[] = [];
  const lines = stripBlockComments(source).split(/\r?\n/);
  const report = (line: number, severity: 'error' | 'warning', message: string) =>
    problems.push({ file, line, severity, message });

  let inHeader = true;
  const header = new Set<string>();
  let goals = 0;
  let scored = false;
  let firstLineWithContent = 0;
  const choiceLines: { line: number; names: Set<string> }[] = [];
  const carried: { name: string; line: number }[] = [];

  lines.forEach((raw, i) => {
    const n = i + 1;
    const fullWidth = /＃\s*([A-Za-z_]+)\s*[:：]/.exec(raw);
    if (
      fullWidth &&
      includes([...HEADER_TAGS, ...LINE_TAGS, ...CHOICE_TAGS], (fullWidth[1] ?? '').toLowerCase())
    ) {
      report(n, 'error', `full-width "＃" before "${fullWidth[1]}": a tag needs the ASCII "#"`);
    }
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    const isTagOnly = trimmed.startsWith('#');
    const isDeclaration = /^(VAR|CONST|INCLUDE|LIST|EXTERNAL)\b/.test(trimmed);
    if (inHeader && !isTagOnly && !isDeclaration) {
      inHeader = false;
      firstLineWithContent = n;
    }
    const { tags, isChoice } = tagsOnLine(raw);
    const choiceTagNames = new Set<string>();
    for (const found of tags) {
      const tag = splitTag(found.text);
      const shown = `#${found.text}`;
      if (tag.name === '') {
        report(n, 'error', `cannot read tag "${shown}": write "# name: value"`);
        continue;
      }
      if (found.inChoiceBrackets) {
        choiceTagNames.add(tag.name);
        checkChoiceTag(tag.name, tag.value, n, report, vocab);
        continue;
      }
      if (inHeader && includes(HEADER_TAGS, tag.name)) {
        header.add(tag.name);
        if (tag.name === 'role') {
          if (isRole(tag.value)) scored = true;
          else report(n, 'error', `unknown role "${tag.value}" in the header (use S, T, R, O or BE)`);
        }
        if (tag.name === 'order' && !/^-?\d+$/.test(tag.value))
          report(n, 'error', `order must be a whole number, got "${tag.value}"`);
        if (tag.name === 'stage' && !includes(ACCOUNT_STAGES, tag.value.toLowerCase()))
          report(n, 'error', `${stageMessage(tag.value)} in the header`);
        if (tag.name === 'goal') {
          if (tag.value.trim() === '')
            report(n, 'warning', 'this "# goal:" is empty: write the learning goal');
          else goals++;
        }
        if (tag.name === 'carry') {
          const fact = parseCarry(tag.value);
          if (!fact) report(n, 'error', carryMessage(tag.value));
          else if (carried.some((c) => c.name === fact.name))
            report(n, 'error', `"${fact.name}" is carried twice: one "# carry:" per fact`);
          else carried.push({ name: fact.name, line: n });
        }
        continue;
      }
      if (includes(CHOICE_TAGS, tag.name)) {
        report(
          n,
          'error',
          isChoice
            ? `"${tag.name}" must be inside the choice's square brackets, e.g. * [Option # ${tag.name}: ...]`
            : `"${tag.name}" is a choice tag; put it inside a choice's square brackets`,
        );
        continue;
      }
      if (includes(HEADER_TAGS, tag.name)) {
        report(
          n,
          'error',
          `"${tag.name}" is a header tag: put it in the first lines of the file, before any text`,
        );
        continue;
      }
      checkLineTag(tag.name, tag.value, n, report, vocab);
    }
    // A fallback choice (`* ->`) is never shown, so it carries no score.
    if (isChoice && !/^\s*[*+][*+\s]*(\([^)]*\)\s*)?(\{[^}]*\}\s*)*->/.test(raw)) {
      choiceLines.push({ line: n, names: choiceTagNames });
    }
  });
  const declared = declaredVariables(source);
  for (const fact of carried) {
    if (!declared.has(fact.name))
      report(
        fact.line,
        'error',
        `"# carry: ${fact.name}" names a variable this story does not declare: add "VAR ${fact.name} = <its value when the scenario is played alone>"`,
      );
  }
  if (scored) {
    for (const choice of choiceLines) {
      if (!choice.names.has('score'))
        report(choice.line, 'error', 'this option has no score: add "# score: S+1" inside its brackets');
      if (!choice.names.has('feedback'))
        report(
          choice.line,
          'error',
          'this option has no coach\'s note: add "# feedback: ..." inside its brackets',
        );
    }
    for (const name of ['title', 'order', 'summary', 'stage'] as const) {
      if (!header.has(name)) report(1, 'warning', `the header has no "# ${name}:"`);
    }
    const [fewest, most] = GOALS_PER_STORY;
    if (goals === 0)
      report(
        1,
        'warning',
        `the header has no "# goal:": write ${fewest} to ${most} learning goals, one "# goal:" line each (the facilitator guide lists them)`,
      );
    else if (goals < fewest || goals > most)
      report(
        1,
        'warning',
        `the header has ${goals} "# goal:" lines; write ${fewest} to ${most} learning goals`,
      );
  } else if (choiceLines.length > 0 || firstLineWithContent > 0) {
    report(1, 'warning', 'no "# role:" in the header: this story plays as a plain, unscored Ink story');
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** A global variable as the source declares it: `VAR name = value`. */
export interface DeclaredVariable {
  name: string;
  line: number;
  /** the default as written, e.g. `false`, `0`, `"none"` */
  value: string;
  type: 'bool' | 'int' | 'float' | 'string' | 'other';
}

export function valueType(value: string): DeclaredVariable['type'] {
  if (value === 'true' || value === 'false') return 'bool';
  if (/^-?\d+$/.test(value)) return 'int';
  if (/^-?\d*\.\d+$/.test(value)) return 'float';
  if (/^".*"$/.test(value)) return 'string';
  return 'other';
}

/** The well-formed `# carry:` tags of the file, each with its line. */
export function carryTags(source: string): CarryFact[] {
  const out: CarryFact[] = [];
  stripBlockComments(source)
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (!raw.trim().startsWith('#')) return;
      for (const found of tagsOnLine(raw).tags) {
        const tag = splitTag(found.text);
        const fact = tag.name === 'carry' ? parseCarry(tag.value) : null;
        if (fact && !out.some((c) => c.name === fact.name)) out.push({ ...fact, line: i + 1 });
      }
    });
  return out;
}

/** Every `VAR` of the file with its line, in file order. */
export function declaredVariables(source: string): Map<string, DeclaredVariable> {
  const out = new Map<string, DeclaredVariable>();
  stripBlockComments(source)
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const m = /^\s*VAR\s+([A-Za-z_]\w*)\s*=\s*(.*?)\s*(\/\/.*)?$/.exec(raw);
      if (!m?.[1] || out.has(m[1])) return;
      const value = m[2] ?? '';
      out.set(m[1], { name: m[1], line: i + 1, value, type: valueType(value) });
    });
  return out;
}

type Report = (line: number, severity: 'error' | 'warning', message: string) => void;

/** Sentences in a note, English or Chinese: ends of sentence followed by more text. */
export function sentenceCount(text: string): number {
  const t = text.trim();
  if (t === '') return 0;
  const ends = t.match(/[.!?](?=\s+["“‘(]?[A-Z0-9])|[。！？](?=.)/g) ?? [];
  return ends.length + 1;
}

function checkChoiceTag(name: string, value: string, n: number, report: Report, vocab: LintVocabulary): void {
  switch (name) {
    case 'score':
      for (const message of parseScore(value).problems) report(n, 'error', message);
      return;
    case 'feedback': {
      if (value.trim() === '') report(n, 'error', "the coach's note (feedback) is empty");
      const sentences = sentenceCount(value);
      if (sentences > 2)
        report(
          n,
          'warning',
          `the coach's note runs to ${sentences} sentences: one or two read best in the debrief (why it helps or hurts, and what it costs)`,
        );
      return;
    }
    case 'cap':
      if (!vocab.capabilities.includes(value))
        report(n, 'error', `unknown capability "${value}" (use one of: ${vocab.capabilities.join(', ')})`);
      return;
    default:
      report(
        n,
        'error',
        includes(LINE_TAGS, name)
          ? `"${name}" is a line tag: put it after the option's text outside the brackets, or on the next line`
          : `unknown choice tag "${name}" (use score, feedback or cap)`,
      );
  }
}

function checkLineTag(name: string, value: string, n: number, report: Report, vocab: LintVocabulary): void {
  const known = (list: readonly string[], what: string) => {
    if (!list.includes(value)) report(n, 'error', `unknown ${what} "${value}" (known: ${list.join(', ')})`);
  };
  switch (name) {
    case 'speaker':
      known(vocab.cast, 'cast id');
      return;
    case 'mood':
      known(vocab.moods, 'mood');
      return;
    case 'scene':
      known(vocab.settings, 'setting');
      return;
    case 'music':
      known(vocab.music, 'music');
      return;
    case 'sfx':
      known(vocab.sfx, 'sound');
      return;
    case 'ending':
      if (!isEnding(value)) report(n, 'error', `unknown ending "${value}" (use strong, mixed or poor)`);
      return;
    case 'facilitator':
      if (value.trim() === '') report(n, 'warning', 'empty trainer note');
      return;
    default:
      report(n, 'error', `unknown tag "${name}" (line tags: ${LINE_TAGS.join(', ')})`);
  }
}

interface Section {
  name: string;
  knot: string;
  line: number;
  isFunction: boolean;
  /** the stitch is the first one in its knot and the knot has no content before it */
  entryStitch: boolean;
}

/**
 * Knots and stitches nothing diverts to. Worked out from the source (so each comes with its line):
 * starting from the top of the file, follow every `->`, `->->`, `<-` and function call.
 */
/** The knots and stitches of a source file, each with the lines that belong to it. */
function parseSections(source: string): { sections: Section[]; body: Map<string, string[]> } {
  const lines = stripBlockComments(source)
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|[^\\])\/\/.*$/, '$1'));
  const sections: Section[] = [];
  const body = new Map<string, string[]>();
  let knot = '';
  let current = '';
  let knotHasContent = false;
  body.set('', []);
  lines.forEach((raw, i) => {
    const knotMatch = /^\s*={2,}\s*(function\s+)?(\w+)/.exec(raw);
    const stitchMatch = !knotMatch && /^\s*=\s*(\w+)/.exec(raw);
    if (knotMatch) {
      knot = knotMatch[2] ?? '';
      current = knot;
      knotHasContent = false;
      sections.push({ name: knot, knot, line: i + 1, isFunction: Boolean(knotMatch[1]), entryStitch: false });
      body.set(current, []);
      return;
    }
    if (stitchMatch) {
      const name = `${knot}.${stitchMatch[1] ?? ''}`;
      const first = !sections.some((s) => s.knot === knot && s.name !== knot);
      sections.push({ name, knot, line: i + 1, isFunction: false, entryStitch: first && !knotHasContent });
      current = name;
      body.set(current, []);
      return;
    }
    if (raw.trim() !== '' && current === knot) knotHasContent = true;
    body.get(current)?.push(raw);
  });
  return { sections, body };
}

/** Knot and knot.stitch names, in file order: what two versions of a story must share. */
export function sectionNames(source: string): string[] {
  return parseSections(source).sections.map((s) => s.name);
}

export function unreachableSections(file: string, source: string): LintProblem[] {
  const { sections, body } = parseSections(source);
  const names = new Set(sections.map((s) => s.name));
  const resolve = (target: string, from: Section | null): string | null => {
    const t = target.replace(/\(.*$/, '');
    if (t === 'END' || t === 'DONE') return null;
    const fromKnot = from?.knot ?? '';
    if (names.has(`${fromKnot}.${t}`)) return `${fromKnot}.${t}`;
    if (names.has(t)) return t;
    const [k, s] = t.split('.');
    if (k && s && names.has(`${k}.${s}`)) return `${k}.${s}`;
    return null;
  };
  const reached = new Set<string>();
  const queue: (Section | null)[] = [null];
  const visit = (name: string | null) => {
    if (!name || reached.has(name)) return;
    reached.add(name);
    queue.push(sections.find((s) => s.name === name) ?? null);
  };
  while (queue.length > 0) {
    const section = queue.shift() ?? null;
    const text = (body.get(section?.name ?? '') ?? []).join('\n');
    for (const m of text.matchAll(/(?:->->|->|<-)\s*([A-Za-z_][\w.]*)/g)) visit(resolve(m[1] ?? '', section));
    for (const m of text.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) {
      const target = sections.find((s) => s.isFunction && s.name === m[1]);
      if (target) visit(target.name);
    }
    // Entering a knot runs its first stitch when the knot has nothing before it.
    if (section && section.name === section.knot) {
      const entry = sections.find((s) => s.knot === section.knot && s.entryStitch);
      if (entry) visit(entry.name);
    }
  }
  // A knot entered only through one of its stitches is still in use.
  const used = (s: Section) =>
    reached.has(s.name) ||
    (s.name === s.knot && sections.some((x) => x.knot === s.knot && reached.has(x.name)));
  return sections
    .filter((s) => !used(s))
    .map((s) => ({
      file,
      line: s.line,
      severity: 'warning' as const,
      message: `${s.isFunction ? 'function' : s.name.includes('.') ? 'stitch' : 'knot'} "${s.name}" is never reached: nothing diverts to it`,
    }));
}
