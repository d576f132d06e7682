import type { ClassAverageRead } from '../results/check-result.ts';
import {
  type DecisionCsvHeadings,
  EN_DECISION_HEADINGS,
  EN_LEARNER_HEADINGS,
  type LearnerCsvHeadings,
} from '../results/class-csv.ts';
import { READABLE_RESULT_VERSIONS } from '../results/result.ts';
import type { ResultFault } from '../results/result-files.ts';
import { sizeWords } from '../state/safe-json.ts';
import type { Locale } from '../state/schema.ts';
import { type Catalogue, stringsFor } from '../words/catalogue.ts';
import { CAPABILITY_NAMES } from '../words/roles.ts';

type ReferenceFailure = Extract<ClassAverageRead, { ok: false }>['reason'];

/** The class view's words, in both languages (the rest of the game's are in i18n.ts). */
export interface ClassViewStrings {
  open: string;
  heading: string;
  intro: string;
  back: string;
  dropHere: string;
  dropHint: string;
  chooseFiles: string;
  chooseFolder: string;
  reading: string;
  /** the batch could not be read at all (the browser refused the files) */
  readFailed: (reason: string) => string;
  filesHeading: string;
  filesSummary: (files: number, results: number, refused: number) => string;
  fileLoaded: (n: number) => string;
  fileRefused: string;
  loadedFiles: (n: number) => string;
  /** why a result or file was refused; `named` puts the file's name first */
  fault: (fault: ResultFault, title: (scenarioId: string) => string, named?: boolean) => string;
  noResults: string;
  unsaved: string;
  className: string;
  classNamePlaceholder: string;
  classNameNeeded: string;
  exportLearners: string;
  exportDecisions: string;
  exportAverage: string;
  clear: string;
  clearConfirm: (n: number) => string;
  clearYes: string;
  cancel: string;
  scenarios: string;
  learners: (n: number) => string;
  endings: (list: string) => string;
  rolesHeading: string;
  chartLegend: string;
  chartLabel: string;
  meanLabel: string;
  sdLabel: string;
  minLabel: string;
  maxLabel: string;
  learnerLabel: string;
  tableCaption: string;
  highlight: string;
  highlightNone: string;
  decisionsHeading: string;
  decision: (n: number) => string;
  reached: (n: number, total: number) => string;
  optionCount: (count: number, percent: string) => string;
  /** beside the option(s) with the highest total */
  strongest: string;
  /** per scenario: how often learners took the strongest option */
  strongestChosen: (percent: string) => string;
  scoreLabel: string;
  noScore: string;
  /** shown in place of names while they are hidden */
  hideNames: string;
  alias: (n: number) => string;
  fileAlias: (n: number) => string;
  csvLearners: LearnerCsvHeadings;
  csvDecisions: DecisionCsvHeadings;
  /** the reference group: a second set of figures beside the class's */
  reference: {
    load: string;
    hint: string;
    /** "Reference: Incumbent KAMs (5 scenarios)" */
    loaded: (name: string, scenarios: number) => string;
    remove: string;
    refused: Record<ReferenceFailure, string>;
    /** the file has no figures for the scenario on screen */
    missing: (name: string) => string;
    /** its figures come from another version of the scenario */
    otherVersion: (name: string) => string;
    /** the reference's file is of format 1: roles only */
    noCapabilities: (name: string) => string;
    /** a stat row of the roles table and a column of the capabilities table */
    row: (name: string) => string;
    /** the chart's legend for the hollow marker */
    legend: (name: string) => string;
  };
  capabilities: {
    heading: string;
    legend: string;
    label: string;
    capability: string;
    possible: string;
    range: string;
    /** a capability no option of the scenario exercises */
    unexercised: string;
    /** results of format 1 (no capabilities) left out: said only when there are some */
    leftOut: (counted: number, leftOut: number) => string;
    /** no result of the scenario carries capabilities */
    none: (learners: number) => string;
    /** the results carry no points possible per capability: said once, above the table */
    possibleUnknown: string;
  };
  self: {
    heading: string;
    /** how many rated themselves, and how the two sit on one scale */
    intro: (rated: number, learners: number) => string;
    none: string;
    /** some rated themselves, but the points possible are unknown */
    noPossible: string;
    role: string;
    rated: string;
    played: string;
    gap: string;
    /** a gap in percentage points: "+23 pts" */
    points: (gap: number) => string;
    over: (role: string, points: string) => string;
    under: (role: string, points: string) => string;
    /** no gap reaches the threshold, `points` (percentage points) */
    even: (points: number) => string;
  };
}

