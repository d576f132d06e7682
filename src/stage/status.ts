/**
 * The one global the stage exposes: a read-only report for browser tests of which renderer
 * runs and what the stage currently shows.
 */
export interface StageStatus {
  renderer: string;
  setting: string | null;
  speaker: string | null;
  mood: string;
  /** true once the picture asked for last is on screen (new art is painted first, off the page) */
  drawn: boolean;
}

type StatusWindow = { __wudiStage?: StageStatus };

export function publishStatus(status: StageStatus): void {
  (window as unknown as StatusWindow).__wudiStage = status;
}

export function clearStatus(status: StageStatus): void {
  const w = window as unknown as StatusWindow;
  // only remove our own report: a second stage may have replaced it
  if (w.__wudiStage === status) delete w.__wudiStage;
}
