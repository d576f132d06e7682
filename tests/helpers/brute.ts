import { Story } from 'inkjs';
import { ROLES, type RoleScores, zeroScores } from '../../src/narrative/roles.ts';
import { parseChoiceTags, parseLineTags } from '../../src/narrative/tags.ts';

export interface PathOutcome {
  totals: RoleScores;
  decisions: number;
  ending: string | null;
}

/** Enumerates every path without any merging: slow, obviously correct, for small stories only. */
export function allPaths(json: string, limit = 100_000): PathOutcome[] {
  const story = new Story(json);
  const out: PathOutcome[] = [];
  const walk = (state: string, totals: RoleScores, decisions: number) => {
    story.state.LoadJson(state);
    let ending: string | null = null;
    while (story.canContinue) {
      story.Continue();
      ending = parseLineTags(story.currentTags ?? []).ending ?? ending;
    }
    const choices = story.currentChoices.map((c) => parseChoiceTags(c.tags ?? []).score);
    if (choices.length === 0) {
      out.push({ totals, decisions, ending });
      if (out.length > limit) throw new Error('too many paths for brute force');
      return;
    }
    const here = story.state.toJson();
    choices.forEach((score, i) => {
      story.state.LoadJson(here);
      story.ChooseChoiceIndex(i);
      const next = { ...totals };
      for (const r of ROLES) next[r] += score[r] ?? 0;
      walk(story.state.toJson(), next, decisions + 1);
    });
  };
  walk(story.state.toJson(), zeroScores(), 0);
  return out;
}
