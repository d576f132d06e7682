import type { HowlOptions } from 'howler';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for howler's Howl that records what the player asks of it. Like howler, fade()
// emits 'fade' when it interrupts a running fade, and when a fade completes (finishFade()).
const fake = vi.hoisted(() => {
  type Listener = (soundId: number) => void;

  class FakeHowl {
    static instances: FakeHowl[] = [];
    static throwOnCreate = false;

    readonly options: HowlOptions;
    vol: number;
    isPlaying = false;
    plays = 0;
    stops = 0;
    fades: Array<[number, number, number]> = [];
    fadeTo: number | null = null;
    private listeners = new Map<string, Listener[]>();

    constructor(options: HowlOptions) {
      if (FakeHowl.throwOnCreate) throw new Error('no audio here');
      this.options = options;
      this.vol = options.volume ?? 1;
      FakeHowl.instances.push(this);
    }

    play(): number {
      this.plays += 1;
      this.isPlaying = true;
      return this.plays;
    }

    stop(): this {
      this.stops += 1;
      this.isPlaying = false;
      this.interruptFade();
      return this;
    }

    volume(): number;
    volume(v: number): this;
    volume(v?: number): number | this {
      if (v === undefined) return this.vol;
      this.interruptFade();
      this.vol = v;
      return this;
    }

    fade(from: number, to: number, ms: number): this {
      this.interruptFade();
      this.fades.push([from, to, ms]);
      this.vol = from;
      this.fadeTo = to;
      return this;
    }

    once(event: string, fn: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
      return this;
    }

    /** Test helper: the running fade reaches its end. */
    finishFade(): void {
      if (this.fadeTo === null) return;
      this.vol = this.fadeTo;
      this.fadeTo = null;
      this.emit('fade');
    }

    private interruptFade(): void {
      if (this.fadeTo === null) return;
      this.vol = this.fadeTo;
      this.fadeTo = null;
      this.emit('fade');
    }

    private emit(event: string): void {
      const fns = this.listeners.get(event) ?? [];
      this.listeners.set(event, []);
      for (const fn of fns) fn(1);
    }
  }

  const Howler = { mute: vi.fn<(muted: boolean) => void>(), ctx: undefined as AudioContext | undefined };
  return { FakeHowl, Howler };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

import { CROSSFADE_MS, createSoundPlayer, isMusicId, isSfxId, MUSIC_GAIN } from '../../src/audio/sound';

const BASE = '/game/audio/';
type FakeHowl = InstanceType<typeof fake.FakeHowl>;

function firstSrc(h: FakeHowl): string {
  const { src } = h.options;
  return (Array.isArray(src) ? src[0] : src) ?? '';
}

/** The one Howl made for a sound id (fails the test if there is none or more than one). */
function howl(id: string): FakeHowl {
  const found = fake.FakeHowl.instances.filter((h) => firstSrc(h) === `${BASE}${id}.ogg`);
  const [h] = found;
  if (!h || found.length !== 1) throw new Error(`expected one Howl for ${id}, found ${found.length}`);
  return h;
}

/** First source of every Howl created so far, in order. */
function created(): string[] {
  return fake.FakeHowl.instances.map(firstSrc);
}

let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fake.FakeHowl.instances = [];
  fake.FakeHowl.throwOnCreate = false;
  fake.Howler.mute.mockClear();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  warn.mockRestore();
});

describe('id guards', () => {
  it('knows the music and effect ids', () => {
    expect(['office', 'boardroom', 'tension', 'night'].every(isMusicId)).toBe(true);
    expect(['click', 'page', 'notify', 'alarm', 'strong', 'poor'].every(isSfxId)).toBe(true);
    expect(isMusicId('click')).toBe(false);
    expect(isMusicId('off')).toBe(false);
    expect(isSfxId('office')).toBe(false);
    expect(isSfxId('toString')).toBe(false);
  });
});

