import type { CapabilityScores } from '../narrative/capabilities.ts';
import type { DecisionPoint } from '../narrative/explore.ts';
import type { RoleScores } from '../narrative/roles.ts';
import type { StoryHeader } from '../narrative/tags.ts';

/** What the `.ink` import gives the game (see scripts/vite-plugin-ink.ts). */
export interface StoryMeta {
  id: string;
  locale: string;
  file: string;
  hash: string;
  /** in a `?meta` module (the menu's) `goals` is left empty: the story's own module has them */
  header: StoryHeader | null;
  /** per role, the most points any one path can earn; computed by exploring the story */
  possible: RoleScores | null;
  /** per capability, the most points any one path can earn, by the same exploration */
  capabilityPossible: CapabilityScores | null;
  exact: boolean;
  boundNote: string | null;
  decisionsMin: number;
  decisionsMax: number;
}

export type MapPoint = Pick<DecisionPoint, 'id' | 'prompt' | 'branches' | 'note'> &
  Partial<Omit<DecisionPoint, 'id' | 'prompt' | 'branches' | 'note'>>;

export interface StoryModule extends StoryMeta {
  json: string;
  /** the decisions and where each option leads, for the facilitator's branch map */
  map?: MapPoint[];
  /** knots and stitches nothing diverts to, with their lines */
  unreachable?: string[];
}

/** The facts about a story without its compiled text and map: what the menu and the store keep. */
export function metaOf(module: StoryModule): StoryMeta {
  const { json: _json, map: _map, unreachable: _unreachable, ...meta } = module;
  return meta;
}