const formats = (zh: boolean) =>
  READABLE_RESULT_VERSIONS.join(zh ? '、' : READABLE_RESULT_VERSIONS.length > 2 ? ', ' : ' and ');

/** A gap in percentage points, signed, with a true minus: "+23", "−8", "±0". */
const pointsOf = (gap: number) => {
  const n = Math.round(gap * 100);
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
};

const who = (f: ResultFault, zh: boolean) =>
  f.learner?.trim()
    ? `“${f.learner.trim()}”`
    : zh
      ? `第 ${(f.index ?? 0) + 1} 份结果`
      : `result ${(f.index ?? 0) + 1}`;

const EXPECTED_ZH: Record<string, string> = {
  text: '文字',
  'a number': '数字',
  'a whole number': '整数',
  'true or false': '是或否',
  'a list': '列表',
  'an object': '对象',
  'a name': '姓名',
  'at least one result': '至少一份结果',
};

function enFault(f: ResultFault, title: (scenarioId: string) => string): string {
  const name = who(f, false);
  switch (f.code) {
    case 'not-json':
      return `not a readable results file (not JSON).`;
    case 'too-large':
      return `too large (${sizeWords(f.size)}); a results file may be at most ${sizeWords(f.limit)}.`;
    case 'too-deep':
      return `nested too deeply (more than ${f.limit} levels): not a file the game wrote.`;
    case 'too-many':
      return `holds ${f.count} results; at most ${f.limit} are read from one file.`;
    case 'unreadable':
      return `could not be read (${f.reason}).`;
    case 'malformed':
      return `damaged: “${f.field}” should be ${f.expected}.`;
    case 'wrong-game':
      return f.found === 'wudi-turn/class-average'
        ? `a class-average file, not a learner’s results.`
        : f.found
          ? `a file from another program (“${f.found}”), not Wu Di’s Turn results.`
          : `not a Wu Di’s Turn results file.`;
    case 'unsupported-version':
      return `made by another version of the game (format ${f.found}); this one reads formats ${formats(false)}.`;
    case 'unknown-scenario':
      return `${name} played a scenario this game does not have (“${f.scenarioId}”).`;
    case 'wrong-version':
      return `${name} played another version of “${title(f.scenarioId)}”; ask them to play this version.`;
    case 'duplicate':
      return f.sameId
        ? `${name}’s result for “${title(f.scenarioId)}” is already loaded (from ${f.otherFile}).`
        : `${name} already has a result for “${title(f.scenarioId)}” (from ${f.otherFile}); one per learner.`;
    case 'tampered':
      return f.reason === 'scores' || f.reason === 'capabilities'
        ? `${name}’s ${f.role ?? ''} score does not match the options chosen: edited by hand.`
        : f.reason === 'chosen'
          ? `${name}’s decision ${f.decision ?? ''} names an option that does not exist: edited by hand.`
          : `${name}’s result was changed after it was exported.`;
  }
}

