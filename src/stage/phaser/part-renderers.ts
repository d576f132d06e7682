// Phaser's two renderers and what they draw with: the largest part of the lite Phaser.
import 'phaser-src/polyfills/requestVideoFrame.js';
import 'phaser-src/renderer/index.js';
