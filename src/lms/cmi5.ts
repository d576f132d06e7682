import type { LmsConnection } from './connection.ts';
import type { LmsLaunch } from './launch.ts';

/** Placeholder until the cmi5 client lands: a cmi5 launch plays without its LRS. */
export async function connectCmi5(_launch: LmsLaunch, _pageUrl: string): Promise<LmsConnection | null> {
  return null;
}