function zhFault(f: ResultFault, title: (scenarioId: string) => string): string {
  const name = who(f, true);
  switch (f.code) {
    case 'not-json':
      return `无法读取，不是结果文件（不是 JSON 格式）。`;
    case 'too-large':
      return `文件太大（${sizeWords(f.size)}），结果文件最大为 ${sizeWords(f.limit)}。`;
    case 'too-deep':
      return `嵌套层级过深（超过 ${f.limit} 层），不是本游戏生成的文件。`;
    case 'too-many':
      return `包含 ${f.count} 份结果，一个文件最多读取 ${f.limit} 份。`;
    case 'unreadable':
      return `无法读取（${f.reason}）。`;
    case 'malformed':
      return `文件已损坏：“${f.field}”应为${EXPECTED_ZH[f.expected] ?? f.expected}。`;
    case 'wrong-game':
      return f.found === 'wudi-turn/class-average'
        ? `这是发给学员的全班平均文件，不是学员的结果文件。`
        : f.found
          ? `这是其他程序的文件（“${f.found}”），不是《吴迪的转身》的结果。`
          : `不是《吴迪的转身》的结果文件。`;
    case 'unsupported-version':
      return `由其他版本的游戏生成（格式 ${f.found}），本版本只能读取格式 ${formats(true)}。`;
    case 'unknown-scenario':
      return `${name}玩的情境本游戏中没有（“${f.scenarioId}”）。`;
    case 'wrong-version':
      return `${name}玩的是“${title(f.scenarioId)}”的另一个版本，请其用当前版本重玩。`;
    case 'duplicate':
      return f.sameId
        ? `${name}的“${title(f.scenarioId)}”结果已经载入（来自 ${f.otherFile}）。`
        : `${name}已有“${title(f.scenarioId)}”的结果（来自 ${f.otherFile}），每位学员只计一份。`;
    case 'tampered':
      return f.reason === 'scores' || f.reason === 'capabilities'
        ? `${name}的 ${f.role ?? ''} 得分与所选选项不符，文件被手动改过。`
        : f.reason === 'chosen'
          ? `${name}的第 ${f.decision ?? ''} 个决定选了不存在的选项，文件被手动改过。`
          : `${name}的结果在导出后被修改过。`;
  }
}

