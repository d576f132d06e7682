/**
 * A small wrapper around howler for the game's music loops and sound effects.
 *
 * It knows nothing about game rules: callers say which loop or effect to play and pass the
 * player's settings. Files live in `public/audio/` (see its README); each sound has an Ogg
 * Vorbis file and an MP3 fallback, and is loaded on first use only.
 *
 * Nothing touches the audio system before `unlock()` (browsers' autoplay policy): music asked
 * for earlier is remembered and starts on unlock; effects asked for earlier are dropped.
 * Audio that fails to load or play never throws; the first problem is logged with console.warn.
 */
import { Howl, Howler } from 'howler';

export type MusicId = 'office' | 'boardroom' | 'tension' | 'night';
export type SfxId = 'click' | 'page' | 'notify' | 'alarm' | 'strong' | 'poor';

export interface SoundSettings {
  /** 0..1 */
  volume: number;
  muted: boolean;
}

export interface SoundPlayer {
  /** call from the first user gesture: until then nothing plays (autoplay policy) */
  unlock(): void;
  /** switch music with a 600 ms crossfade; 'off' fades out; same id = no-op; unknown id ignored */
  playMusic(id: string): void;
  playSfx(id: string): void;
  apply(settings: SoundSettings): void;
  readonly unlocked: boolean;
  readonly currentMusic: string | null;
}

export const MUSIC_IDS: readonly MusicId[] = ['office', 'boardroom', 'tension', 'night'];
export const SFX_IDS: readonly SfxId[] = ['click', 'page', 'notify', 'alarm', 'strong', 'poor'];

/** Crossfade between music loops, in milliseconds. */
export const CROSSFADE_MS = 600;
/** Music plays at this fraction of the volume setting, so effects stay clear above it. */
export const MUSIC_GAIN = 0.6;

const MUSIC_SET: ReadonlySet<string> = new Set(MUSIC_IDS);
const SFX_SET: ReadonlySet<string> = new Set(SFX_IDS);

export function isMusicId(id: string): id is MusicId {
  return MUSIC_SET.has(id);
}

export function isSfxId(id: string): id is SfxId {
  return SFX_SET.has(id);
}

function clampVolume(v: number): number {
  if (!Number.isFinite(v)) return 1;
  return Math.min(1, Math.max(0, v));
}

