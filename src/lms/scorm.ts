import { scorm } from '@gamestdio/scorm';
import type { LmsConnection } from './connection.ts';
import type { LmsLaunch } from './launch.ts';
import type { DecisionReport, EndReport, LearningRecordSink } from './observe.ts';
import { type CourseStatus, courseStatus } from './rules.ts';
import {
  displayName,
  duration2004,
  type Field,
  interactionFields,
  NAMES,
  type ScormVersion,
  statusFields,
  timespan12,
} from './scorm-fields.ts';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMITS, type Suspended } from './suspend.ts';

/**
 * The package's side of SCORM 1.2 and 2004, through the pipwerks-based wrapper (it finds the
 * LMS's API in the parent frames or the opener). Null when no LMS answers: the package then
 * plays as the static site.
 */
export function connectScorm(launch: LmsLaunch): LmsConnection | null {
  // The wrapper's own exit and status handling stays off by leaving its options out: its
  // configure() reads them inverted (any value given turns them on), and on terminate it would
  // overwrite the exit this module chose (e.g. 'logout' for a finished SCORM 1.2 package).
  scorm.configure({ version: launch.standard === 'scorm12' ? '1.2' : '2004' });
  if (!scorm.initialize()) return null;
  const version: ScormVersion = launch.standard === 'scorm12' ? '1.2' : '2004';
  const names = NAMES[version];
  const limit = version === '1.2' ? SUSPEND_LIMITS.scorm12 : SUSPEND_LIMITS.scorm2004;
  const lang = launch.locale === 'zh-CN' ? 'zh-CN' : 'en';
  const startedAt = Date.now();
  const set = (fields: readonly Field[]) => {
    for (const [name, value] of fields) scorm.set(name, value);
  };

  let problem: string | null = null;
  const entry = scorm.get(names.entry);
  const kept = entry === 'resume' || version === '1.2' ? scorm.get(names.suspend) || '' : '';
  const decoded = decodeSuspend(kept);
  let resume: Suspended = { outcomes: [], run: null };
  if (decoded.ok) resume = decoded.value;
  else problem = decoded.problem;

  // A first launch is incomplete from the start, so the LMS shows it as begun.
  let status: CourseStatus = courseStatus(launch.scenarios, resume.outcomes);
  if (!status.completed) set(statusFields(version, status).slice(0, 1));
  // Interactions are a journal: a resumed session appends to the earlier ones.
  let interactions = Number.parseInt(scorm.get(names.interactionCount), 10) || 0;
  scorm.commit();

  let finished = false;
  const sink: LearningRecordSink = {
    decision(report: DecisionReport) {
      set(interactionFields(version, interactions, report, lang));
      interactions += 1;
      scorm.commit();
    },
    ended(report: EndReport) {
      status = report.course;
      set(statusFields(version, status));
      scorm.commit();
    },
    progress(state: Suspended) {
      const encoded = encodeSuspend(state, limit);
      scorm.set(names.suspend, encoded.data);
      // The learner picks up where they left off unless everything is done.
      scorm.set(names.exit, status.completed && !state.run ? (version === '1.2' ? '' : 'normal') : 'suspend');
    },
  };

  return {
    sink,
    learnerName: displayName(scorm.get(names.learnerName) || ''),
    resume,
    problem,
    exit() {
      if (finished) return;
      finished = true;
      const elapsed = Date.now() - startedAt;
      scorm.set(names.sessionTime, version === '1.2' ? timespan12(elapsed) : duration2004(elapsed));
      scorm.commit();
      scorm.terminate();
    },
  };
}
