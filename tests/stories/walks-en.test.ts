import { describe } from 'vitest';
import { describeWalks } from './walks.ts';

describe('walks through the English stories', () => describeWalks('en'));