const en: ClassViewStrings = {
  open: 'Class view',
  heading: 'Class view',
  intro:
    'Drop the learners’ result files here, many at once or a whole folder. Each file is checked; the class average updates as they load.',
  back: 'Back',
  dropHere: 'Drop result files or a folder here',
  dropHint: 'Learners export their file (.json) from the debrief.',
  chooseFiles: 'Choose files…',
  chooseFolder: 'Choose a folder…',
  reading: 'Reading files…',
  readFailed: (reason) => `The files could not be read: ${reason}. Try choosing them again.`,
  filesHeading: 'Files read',
  filesSummary: (files, results, refused) =>
    `${files} ${files === 1 ? 'file' : 'files'}: ${results} ${results === 1 ? 'result' : 'results'} loaded` +
    (refused > 0 ? `, ${refused} refused` : ''),
  fileLoaded: (n) => `loaded ${n} ${n === 1 ? 'result' : 'results'}`,
  fileRefused: 'refused',
  loadedFiles: (n) => `Files loaded (${n})`,
  fault: (f, title, named = true) => {
    const body = enFault(f, title);
    return named ? `${f.file}: ${body}` : body.charAt(0).toUpperCase() + body.slice(1);
  },
  noResults: 'No results loaded yet.',
  unsaved:
    'This browser would not keep the class: it stays until this page is closed. Export the CSV to keep it.',
  className: 'Name of these figures',
  classNamePlaceholder: 'e.g. KAM cohort 12, Shenzhen',
  classNameNeeded: 'Type a name first: whoever loads the file sees it beside the figures.',
  exportLearners: 'Learners CSV',
  exportDecisions: 'Decisions CSV',
  exportAverage: 'Export as a named set (class average or reference)…',
  clear: 'Clear class',
  clearConfirm: (n) => `Remove all ${n} results from this browser?`,
  clearYes: 'Yes, clear',
  cancel: 'Cancel',
  scenarios: 'Scenarios',
  learners: (n) => `${n} ${n === 1 ? 'learner' : 'learners'}`,
  endings: (list) => `Endings: ${list}`,
  rolesHeading: 'Roles: class average and spread',
  chartLegend:
    'As a share of points possible. Pale bar: lowest to highest; strong bar: mean ± 1 standard deviation; white line: class mean; dots: learners.',
  chartLabel: 'Class scores per role',
  meanLabel: 'Mean',
  sdLabel: 'SD',
  minLabel: 'Min',
  maxLabel: 'Max',
  learnerLabel: 'Learner',
  tableCaption: 'Points per role; in brackets, the difference from the class mean',
  highlight: 'Show a learner',
  highlightNone: 'Nobody',
  decisionsHeading: 'Decisions: what the class chose',
  decision: (n) => `Decision ${n}`,
  reached: (n, total) => `reached by ${n} of ${total}`,
  optionCount: (count, percent) => `${count} · ${percent}`,
  strongest: '★ strongest',
  strongestChosen: (percent) => `Strongest option chosen: ${percent} of decisions`,
  scoreLabel: 'Scores',
  noScore: 'no score',
  hideNames: 'Hide names (for projecting)',
  alias: (n) => `Learner ${n}`,
  fileAlias: (n) => `File ${n}`,
  csvLearners: EN_LEARNER_HEADINGS,
  csvDecisions: EN_DECISION_HEADINGS,
  reference: {
    load: 'Load a reference group…',
    hint: 'A named set exported from a class view (an earlier cohort, incumbent KAMs), shown beside this class.',
    loaded: (name, scenarios) =>
      `Reference: ${name} (${scenarios} ${scenarios === 1 ? 'scenario' : 'scenarios'})`,
    remove: 'Remove reference',
    refused: {
      'not-json': 'That file could not be read: it is not a named set of figures (not JSON).',
      'too-large': 'That file is too large to be a named set of figures.',
      'too-deep': 'That file is nested too deeply to be a named set of figures.',
      'results-file':
        'That is a learner’s results file: drop it on the class to load it. A reference is a named set exported from a class view.',
      'wrong-kind': 'That is not a named set of figures from Wu Di’s Turn.',
      'wrong-version': 'That set of figures was made by another version of the game.',
      malformed: 'That set of figures is damaged and could not be read.',
    },
    missing: (name) => `${name} has no figures for this scenario.`,
    otherVersion: (name) => `${name} played another version of this scenario: compare with care.`,
    noCapabilities: (name) => `${name} carries no capability figures (an earlier version of the game).`,
    row: (name) => `Ref.: ${name}`,
    legend: (name) => `Hollow marker: ${name}.`,
  },
  capabilities: {
    heading: 'Capabilities: class average and spread',
    legend:
      'As a share of the points possible for each capability. Pale bar: lowest to highest; strong bar: mean ± 1 SD; white line: class mean; thin grey line: 0 where someone lost points.',
    label: 'Class scores per capability',
    capability: 'Capability',
    possible: 'Possible',
    range: 'Min–max',
    unexercised: 'not exercised in this scenario',
    leftOut: (counted, leftOut) =>
      `Over ${counted} of ${counted + leftOut} learners: ${leftOut} ${leftOut === 1 ? 'result is' : 'results are'} of format 1 (an earlier version of the game), without capabilities, and left out.`,
    none: (learners) =>
      `No result here carries capabilities: ${learners === 1 ? 'it is' : `all ${learners} are`} of format 1, from an earlier version of the game.`,
    possibleUnknown:
      'These results do not carry the points possible per capability, so the figures are points, without shares or bars.',
  },
  self: {
    heading: 'Self-rating against play',
    intro: (rated, learners) =>
      `${rated} of ${learners} ${learners === 1 ? 'learner' : 'learners'} rated themselves before playing. One scale for both: a rating of 1 is 0%, 3 is 50%, 5 is 100%; play is the share of points possible earned. Hatched bar: self-rating; solid bar: play.`,
    none: 'No learner here rated themselves before playing.',
    noPossible: 'The points possible of this scenario are unknown, so play cannot be set beside the ratings.',
    role: 'Role',
    rated: 'Self-rating',
    played: 'Played',
    gap: 'Gap',
    points: (gap) => `${pointsOf(gap)} pts`,
    over: (role, points) => `Rated themselves most above their play: ${role} (${points})`,
    under: (role, points) => `Played most above their rating: ${role} (${points})`,
    even: (points) =>
      `No role’s gap reaches ${points} points either way: the class sees itself much as it plays.`,
  },
};

