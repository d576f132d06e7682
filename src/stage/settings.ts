/**
 * Setting ids the stage can draw, and how an id from a story maps to a backdrop. Pure module.
 */
import { SETTING_IDS } from '../narrative/vocabulary.ts';

// the stories' vocabulary owns the list, so a new setting is added in one place
export { SETTING_IDS };

export type SettingId = (typeof SETTING_IDS)[number];

/** Backdrops that are not story settings. */
export const TITLE_BACKDROP = '_title';
export const NEUTRAL_BACKDROP = '_neutral';

export type BackdropId = SettingId | typeof TITLE_BACKDROP | typeof NEUTRAL_BACKDROP;

export const ALL_BACKDROPS: readonly BackdropId[] = [...SETTING_IDS, TITLE_BACKDROP, NEUTRAL_BACKDROP];

export function isSettingId(id: string): id is SettingId {
  return (SETTING_IDS as readonly string[]).includes(id);
}

/**
 * A story typo or a setting added to the stories before the art exists must never break a
 * classroom session: anything unknown gets the neutral backdrop.
 */
export function backdropFor(setting: string | null): BackdropId {
  if (setting === null) return TITLE_BACKDROP;
  const id = setting.trim().toLowerCase();
  return isSettingId(id) ? id : NEUTRAL_BACKDROP;
}

export function backdropTextureKey(id: BackdropId): string {
  return `stage-bg:${id}`;
}
