import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server package's folder. This file sits directly in src/, and the bundle directly in dist/, so one
 * level up is right both when run from source (tsx) and from the bundle.
 */
export const SERVER_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
