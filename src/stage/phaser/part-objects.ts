// The game objects, cameras and tweens the stage uses, each registering itself with Phaser.
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/tweens/TweenManager.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
