import type { LearningRecordSink } from './observe.ts';
import type { Suspended } from './suspend.ts';

/** A package's link to its LMS, whichever standard: what the game needs of it. */
export interface LmsConnection {
  sink: LearningRecordSink;
  /** the learner's name as the LMS has it ("First Last"), null when it gives none */
  learnerName: string | null;
  /** what an earlier session kept (outcomes, and the run to resume); empty on a first launch */
  resume: Suspended;
  /** a problem to tell the learner once (saved progress that did not read, a log cut short) */
  problem: string | null;
  /** the page is going away: send what is pending and close the session */
  exit(): void;
}
