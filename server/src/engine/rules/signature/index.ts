import type { Rule } from '../rule';
import { jointCount } from './joint-count';

export const signatureRules: readonly Rule[] = [jointCount];
