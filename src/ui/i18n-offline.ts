import { type Catalogue, stringsFor } from '../words/catalogue.ts';

/** The notice that a new version of the game is ready (src/ui/update-notice.ts). */
export interface OfflineStrings {
  /** at the menu and other screens between scenarios */
  ready: string;
  reload: string;
  later: string;
  /** in a scenario: nothing changes until the player is back at the menu */
  readyInPlay: string;
  close: string;
}

const en: OfflineStrings = {
  ready: 'A new version is ready. Reload to use it; your progress is kept.',
  reload: 'Reload now',
  later: 'Later',
  readyInPlay: 'A new version is ready. Finish this scenario: it will be offered at the menu.',
  close: 'Close',
};

const zh: OfflineStrings = {
  ready: '新版本已就绪。重新加载即可使用，进度会保留。',
  reload: '立即重新加载',
  later: '稍后',
  readyInPlay: '新版本已就绪。请先完成本情景，回到菜单时再更新。',
  close: '关闭',
};

export const OFFLINE_STRINGS: Catalogue<OfflineStrings> = { en, 'zh-CN': zh };

export function offlineStrings(locale: string | null): OfflineStrings {
  return stringsFor(OFFLINE_STRINGS, locale);
}
