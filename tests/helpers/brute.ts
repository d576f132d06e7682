import { Story } from 'inkjs';
import {
  type CapabilityScores,
  capabilityPoints,
  zeroCapabilities,
} from '../../src/narrative/capabilities.ts';
import { ROLES, type RoleScores, zeroScores } from '../../src/narrative/roles.ts';
import { parseChoiceTags, parseLineTags } from '../../src/narrative/tags.ts';

export interface PathOutcome {
  totals: RoleScores;
  capabilities: CapabilityScores;
  decisions: number;
  ending: string | null;
}

/** Enumerates every path without any merging: slow, obviously correct, for small stories only. */
export function allPaths(json: string, limit = 100_000): PathOutcome[] {
  const story = new Story(json);
  const out: PathOutcome[] = [];
  const walk = (state: string, totals: RoleScores, caps: CapabilityScores, decisions: number) => {
    story.state.LoadJson(state);
    let ending: string | null = null;
    while (story.canContinue) {
      story.Continue();
      ending = parseLineTags(story.currentTags ?? []).ending ?? ending;
    }
    const choices = story.currentChoices.map((c) => parseChoiceTags(c.tags ?? []));
    if (choices.length === 0) {
      out.push({ totals, capabilities: caps, decisions, ending });
      if (out.length > limit) throw new Error('too many paths for brute force');
      return;
    }
    const here = story.state.toJson();
    choices.forEach((tags, i) => {
      story.state.LoadJson(here);
      story.ChooseChoiceIndex(i);
      const next = { ...totals };
      for (const r of ROLES) next[r] += tags.score[r] ?? 0;
      const nextCaps = { ...caps };
      const earned = capabilityPoints(tags.cap, tags.score);
      if (earned) nextCaps[earned.cap] += earned.points;
      walk(story.state.toJson(), next, nextCaps, decisions + 1);
    });
  };
  walk(story.state.toJson(), zeroScores(), zeroCapabilities(), 0);
  return out;
}
