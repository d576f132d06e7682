import Cmi5, { type Cmi5Statement } from '@rusticisoftware/cmi5';
import {
  answeredStatement,
  courseScore,
  isCmi5Launch,
  judgement,
  learnerNameOf,
  VERB_ANSWERED,
  xapiIris,
} from './cmi5-statements.ts';
import type { LmsConnection } from './connection.ts';
import type { LmsLaunch } from './launch.ts';
import type { DecisionReport, EndReport, LearningRecordSink } from './observe.ts';
import { type KeptStore, type QueuedStatement, type SendOutcome, StatementQueue } from './statement-queue.ts';

/**
 * The package's side of cmi5, through Rustici's cmi5.js: the library reads the launch (fetch
 * URL, LMS.LaunchData, learner preferences), sends "initialized" and builds the cmi5-defined
 * statements; every statement after that goes through the statement queue, which keeps it until
 * the LRS accepts it. Null when the page has no cmi5 launch parameters: the package then plays
 * as the static site.
 */
export async function connectCmi5(launch: LmsLaunch, pageUrl: string): Promise<LmsConnection | null> {
  if (!isCmi5Launch(pageUrl)) return null;
  const cmi = new Cmi5(pageUrl);
  await cmi.start();

  const registration = cmi.getRegistration();
  const store = browserStore();
  const queue = new StatementQueue({
    store,
    key: `wudi-xapi-queue:${registration}`,
    send: (statements) => sendStatements(cmi.getEndpoint(), cmi.getAuth(), statements),
    later: (fn, ms) => {
      const timer = window.setTimeout(fn, ms);
      return () => window.clearTimeout(timer);
    },
    onOnline: (fn) => {
      window.addEventListener('online', fn);
      return () => window.removeEventListener('online', fn);
    },
    warn: (message) => console.warn(message),
  });
  queue.start();
  const add = (statement: Cmi5Statement) => queue.add(statement as unknown as QueuedStatement);
  // A statement the library will not build (a score it finds invalid) is lost, never the game.
  const attempt = (what: string, fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      console.warn(`cmi5: the ${what} statement was not sent:`, error);
    }
  };

  const iris = xapiIris(launch.xapiBase);
  // Browse and Review launches are looks at the content: cmi5 forbids them to report
  // completion or success.
  const judged = cmi.getLaunchMode() === 'Normal';
  const masteryScore = cmi.getMasteryScore();
  // cmi5 allows one completed and one passed per registration: remembered on the device.
  const doneKey = `wudi-xapi-done:${registration}`;
  const done = readDone(store, doneKey);
  let failedThisSession = false;
  let finished = false;

  const sink: LearningRecordSink = {
    decision(report: DecisionReport) {
      attempt('answered', () =>
        add(answeredStatement(cmi.prepareStatement(VERB_ANSWERED), report, iris, launch.locale)),
      );
    },
    ended(report: EndReport) {
      if (!judged || finished) return;
      attempt('completion', () => reportEnd(report));
    },
    progress() {
      // The LRS keeps no resume point yet: a cmi5 launch starts the package afresh.
    },
  };

  function reportEnd(report: EndReport) {
    const status = report.course;
    if (status.completed && !done.completed) {
      add(cmi.completedStatement());
      done.completed = true;
    }
    const verdict = judgement(status, masteryScore);
    if (verdict === 'passed' && !done.passed) {
      add(cmi.passedStatement(courseScore(status)));
      done.passed = true;
    } else if (verdict === 'failed' && !done.passed && !failedThisSession) {
      add(cmi.failedStatement(courseScore(status)));
      failedThisSession = true;
    }
    writeDone(store, doneKey, done);
  }

  return {
    sink,
    learnerName: learnerNameOf(cmi.getActor()),
    resume: { outcomes: [], run: null },
    problem: null,
    exit() {
      if (finished) return;
      finished = true;
      attempt('terminated', () => add(cmi.terminatedStatement()));
      queue.close();
    },
  };
}

const XAPI_VERSION = '1.0.3';

/**
 * One statement as a PUT with its id (idempotent: a repeat is stored once), several as one POST.
 * Every request is keepalive, so the one in flight when the page closes still arrives.
 */
async function sendStatements(
  endpoint: string,
  auth: string,
  statements: QueuedStatement[],
): Promise<SendOutcome> {
  const [only] = statements;
  if (!only) return 'accepted';
  const single = statements.length === 1;
  const url = single
    ? `${endpoint}/statements?${new URLSearchParams({ statementId: only.id })}`
    : `${endpoint}/statements`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: single ? 'PUT' : 'POST',
      mode: 'cors',
      keepalive: true,
      headers: {
        'X-Experience-API-Version': XAPI_VERSION,
        Authorization: auth,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(single ? only : statements),
    });
  } catch {
    return 'failed';
  }
  return outcomeOf(response.status);
}

/** What an LRS's answer means for the queue. */
export function outcomeOf(status: number): SendOutcome {
  if (status === 200 || status === 204) return 'accepted';
  if (status === 409) return 'duplicate';
  // Worth another try: the LRS is busy or down, or the session's credentials are being renewed.
  if (status >= 500 || status === 401 || status === 408 || status === 429) return 'failed';
  return 'rejected';
}

interface Done {
  completed: boolean;
  passed: boolean;
}

function readDone(store: KeptStore, key: string): Done {
  try {
    const raw = JSON.parse(store.read(key) ?? '{}') as Partial<Done>;
    return { completed: raw.completed === true, passed: raw.passed === true };
  } catch {
    return { completed: false, passed: false };
  }
}

function writeDone(store: KeptStore, key: string, done: Done): void {
  try {
    store.write(key, JSON.stringify(done));
  } catch {
    // Memory only: the session still reports once.
  }
}

/** localStorage, or memory when the LMS's frame forbids it. */
function browserStore(): KeptStore {
  const memory = new Map<string, string>();
  return {
    read(key) {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return memory.get(key) ?? null;
      }
    },
    write(key, value) {
      try {
        window.localStorage.setItem(key, value);
      } catch {
        memory.set(key, value);
      }
    },
  };
}
