import { jointCount } from './joint-count';

export const signatureRules = [jointCount] as const;
