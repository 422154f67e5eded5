import { createHash } from 'node:crypto';
import type { Sha256Base64 } from '../engine/index';

/** The hash the engine's standalone page allows its inline stylesheet by (the engine has no crypto of its own). */
export const sha256Base64: Sha256Base64 = (text) => createHash('sha256').update(text).digest('base64');
