import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import validateStatement from 'xapi-validation';

/**
 * A minimal LRS, and the part of a cmi5 LMS a launch needs, for the tests: no LRS on npm runs
 * here, so this stands in for one. It is not a conformant LRS (no queries, no attachments, no
 * voiding, no documents beyond what cmi5 reads); what it does it does as the specifications say:
 *
 * - POST the fetch URL: the session's credentials, once (cmi5: a second POST is an error).
 * - GET activities/state LMS.LaunchData: the context template with the session id, launch mode,
 *   moveOn and the mastery score when one is set.
 * - GET/PUT agents/profile cmi5LearnerPreferences: 404 until one is PUT.
 * - PUT/POST statements: each checked with Learning Locker's xapi-validation and against the
 *   session (registration, session id); an invalid one is refused with 400 and none of its
 *   request is stored; an id already stored is not stored again (204 for the same statement,
 *   409 for a different one, as xAPI 1.0.3 says); statements after terminated are refused (403).
 * - CORS for any origin, as the game runs on another origin than its LRS.
 *
 * As the LMS, it records the cmi5 "launched" statement itself before handing out the launch URL.
 */

export interface Agent {
  objectType?: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

export interface Statement {
  id: string;
  verb: { id: string; display?: Record<string, string> };
  object: { id: string; definition?: Record<string, unknown> };
  actor: Agent;
  result?: Record<string, unknown> & { extensions?: Record<string, unknown> };
  context?: Record<string, unknown> & {
    registration?: string;
    extensions?: Record<string, unknown>;
    contextActivities?: Record<string, Array<{ id: string }>>;
  };
  timestamp?: string;
  [key: string]: unknown;
}

export interface LogEntry {
  method: string;
  path: string;
  /** statement ids the request carried */
  ids: string[];
  status: number;
}

export interface LaunchOptions {
  actor: Agent;
  activityId: string;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  moveOn?: string;
}

export interface Launch {
  registration: string;
  sessionId: string;
  /** the query string the LMS appends to the AU's URL */
  query: string;
}

export interface TestLrs {
  /** the xAPI endpoint, ending in / */
  endpoint: string;
  origin: string;
  /** stored statements, in the order the LRS stored them (the launched statement first) */
  stored: Statement[];
  /** every request, in arrival order */
  log: LogEntry[];
  /** statements refused, with why */
  refused: Array<{ id: string | null; status: number; why: string }>;
  launch(options: LaunchOptions): Launch;
  close(): Promise<void>;
}

export const SESSION_ID_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const VERSION = '1.0.3';

interface Session {
  registration: string;
  sessionId: string;
  token: string;
  fetched: boolean;
  terminated: boolean;
  launchData: Record<string, unknown>;
  actor: Agent;
  activityId: string;
}

/** Learning Locker's verdict on a statement: empty when it meets the xAPI specification. */
export function xapiProblems(statement: unknown): string[] {
  return validateStatement(statement).map((w) => `${w.path.join('.')}: ${w.message}`);
}

export async function startLrs(): Promise<TestLrs> {
  const sessions = new Map<string, Session>();
  const byToken = new Map<string, Session>();
  const stored: Statement[] = [];
  const storedById = new Map<string, string>();
  const profiles = new Map<string, string>();
  const log: LogEntry[] = [];
  const refused: TestLrs['refused'] = [];

  const store = (statement: Statement) => {
    storedById.set(statement.id, canonical(statement));
    stored.push(statement);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://lrs');
      const entry: LogEntry = { method: req.method ?? '', path: url.pathname, ids: [], status: 0 };
      log.push(entry);
      const reply = (status: number, body?: unknown) => {
        entry.status = status;
        res.writeHead(status, {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Headers':
            'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
          'Access-Control-Allow-Methods': 'GET, PUT, POST, OPTIONS',
          'Access-Control-Expose-Headers': 'ETag, X-Experience-API-Version',
          'X-Experience-API-Version': VERSION,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        });
        res.end(body === undefined ? undefined : JSON.stringify(body));
      };
      if (req.method === 'OPTIONS') return reply(204);

      const fetchMatch = /^\/fetch\/([\w-]+)$/.exec(url.pathname);
      if (fetchMatch && req.method === 'POST') {
        const session = sessions.get(fetchMatch[1] ?? '');
        if (!session) return reply(404);
        if (session.fetched)
          return reply(200, { 'error-code': '1', 'error-text': 'the fetch URL was used already' });
        session.fetched = true;
        return reply(200, { 'auth-token': session.token });
      }

      if (!url.pathname.startsWith('/xapi/')) return reply(404);
      const session = byToken.get((req.headers.authorization ?? '').replace(/^Basic /, ''));
      if (!session) return reply(401);
      if (!req.headers['x-experience-api-version'])
        return reply(400, { error: 'no X-Experience-API-Version' });
      const resource = url.pathname.slice('/xapi/'.length);
      const body = Buffer.concat(chunks).toString('utf8');

      if (resource === 'activities/state' && req.method === 'GET') {
        if (url.searchParams.get('stateId') !== 'LMS.LaunchData') return reply(404);
        if (url.searchParams.get('registration') !== session.registration) return reply(404);
        if (url.searchParams.get('activityId') !== session.activityId) return reply(404);
        return reply(200, session.launchData);
      }
      if (resource === 'agents/profile') {
        const key = `${url.searchParams.get('agent')}|${url.searchParams.get('profileId')}`;
        if (req.method === 'GET') {
          const kept = profiles.get(key);
          return kept === undefined ? reply(404) : reply(200, JSON.parse(kept));
        }
        if (req.method === 'PUT') {
          profiles.set(key, body);
          return reply(204);
        }
      }
      if (resource === 'statements' && (req.method === 'PUT' || req.method === 'POST')) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body);
        } catch {
          return reply(400, { error: 'not JSON' });
        }
        const list = (Array.isArray(parsed) ? parsed : [parsed]) as Statement[];
        if (req.method === 'PUT') {
          const id = url.searchParams.get('statementId');
          if (!id || list.length !== 1 || (list[0]?.id !== undefined && list[0]?.id !== id))
            return reply(400, { error: 'PUT takes one statement, with its id as statementId' });
        }
        entry.ids = list.map((s) => s.id);
        if (new Set(entry.ids).size !== entry.ids.length)
          return reply(400, { error: 'an id twice in a batch' });
        const fresh: Statement[] = [];
        for (const statement of list) {
          const problems = xapiProblems(statement);
          const why =
            problems.length > 0
              ? problems.join('; ')
              : statement.context?.registration !== session.registration
                ? 'not the session’s registration'
                : statement.context?.extensions?.[SESSION_ID_EXT] !== session.sessionId
                  ? 'not the session’s id'
                  : null;
          if (why) {
            refused.push({ id: statement.id ?? null, status: 400, why });
            return reply(400, { error: why });
          }
          const before = storedById.get(statement.id);
          if (before !== undefined) {
            if (before !== canonical(statement)) {
              refused.push({ id: statement.id, status: 409, why: 'another statement has this id' });
              return reply(409);
            }
            continue;
          }
          if (session.terminated) {
            refused.push({ id: statement.id, status: 403, why: 'the session is terminated' });
            return reply(403);
          }
          fresh.push(statement);
        }
        for (const statement of fresh) {
          store(statement);
          if (statement.verb.id === 'http://adlnet.gov/expapi/verbs/terminated') session.terminated = true;
        }
        return req.method === 'PUT'
          ? reply(204)
          : reply(
              200,
              list.map((s) => s.id),
            );
      }
      return reply(404);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const endpoint = `${origin}/xapi/`;

  return {
    endpoint,
    origin,
    stored,
    log,
    refused,
    launch(options) {
      const session: Session = {
        registration: randomUUID(),
        sessionId: randomUUID(),
        token: Buffer.from(`${randomUUID()}:${randomUUID()}`).toString('base64'),
        fetched: false,
        terminated: false,
        actor: options.actor,
        activityId: options.activityId,
        launchData: {},
      };
      const contextTemplate = {
        contextActivities: { grouping: [{ id: `${options.activityId}#course` }] },
        extensions: { [SESSION_ID_EXT]: session.sessionId },
      };
      session.launchData = {
        contextTemplate,
        launchMode: options.launchMode ?? 'Normal',
        launchMethod: 'AnyWindow',
        moveOn: options.moveOn ?? 'CompletedAndPassed',
        ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
      };
      const fetchId = randomUUID();
      sessions.set(fetchId, session);
      byToken.set(session.token, session);
      // In cmi5 the LMS, not the AU, records the launch.
      const launched: Statement = {
        id: randomUUID(),
        timestamp: new Date().toISOString(),
        actor: options.actor,
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
        object: { id: options.activityId },
        context: {
          registration: session.registration,
          contextActivities: {
            ...contextTemplate.contextActivities,
            category: [{ id: CMI5_CATEGORY }],
          },
          extensions: {
            ...contextTemplate.extensions,
            'https://w3id.org/xapi/cmi5/context/extensions/launchmode': options.launchMode ?? 'Normal',
            'https://w3id.org/xapi/cmi5/context/extensions/moveon': options.moveOn ?? 'CompletedAndPassed',
            'https://w3id.org/xapi/cmi5/context/extensions/launchurl': 'index.html',
          },
        },
      };
      const problems = xapiProblems(launched);
      if (problems.length) throw new Error(`the test LRS's launched statement: ${problems.join('; ')}`);
      store(launched);
      const query = new URLSearchParams({
        endpoint,
        fetch: `${origin}/fetch/${fetchId}`,
        actor: JSON.stringify(options.actor),
        registration: session.registration,
        activityId: options.activityId,
      });
      return { registration: session.registration, sessionId: session.sessionId, query: query.toString() };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A statement as compared for "the same statement": its JSON with keys sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}