describe('before unlock', () => {
  it('plays nothing and does not touch howler', () => {
    const p = createSoundPlayer(BASE);
    p.playMusic('office');
    p.playSfx('click');
    p.apply({ volume: 0.5, muted: true });
    expect(fake.FakeHowl.instances).toHaveLength(0);
    expect(fake.Howler.mute).not.toHaveBeenCalled();
    expect(p.unlocked).toBe(false);
    expect(p.currentMusic).toBe('office');
  });

  it('starts the pending music on unlock, with both formats, looping, lazily', () => {
    const p = createSoundPlayer(BASE);
    p.playMusic('tension');
    p.unlock();
    expect(p.unlocked).toBe(true);
    expect(created()).toEqual([`${BASE}tension.ogg`]);
    const h = howl('tension');
    expect(h.options.src).toEqual([`${BASE}tension.ogg`, `${BASE}tension.mp3`]);
    expect(h.options.loop).toBe(true);
    expect(h.options.html5).toBe(false);
    expect(h.plays).toBe(1);
    expect(h.fades).toEqual([[0, MUSIC_GAIN, CROSSFADE_MS]]);
    p.unlock();
    expect(h.plays).toBe(1);
  });

  it('only the last request before unlock counts, and off cancels it', () => {
    const p = createSoundPlayer(BASE);
    p.playMusic('office');
    p.playMusic('night');
    p.unlock();
    expect(created()).toEqual([`${BASE}night.ogg`]);

    fake.FakeHowl.instances = [];
    const q = createSoundPlayer(BASE);
    q.playMusic('office');
    q.playMusic('off');
    expect(q.currentMusic).toBeNull();
    q.unlock();
    expect(fake.FakeHowl.instances).toHaveLength(0);
  });
});

describe('music', () => {
  it('ignores a request for the music already playing', () => {
    const p = createSoundPlayer(BASE);
    p.unlock();
    p.playMusic('office');
    p.playMusic('office');
    const h = howl('office');
    expect(h.plays).toBe(1);
    expect(h.fades).toHaveLength(1);
    expect(fake.FakeHowl.instances).toHaveLength(1);
  });

  it('crossfades: fades the old loop out, then stops it', () => {
    const p = createSoundPlayer(BASE);
    p.unlock();
    p.playMusic('office');
    const office = howl('office');
    office.finishFade();
    p.playMusic('boardroom');
    const board = howl('boardroom');
    expect(p.currentMusic).toBe('boardroom');
    expect(office.fades.at(-1)).toEqual([MUSIC_GAIN, 0, CROSSFADE_MS]);
    expect(office.stops).toBe(0);
    expect(board.plays).toBe(1);
    expect(board.fades).toEqual([[0, MUSIC_GAIN, CROSSFADE_MS]]);
    office.finishFade();
    expect(office.stops).toBe(1);
    expect(office.isPlaying).toBe(false);
    expect(board.stops).toBe(0);
  });

  it('switching back during the fade-out keeps the old loop playing', () => {
    const p = createSoundPlayer(BASE);
    p.unlock();
    p.playMusic('office');
    const office = howl('office');
    office.finishFade();
    p.playMusic('night');
    p.playMusic('office');
    office.finishFade();
    expect(office.stops).toBe(0);
    expect(office.plays).toBe(1);
    expect(office.vol).toBeCloseTo(MUSIC_GAIN);
    const night = howl('night');
    night.finishFade();
    expect(night.stops).toBe(1);
  });

  it('reuses a loaded loop when it comes back later', () => {
    const p = createSoundPlayer(BASE);
    p.unlock();
    p.playMusic('office');
    p.playMusic('boardroom');
    howl('office').finishFade();
    p.playMusic('office');
    expect(fake.FakeHowl.instances).toHaveLength(2);
    expect(howl('office').plays).toBe(2);
  });

  it("'off' fades out and stops the music", () => {
    const p = createSoundPlayer(BASE);
    p.unlock();
    p.playMusic('night');
    const night = howl('night');
    night.finishFade();
    p.playMusic('off');
    expect(p.currentMusic).toBeNull();
    expect(night.fades.at(-1)).toEqual([MUSIC_GAIN, 0, CROSSFADE_MS]);
    night.finishFade();
    expect(night.stops).toBe(1);
    p.playMusic('off');
    expect(night.fades).toHaveLength(2);
  });

  it('with reduced motion switches at once, without fades', () => {
    const p = createSoundPlayer(BASE, { reducedMotion: true });
    p.unlock();
    p.playMusic('office');
    const office = howl('office');
    expect(office.fades).toHaveLength(0);
    expect(office.vol).toBeCloseTo(MUSIC_GAIN);
    p.playMusic('tension');
    expect(office.stops).toBe(1);
    expect(howl('tension').vol).toBeCloseTo(MUSIC_GAIN);
    p.playMusic('off');
    expect(howl('tension').stops).toBe(1);
  });
});

