import type { LmsConnection } from './connection.ts';
import type { LmsLaunch } from './launch.ts';

/**
 * The LMS the package was launched by, through its standard's client; null when none answers
 * (the package opened on its own), and the game then plays as the static site.
 */
export async function connectLms(launch: LmsLaunch, pageUrl: string): Promise<LmsConnection | null> {
  try {
    if (launch.standard === 'cmi5') return await (await import('./cmi5.ts')).connectCmi5(launch, pageUrl);
    return (await import('./scorm.ts')).connectScorm(launch);
  } catch (error) {
    console.warn('The LMS could not be reached; playing without it:', error);
    return null;
  }
}
