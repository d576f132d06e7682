/**
 * Shows the current StageView: a backdrop, at most one figure, and a dim/wash overlay for
 * screens the DOM draws over the stage. It only reads the view; every decision about what a
 * view means lives in look.ts, and every pixel is painted by art/.
 */
import * as Phaser from 'phaser';
import { afterNextPaint } from '../schedule.ts';
import { ArtLibrary, type ArtMemory } from './art/library.ts';
import type { ArtPainter } from './art/painter.ts';
import type { ArtRequest } from './art/requests.ts';
import { poseFor } from './cast.ts';
import { placeFigure, STAGE_HEIGHT, STAGE_WIDTH } from './layout.ts';
import {
  diffLook,
  type FigureLook,
  isQuiet,
  type LookChange,
  MOTION,
  rememberSetting,
  resolveLook,
  type StageLook,
  washStyle,
} from './look.ts';
import { PALETTE, rgba } from './palette.ts';
import type { BackdropId } from './settings.ts';
import type { StageStatus } from './status.ts';
import type { MoodId, StageSource, StageView } from './types.ts';

export const STAGE_SCENE_KEY = 'stage';

interface Actor {
  id: string;
  mood: MoodId;
  container: Phaser.GameObjects.Container;
  image: Phaser.GameObjects.Image;
  flipX: boolean;
  bottom: number;
}

/**
 * How long the loop keeps rendering after the last change (and its tweens) before it sleeps. A
 * frame on a software-rendered canvas costs tens of milliseconds of the page's thread, so only a
 * few frames past the change: enough for the new picture to reach the screen.
 */
const AWAKE_AFTER_CHANGE_MS = 60;

