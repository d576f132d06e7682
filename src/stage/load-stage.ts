/**
 * Loads the stage without a long task. Evaluating even the lite Phaser takes a classroom
 * laptop over 100 ms in one go, and the page can answer no click meanwhile; in the production
 * build it is evaluated in parts, a task each, before the stage module (which then finds it
 * ready). The dev server loads Phaser's prebuilt bundle in one piece.
 */
import { nextTask } from '../schedule.ts';

export async function loadStage(): Promise<typeof import('./index.ts')> {
  if (import.meta.env.PROD) {
    await import('./phaser/part-renderers.ts');
    await nextTask();
    await import('./phaser/part-objects.ts');
    await nextTask();
  }
  const stage = await import('./index.ts');
  await nextTask();
  return stage;
}
