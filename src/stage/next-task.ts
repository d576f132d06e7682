/**
 * Resolves in a later task, so the browser can paint and answer input in between: the way to
 * split work that would otherwise be one long task (loading and starting the stage).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
