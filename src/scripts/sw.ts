/**
 * The entry of dist/sw.js: the build (src/integrations/offline.ts) bundles this file with the
 * precache list it computed from dist/ in place of __PRECACHE__.
 */
import { installWorker, type WorkerScope } from '../lib/offline/worker';
import type { Precache } from '../lib/offline/manifest';

declare const __PRECACHE__: Precache;

installWorker(self as unknown as WorkerScope, __PRECACHE__);
