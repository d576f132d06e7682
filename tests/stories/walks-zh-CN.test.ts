import { describe } from 'vitest';
import { describeWalks } from './walks.ts';

describe('walks through the Chinese stories', () => describeWalks('zh-CN'));
