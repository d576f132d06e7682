/**
 * The part of Phaser the stage uses, built from Phaser's own sources: the game loop, scenes,
 * the Canvas and WebGL renderers, textures, cameras, tweens, and three game objects (image,
 * container, rectangle). Vite resolves `import * as Phaser from 'phaser'` here (vite.config.ts),
 * so the stage keeps Phaser's types and API while the page evaluates about a third of its code.
 * Physics, tilemaps, sound, input, the loader's file types and the rest never load.
 *
 * Each game object and plugin registers itself with Phaser when its module runs, so importing
 * a factory is what makes `this.add.image` exist; a scene skips plugins nobody registered.
 */
// The renderers first, as Phaser's own entry has it (their modules require each other in a
// cycle that only resolves when entered from the top), then the game objects, cameras and tweens:
// the same two parts src/stage/load-stage.ts evaluates a task each.
import './part-renderers.ts';
import './part-objects.ts';
import CONST from 'phaser-src/const.js';
import Game from 'phaser-src/core/Game.js';
import Container from 'phaser-src/gameobjects/container/Container.js';
import Image from 'phaser-src/gameobjects/image/Image.js';
import Rectangle from 'phaser-src/gameobjects/shape/rectangle/Rectangle.js';
import BlendModes from 'phaser-src/renderer/BlendModes.js';
import Scale from 'phaser-src/scale/index.js';
import Scenes from 'phaser-src/scene/index.js';
import Scene from 'phaser-src/scene/Scene.js';
import TextureManager from 'phaser-src/textures/TextureManager.js';

export const { AUTO, CANVAS, WEBGL, HEADLESS, VERSION } = CONST;
export { BlendModes, Game, Scale, Scene, Scenes };
export const GameObjects = { Container, Image, Rectangle };
export const Textures = { TextureManager };
