/**
 * Types for Rustici's cmi5.js (@rusticisoftware/cmi5 3.2), which ships none: only what the game
 * calls. Statements are plain xAPI JSON.
 */
declare module '@rusticisoftware/cmi5' {
  export interface Cmi5Agent {
    objectType?: 'Agent';
    name?: string;
    account?: { homePage: string; name: string };
    mbox?: string;
  }

  export interface Cmi5Score {
    scaled?: number;
    raw?: number;
    min?: number;
    max?: number;
  }

  /** An xAPI statement as the library builds it (and as the game extends it). */
  export interface Cmi5Statement {
    id: string;
    timestamp: string;
    actor: Cmi5Agent;
    verb: { id: string; display?: Record<string, string> };
    object: { id: string; objectType?: 'Activity'; definition?: Record<string, unknown> };
    result?: {
      score?: Cmi5Score;
      success?: boolean;
      completion?: boolean;
      response?: string;
      duration?: string;
      extensions?: Record<string, unknown>;
    };
    context: {
      registration?: string;
      contextActivities?: Record<string, Array<{ id: string; [key: string]: unknown }>>;
      extensions?: Record<string, unknown>;
      [key: string]: unknown;
    };
  }

  export interface Cmi5StartHooks {
    postFetch?: () => Promise<void> | void;
    launchData?: () => Promise<void> | void;
    learnerPrefs?: () => Promise<void> | void;
    initializeStatement?: () => Promise<void> | void;
  }

  export default class Cmi5 {
    constructor(launchUrl: string);
    static convertMillisecondsToISO8601Duration(ms: number): string;
    static uuidv4(): string;
    /** POSTs the fetch URL, reads LMS.LaunchData and the learner preferences, sends initialized */
    start(hooks?: Cmi5StartHooks): Promise<void>;
    getLaunchMode(): 'Normal' | 'Browse' | 'Review';
    getMasteryScore(): number | null;
    getMoveOn(): string;
    getSessionId(): string;
    getActor(): Cmi5Agent;
    getActivityId(): string;
    getRegistration(): string;
    getEndpoint(): string;
    getAuth(): string;
    /** an allowed statement: the AU as object, the launch's context template, no cmi5 category */
    prepareStatement(verbId: string): Cmi5Statement;
    completedStatement(): Cmi5Statement;
    passedStatement(score?: Cmi5Score): Cmi5Statement;
    failedStatement(score?: Cmi5Score): Cmi5Statement;
    terminatedStatement(): Cmi5Statement;
    sendStatement(statement: Cmi5Statement): Promise<void>;
  }
}
