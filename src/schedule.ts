/**
 * Splitting work so the page answers input in between: the stage loads in several tasks, and
 * work that can wait for the next frame (focus, audio, the stage's art) runs after it is painted.
 */

/** Resolves in a later task, so the browser can paint and answer input in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `task` in the task after the next frame: what the page shows now is painted first. */
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