describe('effects', () => {
  it('play at the volume setting and load once', () => {
    const p = createSoundPlayer(BASE);
    p.unlock();
    p.apply({ volume: 0.4, muted: false });
    p.playSfx('click');
    p.playSfx('click');
    const click = howl('click');
    expect(click.options.loop).toBe(false);
    expect(click.options.src).toEqual([`${BASE}click.ogg`, `${BASE}click.mp3`]);
    expect(click.plays).toBe(2);
    expect(click.vol).toBeCloseTo(0.4);
    expect(fake.FakeHowl.instances).toHaveLength(1);
  });
});

describe('settings', () => {
  it('apply mute through Howler and scale music to 0.6 x volume', () => {
    const p = createSoundPlayer(BASE);
    p.apply({ volume: 0.5, muted: true });
    p.playMusic('office');
    p.unlock();
    expect(fake.Howler.mute).toHaveBeenLastCalledWith(true);
    const office = howl('office');
    expect(office.fades).toEqual([[0, 0.3, CROSSFADE_MS]]);
    p.apply({ volume: 1, muted: false });
    expect(fake.Howler.mute).toHaveBeenLastCalledWith(false);
    expect(office.vol).toBeCloseTo(MUSIC_GAIN);
    p.playSfx('page');
    expect(howl('page').vol).toBeCloseTo(1);
  });

  it('clamps volume to 0..1', () => {
    const p = createSoundPlayer(BASE);
    p.unlock();
    p.playMusic('office');
    p.apply({ volume: 3, muted: false });
    expect(howl('office').vol).toBeCloseTo(MUSIC_GAIN);
    p.apply({ volume: -1, muted: false });
    expect(howl('office').vol).toBe(0);
    p.apply({ volume: Number.NaN, muted: false });
    expect(howl('office').vol).toBeCloseTo(MUSIC_GAIN);
  });
});

describe('robustness', () => {
  it('ignores unknown ids', () => {
    const p = createSoundPlayer(BASE);
    p.unlock();
    p.playMusic('office');
    p.playMusic('disco');
    p.playMusic('click');
    p.playSfx('boom');
    p.playSfx('office');
    expect(p.currentMusic).toBe('office');
    expect(created()).toEqual([`${BASE}office.ogg`]);
    expect(howl('office').fades).toHaveLength(1);
  });

  it('survives load errors, warns once, and does not retry a failed file', () => {
    const p = createSoundPlayer(BASE);
    p.unlock();
    p.playMusic('office');
    p.playSfx('alarm');
    howl('office').options.onloaderror?.(1, 'not found');
    howl('alarm').options.onloaderror?.(1, 'not found');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(() => p.playSfx('alarm')).not.toThrow();
    expect(howl('alarm').plays).toBe(1);
    expect(() => p.playMusic('boardroom')).not.toThrow();
    expect(howl('office').fades).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('does not throw when audio cannot be created at all', () => {
    fake.FakeHowl.throwOnCreate = true;
    const p = createSoundPlayer(BASE);
    p.playMusic('office');
    expect(() => p.unlock()).not.toThrow();
    expect(() => p.playSfx('click')).not.toThrow();
    expect(() => p.playMusic('night')).not.toThrow();
    expect(p.currentMusic).toBe('night');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