const zh: ClassViewStrings = {
  open: '班级视图',
  heading: '班级视图',
  intro: '把学员导出的结果文件拖到这里，可一次拖入多个文件或整个文件夹。每个文件都会检查，全班平均随之更新。',
  back: '返回',
  dropHere: '将结果文件或文件夹拖放到此处',
  dropHint: '学员在复盘页导出自己的结果文件（.json）。',
  chooseFiles: '选择文件…',
  chooseFolder: '选择文件夹…',
  reading: '正在读取文件…',
  readFailed: (reason) => `无法读取这些文件：${reason}。请重新选择。`,
  filesHeading: '已读取的文件',
  filesSummary: (files, results, refused) =>
    `共 ${files} 个文件：已载入 ${results} 份结果${refused > 0 ? `，${refused} 份未载入` : ''}`,
  fileLoaded: (n) => `已载入 ${n} 份结果`,
  fileRefused: '未载入',
  loadedFiles: (n) => `已载入的文件（${n}）`,
  fault: (f, title, named = true) => {
    const body = zhFault(f, title);
    return named ? `${f.file}：${body}` : body;
  },
  noResults: '尚未载入任何结果。',
  unsaved: '此浏览器无法保存班级数据，关闭页面后将丢失。请导出 CSV 保存。',
  className: '这组数据的名称',
  classNamePlaceholder: '例如：大客户经理第 12 期·深圳',
  classNameNeeded: '请先输入名称：打开文件的人会在数据旁看到它。',
  exportLearners: '学员得分 CSV',
  exportDecisions: '决定统计 CSV',
  exportAverage: '导出为命名数据组（全班平均或参照组）…',
  clear: '清空班级',
  clearConfirm: (n) => `要从此浏览器删除全部 ${n} 份结果吗？`,
  clearYes: '确定清空',
  cancel: '取消',
  scenarios: '情境',
  learners: (n) => `${n} 名学员`,
  endings: (list) => `结局：${list}`,
  rolesHeading: '角色：全班平均与分布',
  chartLegend:
    '以占可得分的比例表示。浅色条：最低到最高；深色条：平均 ± 1 个标准差；白线：全班平均；圆点：各位学员。',
  chartLabel: '各角色的全班得分',
  meanLabel: '平均',
  sdLabel: '标准差',
  minLabel: '最低',
  maxLabel: '最高',
  learnerLabel: '学员',
  tableCaption: '各角色得分；括号内为与全班平均的差',
  highlight: '突出显示学员',
  highlightNone: '不突出',
  decisionsHeading: '决定：全班怎么选',
  decision: (n) => `第 ${n} 个决定`,
  reached: (n, total) => `${total} 人中有 ${n} 人走到这里`,
  optionCount: (count, percent) => `${count} 人 · ${percent}`,
  strongest: '★ 最佳选项',
  strongestChosen: (percent) => `选中最佳选项：${percent}`,
  scoreLabel: '得分',
  noScore: '不计分',
  hideNames: '隐藏姓名（投影时用）',
  alias: (n) => `学员 ${n}`,
  fileAlias: (n) => `文件 ${n}`,
  csvLearners: {
    scenario: '情境',
    title: '标题',
    learner: '学员',
    language: '语言',
    role: '角色',
    score: '得分',
    possible: '可得分',
    share: '得分率',
    classMean: '全班平均',
    classSd: '全班标准差',
    vsMean: '与平均之差',
    ending: '结局',
    minutes: '用时（分钟）',
    capabilityEarned: (cap) => `${CAPABILITY_NAMES['zh-CN'][cap]}：得分`,
    capabilityPossible: (cap) => `${CAPABILITY_NAMES['zh-CN'][cap]}：可得分`,
    selfRating: '自评（1-5）',
  },
  csvDecisions: {
    scenario: '情境',
    title: '标题',
    decision: '决定',
    point: '决定编号',
    prompt: '问题',
    reached: '走到此处的人数',
    option: '选项',
    optionText: '选项内容',
    count: '选择人数',
    share: '选择比例',
  },
  reference: {
    load: '载入参照组…',
    hint: '从班级视图导出的命名数据组（往届学员、在岗大客户经理），与本班并列显示。',
    loaded: (name, scenarios) => `参照组：${name}（${scenarios} 个情境）`,
    remove: '移除参照组',
    refused: {
      'not-json': '无法读取这个文件：它不是命名数据组（不是 JSON 格式）。',
      'too-large': '这个文件太大，不是命名数据组。',
      'too-deep': '这个文件嵌套层级过深，不是命名数据组。',
      'results-file': '这是学员的结果文件，请拖入班级载入。参照组是从班级视图导出的命名数据组。',
      'wrong-kind': '这不是《吴迪的转身》的命名数据组。',
      'wrong-version': '这组数据来自另一个版本的游戏。',
      malformed: '这组数据已损坏，无法读取。',
    },
    missing: (name) => `${name}没有这个情境的数据。`,
    otherVersion: (name) => `${name}玩的是这个情境的另一个版本，比较时请留意。`,
    noCapabilities: (name) => `${name}没有能力数据（来自游戏的早期版本）。`,
    row: (name) => `参照：${name}`,
    legend: (name) => `空心标记：${name}。`,
  },
  capabilities: {
    heading: '能力：全班平均与分布',
    legend:
      '以各项能力可得分的比例表示。浅色条：最低到最高；深色条：平均 ± 1 个标准差；白线：全班平均；细灰线：有人失分时的 0 点。',
    label: '各项能力的全班得分',
    capability: '能力',
    possible: '可得分',
    range: '最低–最高',
    unexercised: '本情境未涉及',
    leftOut: (counted, leftOut) =>
      `按 ${counted + leftOut} 名学员中的 ${counted} 名计算：${leftOut} 份结果为格式 1（游戏的早期版本），没有能力数据，未计入。`,
    none: (learners) =>
      `这里没有结果带能力数据：${learners === 1 ? '这份结果' : `全部 ${learners} 份结果`}都是格式 1，来自游戏的早期版本。`,
    possibleUnknown: '这些结果没有各项能力的可得分，因此只显示分数，不显示比例和条形。',
  },
  self: {
    heading: '自评与实际表现',
    intro: (rated, learners) =>
      `${learners} 名学员中有 ${rated} 名在开始前做了自评。两者用同一标尺：自评 1 分为 0%，3 分为 50%，5 分为 100%；表现为所得分占可得分的比例。条纹条：自评；实心条：表现。`,
    none: '这里没有学员在开始前做自评。',
    noPossible: '本情境的可得分未知，无法把表现与自评并列。',
    role: '角色',
    rated: '自评',
    played: '表现',
    gap: '差距',
    points: (gap) => `${pointsOf(gap)} 个百分点`,
    over: (role, points) => `自评最高于表现：${role}（${points}）`,
    under: (role, points) => `表现最高于自评：${role}（${points}）`,
    even: (points) => `没有哪个角色的差距达到 ${points} 个百分点：全班的自我认知与表现大体一致。`,
  },
};

export const CLASS_VIEW_STRINGS: Catalogue<ClassViewStrings> = { en, 'zh-CN': zh };

export function classViewStrings(locale: Locale | null): ClassViewStrings {
  return stringsFor(CLASS_VIEW_STRINGS, locale);
}
