import { describe, expect, it } from 'vitest';
import { GUIDE_CSS } from '../../scripts/guides.ts';
import {
  closeness,
  decisionTime,
  type GuideInput,
  guideModel,
  readingMinutes,
} from '../../src/content/guide/model.ts';
import { guideDocument, guideTree } from '../../src/content/guide/render.ts';
import type { MapPoint } from '../../src/content/story-module.ts';
import type { Locale } from '../../src/state/schema.ts';
import { builtStory, storyFiles } from '../helpers/story-cache.ts';

async function inputOf(file: string): Promise<GuideInput> {
  const built = await builtStory(file);
  if (!built.explore) throw new Error(`${file} was not explored`);
  return {
    id: built.id,
    locale: built.locale as Locale,
    file: built.file,
    header: built.header,
    points: built.explore.decisionPoints,
    unreachable: [],
    decisionsMin: built.explore.decisionsMin,
    decisionsMax: built.explore.decisionsMax,
  };
}

const point = (...options: [string, Partial<Record<'S' | 'T' | 'R' | 'O' | 'BE', number>>][]): MapPoint => ({
  id: 'k.s',
  prompt: 'What now?',
  note: null,
  branches: options.map(([text, score]) => ({ text, score, conditional: false, targets: ['end:strong'] })),
});

describe('facilitator guide model', () => {
  it.each(storyFiles())(
    '%s: every decision with its options, scores, notes and time; goals and stage',
    async (file) => {
      const input = await inputOf(file);
      const model = guideModel(input);
      expect(model.title).toBe(input.header?.title);
      expect(model.stage?.id).toBe(input.header?.stage);
      expect(model.stage?.name).toBeTruthy();
      expect(model.goals.length).toBeGreaterThanOrEqual(2);
      expect(model.goals.length).toBeLessThanOrEqual(4);
      expect(model.goals).toEqual(input.header?.goals);
      expect(model.summary).toBe(input.header?.summary);
      // Every explored decision, numbered 1..n as the branch map numbers them.
      expect(model.decisions.map((d) => d.id).sort()).toEqual(input.points.map((p) => p.id).sort());
      expect(model.decisions.map((d) => d.number)).toEqual(model.decisions.map((_, i) => i + 1));
      for (const d of model.decisions) {
        const source = input.points.find((p) => p.id === d.id);
        expect(d.note, d.id).toBe(source?.note);
        expect(d.note?.length ?? 0, d.id).toBeGreaterThan(0);
        expect(d.options.map((o) => o.text)).toEqual(source?.branches.map((b) => b.text));
        for (const o of d.options) {
          expect(o.score, `${d.id} ${o.text}`).toMatch(/^(BE|[STRO])[+-]\d( (BE|[STRO])[+-]\d)*$/);
          expect(o.feedback?.length ?? 0, `${d.id} ${o.text}`).toBeGreaterThan(0);
          expect(o.leadsTo.length).toBeGreaterThan(0);
        }
        expect(d.options.filter((o) => o.strongest).length).toBeGreaterThanOrEqual(1);
        expect(d.time.total).toBeGreaterThanOrEqual(1.5);
        expect(d.time.total * 2).toBe(Math.round(d.time.total * 2));
        expect(d.time.total).toBeGreaterThanOrEqual(d.time.read + d.time.debate + d.time.vote - 0.1);
      }
      const t = model.timing;
      expect(t.pathMin).toBeGreaterThan(0);
      expect(t.pathMin).toBeLessThanOrEqual(t.pathMax);
      expect(t.pathMax).toBeLessThanOrEqual(t.all);
      expect(t.all).toBe(model.decisions.reduce((n, d) => n + d.time.total, 0));
      // Scores are the same in both languages; only the words differ.
      const twin = file.includes('/en/') ? file.replace('/en/', '/zh-CN/') : file.replace('/zh-CN/', '/en/');
      const other = guideModel(await inputOf(twin));
      expect(other.decisions.map((d) => d.options.map((o) => o.score))).toEqual(
        model.decisions.map((d) => d.options.map((o) => o.score)),
      );
      expect(other.stage?.id).toBe(model.stage?.id);
      expect(other.words.heading).not.toBe(model.words.heading);
    },
  );

  it('times a decision: reading aloud, debate by how close the two best options are, and the vote', () => {
    expect(readingMinutes('one two three')).toBeCloseTo(3 / 150);
    expect(readingMinutes('先读懂战略')).toBeCloseTo(5 / 250);
    // A dilemma: the runner-up one point behind, leading with another role; a few words to read round up.
    const dilemma = point(['a', { S: 2 }], ['b', { T: 1 }], ['c', { O: -1 }]);
    expect(closeness(dilemma)).toBe(1);
    expect(decisionTime(dilemma)).toMatchObject({ debate: 4, vote: 0.5, total: 5 });
    // Same role, one point behind; two behind; no other good option.
    expect(closeness(point(['a', { S: 2 }], ['b', { S: 1 }]))).toBeCloseTo(2 / 3);
    expect(closeness(point(['a', { S: 3 }], ['b', { S: 1 }]))).toBeCloseTo(1 / 3);
    expect(closeness(point(['a', { S: 2 }], ['b', { S: -1 }]))).toBe(0);
    expect(decisionTime(point(['a', { S: 2 }], ['b', { S: -1 }])).total).toBe(2);
  });

  it('renders story text as escaped text, never as markup', () => {
    const model = guideModel({
      id: 'x',
      locale: 'en',
      file: 'x.ink',
      header: {
        title: '<script>alert(1)</script>',
        role: 'S',
        order: 1,
        summary: 'a & b',
        stage: 'growth',
        goals: ['<b>bold</b>', 'two'],
        carry: [],
        scored: true,
      },
      points: [{ ...point(['<img src=x onerror=alert(1)>', { S: 1 }], ['b', { T: 1 }]), note: '"quoted"' }],
      decisionsMin: 1,
      decisionsMax: 1,
    });
    const html = guideDocument(model, GUIDE_CSS);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).toMatch(/@page \{\s*size: A4;/);
    expect(JSON.stringify(guideTree(model))).toContain('<img src=x onerror=alert(1)>');
  });
});