export function createSoundPlayer(baseUrl: string, opts: { reducedMotion?: boolean } = {}): SoundPlayer {
  const fadeMs = opts.reducedMotion ? 0 : CROSSFADE_MS;
  let unlocked = false;
  let settings: SoundSettings = { volume: 1, muted: false };
  /** The music the game asked for (kept before unlock, null for none). */
  let current: MusicId | null = null;
  const howls = new Map<MusicId | SfxId, Howl>();
  /** Music loops that were started and not yet stopped (including ones fading out). */
  const active = new Set<MusicId>();
  /** Sounds that failed to load: not tried again. */
  const failed = new Set<MusicId | SfxId>();
  let warned = false;

  function warn(message: string, detail?: unknown): void {
    if (warned) return;
    warned = true;
    console.warn(`[sound] ${message}`, detail ?? '');
  }

  /** Runs an audio call; a failure is logged once and never reaches the game. */
  function safely(what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      warn(`${what} failed`, err);
    }
  }

  function musicVolume(): number {
    return MUSIC_GAIN * settings.volume;
  }

  function howlFor(id: MusicId | SfxId, music: boolean): Howl | null {
    if (failed.has(id)) return null;
    const existing = howls.get(id);
    if (existing) return existing;
    let howl: Howl;
    try {
      howl = new Howl({
        src: [`${baseUrl}${id}.ogg`, `${baseUrl}${id}.mp3`],
        html5: false,
        preload: true,
        loop: music,
        volume: music ? 0 : settings.volume,
        onloaderror: (_soundId, error) => {
          failed.add(id);
          if (isMusicId(id)) active.delete(id);
          warn(`could not load audio "${id}"`, error);
        },
        onplayerror: (_soundId, error) => {
          warn(`could not play audio "${id}"`, error);
        },
      });
    } catch (err) {
      failed.add(id);
      warn(`could not create audio "${id}"`, err);
      return null;
    }
    howls.set(id, howl);
    return howl;
  }

  function startMusic(id: MusicId): void {
    const howl = howlFor(id, true);
    if (!howl) return;
    const target = musicVolume();
    if (active.has(id)) {
      // Still playing (it was fading out): bring it back up where it is.
      if (fadeMs > 0) howl.fade(howl.volume(), target, fadeMs);
      else howl.volume(target);
      return;
    }
    active.add(id);
    howl.volume(fadeMs > 0 ? 0 : target);
    howl.play();
    if (fadeMs > 0) howl.fade(0, target, fadeMs);
  }

  function stopMusic(id: MusicId): void {
    const howl = howls.get(id);
    if (!howl || !active.has(id)) return;
    if (fadeMs === 0) {
      active.delete(id);
      howl.stop();
      return;
    }
    howl.fade(howl.volume(), 0, fadeMs);
    // Registered after fade(): howler emits 'fade' when a fade ends or is interrupted. If the
    // game switched back to this loop meanwhile, it is current again and keeps playing.
    howl.once('fade', () => {
      if (current === id || !active.has(id)) return;
      active.delete(id);
      safely('stopping music', () => howl.stop());
    });
  }

  function applyToHowler(): void {
    Howler.mute(settings.muted);
    if (current && active.has(current)) {
      howls.get(current)?.volume(musicVolume());
    }
  }

  return {
    get unlocked() {
      return unlocked;
    },
    get currentMusic() {
      return current;
    },

    unlock() {
      if (unlocked) return;
      unlocked = true;
      safely('unlocking audio', () => {
        applyToHowler();
        const ctx: AudioContext | undefined = Howler.ctx;
        if (ctx && ctx.state === 'suspended') {
          ctx.resume().catch((err: unknown) => warn('could not resume audio', err));
        }
      });
      if (current) {
        const id = current;
        safely('starting music', () => startMusic(id));
      }
    },

    playMusic(id) {
      if (id === 'off') {
        if (current === null) return;
        const previous = current;
        current = null;
        if (unlocked) safely('stopping music', () => stopMusic(previous));
        return;
      }
      if (!isMusicId(id) || id === current) return;
      const previous = current;
      current = id;
      if (!unlocked) return;
      safely('switching music', () => {
        if (previous) stopMusic(previous);
        startMusic(id);
      });
    },

    playSfx(id) {
      if (!unlocked || !isSfxId(id)) return;
      safely('playing an effect', () => {
        const howl = howlFor(id, false);
        if (!howl) return;
        howl.volume(settings.volume);
        howl.play();
      });
    },

    apply(next) {
      settings = { volume: clampVolume(next.volume), muted: Boolean(next.muted) };
      // Before unlock the settings are only stored: touching Howler would create an
      // AudioContext outside a user gesture.
      if (unlocked) safely('applying sound settings', applyToHowler);
    },
  };
}

/** 44 bytes of WAV: a header and no samples. */
const SILENT_WAV = 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEARKwAAIhYAQACABAAZGF0YQAAAAA=';

/**
 * Starts the browser's audio output ahead of the first gesture. Chromium starts its audio
 * service on the first AudioContext and waits for it on the page's thread: 150-550 ms the first
 * time in a browser session on the test machines, spent inside the player's first click (howler
 * creates its context on unlock). Listing the media devices starts the service without waiting
 * (it resolves once the service has answered), as does a muted element playing silence where
 * the list is not offered (plain http). Plays nothing audible and touches no Howler state, so
 * the autoplay rule above still holds. Resolves when the output is up, or after `timeoutMs`.
 */
export function warmAudioOutput(timeoutMs = 2000): Promise<void> {
  const gaveUp = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (devices && typeof devices.enumerateDevices === 'function') {
    const listed = devices.enumerateDevices().then(
      () => undefined,
      () => undefined,
    );
    return Promise.race([listed, gaveUp]);
  }
  if (typeof Audio !== 'function') return Promise.resolve();
  const silence = new Audio(SILENT_WAV);
  silence.muted = true;
  const started = silence.play().then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([started, gaveUp]);
}