export class StageScene extends Phaser.Scene {
  private library!: ArtLibrary;
  private backA!: Phaser.GameObjects.Image;
  private backB!: Phaser.GameObjects.Image;
  private front!: Phaser.GameObjects.Image;
  private dim!: Phaser.GameObjects.Rectangle;
  private wash!: Phaser.GameObjects.Rectangle;
  private washGlow!: Phaser.GameObjects.Image;
  private actor: Actor | null = null;
  /** figures fading out; their textures must not be evicted under them */
  private readonly leaving = new Set<Phaser.GameObjects.Image>();
  private look: StageLook | null = null;
  private lastSetting: string | null = null;
  /** the latest view waiting for the next frame, if any */
  private pending: StageView | null = null;
  /** the latest view applied or waiting for its art: art that arrives for an older one is not shown */
  private wanted: StageView | null = null;
  private awakeUntil = 0;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly source: StageSource,
    private readonly status: StageStatus,
    private readonly painter: ArtPainter,
    /** called once, when the first picture is on screen */
    private readonly onReady: (scene: StageScene) => void,
  ) {
    super({ key: STAGE_SCENE_KEY });
  }

  memory(): ArtMemory {
    return this.library.memory();
  }

  create(): void {
    this.library = new ArtLibrary(this.textures, this.painter, () => this.onScreen());
    this.backA = this.add.image(0, 0, '__DEFAULT').setOrigin(0, 0).setVisible(false).setDepth(0);
    this.backB = this.add.image(0, 0, '__DEFAULT').setOrigin(0, 0).setVisible(false).setDepth(0);
    this.front = this.backA;
    this.dim = this.add.rectangle(0, 0, STAGE_WIDTH, STAGE_HEIGHT, PALETTE.night, 1).setOrigin(0, 0);
    this.dim.setDepth(20).setAlpha(0);
    this.wash = this.add.rectangle(0, 0, STAGE_WIDTH, STAGE_HEIGHT, PALETTE.amber, 1).setOrigin(0, 0);
    this.wash.setDepth(21).setAlpha(0);
    this.washGlow = this.add.image(0, 0, this.glowTexture(PALETTE.amber)).setOrigin(0, 0);
    this.washGlow.setDisplaySize(STAGE_WIDTH, STAGE_HEIGHT).setDepth(22).setAlpha(0);
    this.washGlow.setBlendMode(Phaser.BlendModes.ADD);

    this.fitCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.fitCamera, this);
    this.apply(this.source.get(), true);
    this.unsubscribe = this.source.subscribe((view) => this.receive(view));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.detach());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.detach());
  }

  override update(): void {
    // the stage is static between changes: stop rendering so a classroom laptop (or a
    // software-rendered test browser) spends nothing on an unchanged frame
    if (performance.now() > this.awakeUntil && this.tweens.getTweens().length === 0) {
      this.game.loop.sleep();
    }
  }

  /** Render for a while: after a change, a resize, or the tab becoming visible again. */
  wake(ms: number = AWAKE_AFTER_CHANGE_MS): void {
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    if (!this.game.loop.running) this.game.loop.wake();
  }

  /** Everything is laid out in 1920x1080 stage units; the camera maps them onto the canvas. */
  private fitCamera(): void {
    const camera = this.cameras.main;
    camera.setSize(this.scale.width, this.scale.height);
    camera.setOrigin(0, 0).setZoom(this.scale.width / STAGE_WIDTH);
    this.wake();
  }

  private detach(): void {
    this.scale.off(Phaser.Scale.Events.RESIZE, this.fitCamera, this);
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.pending = null;
    this.wanted = null;
    this.library.dispose();
  }

  /**
   * Views arrive inside the DOM's input handlers. The report is updated at once, but painting a
   * new backdrop or face takes tens of milliseconds, so the drawing waits until the browser has
   * painted the next frame: the text the player asked for appears first, and a burst of views
   * costs one update.
   */
  private receive(view: StageView): void {
    this.lastSetting = rememberSetting(view, this.lastSetting);
    this.report(view, resolveLook(view, this.lastSetting));
    this.status.drawn = false;
    const queued = this.pending !== null;
    this.pending = view;
    if (queued) return;
    // after the next paint, not before it: the DOM's new text shows while the art is painted
    afterNextPaint(() => {
      const latest = this.pending;
      this.pending = null;
      if (latest !== null && this.unsubscribe !== null) this.apply(latest, latest.reducedMotion);
    });
  }

  private apply(view: StageView, instant: boolean): void {
    this.wanted = view;
    this.lastSetting = rememberSetting(view, this.lastSetting);
    const next = resolveLook(view, this.lastSetting);
    const change = diffLook(this.look, next);
    this.report(view, next);
    // Art not painted yet is asked for, and the change waits for it: what is on screen stays
    // until the new picture can replace it whole. A newer view arriving meanwhile wins.
    const missing = artFor(next, change).filter((request) => !this.library.has(request));
    if (missing.length > 0) {
      this.library.ready(missing).then(
        () => {
          if (this.wanted === view && this.unsubscribe !== null) this.apply(view, instant);
        },
        (error: unknown) => console.warn('[stage] art could not be painted', error),
      );
      return;
    }
    const first = this.look === null;
    this.look = next;
    this.status.drawn = true;
    if (first) this.onReady(this);
    if (isQuiet(change)) return;

    const now = first || instant;
    if (change.backdrop) this.showBackdrop(next.backdrop, now);
    switch (change.figure) {
      case 'enter':
      case 'swap':
        if (next.figure !== null) this.showFigure(next.figure, now);
        break;
      case 'exit':
        this.retireActor(now);
        break;
      case 'mood':
        if (next.figure !== null) this.changeMood(next.figure.mood, now);
        break;
      default:
        break;
    }
    if (change.overlay) this.showOverlay(next, now);
    this.wake();
  }

  private report(view: StageView, look: StageLook): void {
    this.status.setting =
      view.screen === 'title' || view.screen === 'menu'
        ? null
        : (view.setting ?? (view.screen === 'debrief' ? this.lastSetting : null));
    this.status.speaker = look.figure?.id ?? null;
    this.status.mood = look.figure?.mood ?? view.mood;
  }

  private onScreen(): Set<string> {
    const keys = new Set<string>();
    for (const image of [this.backA, this.backB]) if (image.visible) keys.add(image.texture.key);
    if (this.actor !== null) {
      for (const child of this.actor.container.list) {
        if (child instanceof Phaser.GameObjects.Image) keys.add(child.texture.key);
      }
    }
    for (const image of this.leaving) keys.add(image.texture.key);
    return keys;
  }

  // ------------------------------------------------------------ backdrop

  private showBackdrop(id: BackdropId, instant: boolean): void {
    const key = this.library.use({ kind: 'backdrop', id });
    const outgoing = this.front;
    const incoming = outgoing === this.backA ? this.backB : this.backA;
    this.tweens.killTweensOf([incoming, outgoing]);
    // a change arriving mid-fade settles the previous one first: a small jump beats a muddle
    outgoing.setAlpha(1).setDepth(0);
    incoming.setTexture(key).setDepth(1).setVisible(true);
    this.front = incoming;
    if (instant || !outgoing.visible) {
      incoming.setAlpha(1);
      this.hideBackdrop(outgoing);
      return;
    }
    incoming.setAlpha(0);
    this.tweens.add({
      targets: incoming,
      alpha: 1,
      duration: MOTION.crossfade,
      ease: 'Sine.easeInOut',
      onComplete: () => this.hideBackdrop(outgoing),
    });
  }

  private hideBackdrop(image: Phaser.GameObjects.Image): void {
    // point it at the built-in texture so the cache may drop the old backdrop
    image.setVisible(false).setTexture('__DEFAULT');
  }

  // ------------------------------------------------------------ figure

  private showFigure(figure: FigureLook, instant: boolean): void {
    this.retireActor(instant);
    const place = placeFigure(figure.id);
    const pose = poseFor(figure.mood);
    const key = this.library.use({ kind: 'figure', castId: figure.id, mood: figure.mood });
    const image = this.add.image(0, 0, key).setOrigin(0.5, 1).setFlipX(place.flipX);
    const container = this.add.container(place.x, place.bottom + pose.settleY, [image]);
    container.setDepth(10).setScale(pose.settleScale);
    this.actor = {
      id: figure.id,
      mood: figure.mood,
      container,
      image,
      flipX: place.flipX,
      bottom: place.bottom,
    };
    if (instant) return;
    container.setAlpha(0).setX(place.x + place.enterOffset);
    this.tweens.add({
      targets: container,
      x: place.x,
      alpha: 1,
      duration: MOTION.figureIn,
      ease: 'Cubic.easeOut',
    });
  }

  private retireActor(instant: boolean): void {
    const actor = this.actor;
    if (actor === null) return;
    this.actor = null;
    // a face mid-way through a mood change goes with its figure
    this.tweens.killTweensOf([actor.container, ...actor.container.list]);
    if (instant) {
      actor.container.destroy();
      return;
    }
    for (const child of actor.container.list) {
      if (child instanceof Phaser.GameObjects.Image) this.leaving.add(child);
    }
    const drift = placeFigure(actor.id).enterOffset * 0.5;
    this.tweens.add({
      targets: actor.container,
      x: actor.container.x + drift,
      alpha: 0,
      duration: MOTION.figureOut,
      ease: 'Sine.easeIn',
      onComplete: () => {
        for (const child of actor.container.list) {
          if (child instanceof Phaser.GameObjects.Image) this.leaving.delete(child);
        }
        actor.container.destroy();
      },
    });
  }

  private changeMood(mood: MoodId, instant: boolean): void {
    const actor = this.actor;
    if (actor === null) return;
    const pose = poseFor(mood);
    const key = this.library.use({ kind: 'figure', castId: actor.id, mood });
    const previous = actor.image;
    // faces still fading out from an earlier quick change go now; only one old face lingers
    for (const child of [...actor.container.list]) {
      if (child !== previous) {
        this.tweens.killTweensOf(child);
        child.destroy();
      }
    }
    this.tweens.killTweensOf(previous);
    previous.setAlpha(1);
    const image = this.add.image(0, 0, key).setOrigin(0.5, 1).setFlipX(actor.flipX);
    actor.container.add(image);
    actor.image = image;
    actor.mood = mood;
    const targetY = actor.bottom + pose.settleY;
    if (instant) {
      previous.destroy();
      this.tweens.killTweensOf(actor.container);
      actor.container.setY(targetY).setScale(pose.settleScale).setAlpha(1);
      return;
    }
    image.setAlpha(0);
    this.tweens.add({ targets: image, alpha: 1, duration: MOTION.moodEase, ease: 'Sine.easeOut' });
    // the old face lingers under the new one so the figure never turns see-through mid-change
    this.tweens.add({
      targets: previous,
      alpha: 0,
      delay: MOTION.moodEase * 0.5,
      duration: MOTION.moodEase * 0.6,
      onComplete: () => previous.destroy(),
    });
    this.tweens.add({
      targets: actor.container,
      y: targetY,
      scale: pose.settleScale,
      duration: MOTION.moodEase,
      ease: 'Sine.easeOut',
    });
  }

  // ------------------------------------------------------------ overlay

  private showOverlay(look: StageLook, instant: boolean): void {
    const wash = washStyle(look.wash);
    const targets: [Phaser.GameObjects.Components.AlphaSingle, number][] = [
      [this.dim, look.dim],
      [this.wash, wash.glow ? 0 : wash.alpha],
      [this.washGlow, wash.glow ? wash.alpha : 0],
    ];
    this.tweens.killTweensOf([this.dim, this.wash, this.washGlow]);
    if (wash.alpha > 0) {
      // coloured in the texture rather than tinted: the Canvas renderer cannot tint
      if (wash.glow)
        this.washGlow.setTexture(this.glowTexture(wash.color)).setDisplaySize(STAGE_WIDTH, STAGE_HEIGHT);
      else this.wash.setFillStyle(wash.color, 1);
    }
    for (const [target, alpha] of targets) {
      if (instant) target.setAlpha(alpha);
      else this.tweens.add({ targets: target, alpha, duration: MOTION.overlay, ease: 'Sine.easeInOut' });
    }
  }

  /** A soft radial light per colour, generated once: small, as a gradient scales up cleanly. */
  private glowTexture(color: number): string {
    const key = `stage-wash-glow:${color.toString(16)}`;
    if (!this.textures.exists(key)) {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 180;
      const ctx = canvas.getContext('2d');
      if (ctx !== null) {
        const g = ctx.createRadialGradient(160, 120, 10, 160, 120, 210);
        g.addColorStop(0, rgba(color, 1));
        g.addColorStop(0.6, rgba(color, 0.55));
        g.addColorStop(1, rgba(color, 0.2));
        ctx.fillStyle = g;
        ctx.fillRect(0, 0, 320, 180);
      }
      // as an image source: addCanvas would read every pixel back, which nothing here needs
      this.textures.addImage(key, canvas as unknown as HTMLImageElement);
    }
    return key;
  }
}

/** The pictures a change of look needs: a new backdrop, a figure entering or changing face. */
function artFor(look: StageLook, change: LookChange): ArtRequest[] {
  const requests: ArtRequest[] = [];
  if (change.backdrop) requests.push({ kind: 'backdrop', id: look.backdrop });
  if (look.figure !== null && change.figure !== 'none' && change.figure !== 'exit') {
    requests.push({ kind: 'figure', castId: look.figure.id, mood: look.figure.mood });
  }
  return requests;
}
