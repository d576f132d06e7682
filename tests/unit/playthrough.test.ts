import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactSnapshot } from '../../src/narrative/saved-play.ts';
import { Playthrough, type StoryVersion } from '../../src/state/playthrough.ts';
import { compileSource, FIXTURES } from '../helpers/compile.ts';

let source: string;
let en: StoryVersion;

beforeAll(async () => {
  source = fs.readFileSync(path.join(FIXTURES, 'mini.ink'), 'utf8');
  en = { json: await compileSource(source), hash: 'v1', locale: 'en' };
});

/** Reads on to the first decision and takes the option whose text starts with `text`. */
function takeFirst(p: Playthrough, text: string) {
  for (let i = 0; i < 50 && p.step.kind === 'line'; i++) p.advance();
  const step = p.step;
  if (step.kind !== 'choices') throw new Error('no decision');
  const option = step.options.find((o) => o.text.startsWith(text));
  if (!option) throw new Error(`no option ${text}`);
  p.choose(option.index);
}

describe('Playthrough.open', () => {
  it('starts afresh without a save, and resumes a save of the same version exactly', () => {
    const first = Playthrough.open(en, null, () => 7);
    expect(first.outcome.kind).toBe('fresh');
    takeFirst(first.playthrough, 'Pitch the catalogue');
    const saved = { storyHash: 'v1', locale: 'en', play: compactSnapshot(first.playthrough.snapshot()) };
    const again = Playthrough.open(en, saved, () => 99);
    expect(again.outcome.kind).toBe('resumed');
    const [was, is] = [first.playthrough.snapshot(), again.playthrough.snapshot()];
    expect(is.step).toEqual(was.step);
    expect(is.decisions.map((d) => [d.point, d.chosen])).toEqual(
      was.decisions.map((d) => [d.point, d.chosen]),
    );
    expect(is.optionSeed).toBe(7);
  });

  it('replays an edited story by the option chosen, not by its place', async () => {
    const p = Playthrough.fresh(en, null);
    takeFirst(p, 'Pitch the catalogue');
    const saved = { storyHash: 'v1', locale: 'en', play: compactSnapshot(p.snapshot()) };
    // A new option now stands first: "Pitch the catalogue" moves down one place.
    const edited = {
      json: await compileSource(
        source.replace(
          '* [Ask about the board',
          '* [Wait and listen]\n    Nothing.\n    -> END\n* [Ask about the board',
        ),
      ),
      hash: 'v2',
      locale: 'en',
    };
    const opened = Playthrough.open(edited, saved, () => null);
    expect(opened.outcome.kind).toBe('replayed');
    const d = opened.playthrough.decisions[0];
    expect(d?.options[d.chosen]?.text).toMatch(/^Pitch the catalogue/);
    // Index 1 is where it was saved; the same index now holds another option.
    expect(d?.chosen).toBe(2);
  });

  it('restarts with the reason when the option chosen was removed', async () => {
    const p = Playthrough.fresh(en, null);
    takeFirst(p, 'Ask about the board');
    const saved = { storyHash: 'v1', locale: 'en', play: compactSnapshot(p.snapshot()) };
    const edited = {
      json: await compileSource(source.replace(/\* \[Ask about the board[^\n]*\n[^\n]*\n[^\n]*\n/, '')),
      hash: 'v3',
      locale: 'en',
    };
    const opened = Playthrough.open(edited, saved, () => null);
    expect(opened.outcome).toMatchObject({ kind: 'restarted', detail: expect.stringMatching(/Decision 1/) });
    expect(opened.playthrough.decisions).toHaveLength(0);
  });

  it('rewinds a copy of a snapshot without moving the playthrough itself', () => {
    const p = Playthrough.fresh(en, null);
    takeFirst(p, 'Pitch the catalogue');
    const rewound = Playthrough.rewound(en, p.snapshot(), 1);
    expect(rewound.decisions).toHaveLength(0);
    expect(rewound.step.kind).toBe('choices');
    expect(p.decisions).toHaveLength(1);
  });
});
