import type { Route } from '../router.js';
import { batchRoutes } from './batch.js';
import { columnRoutes } from './columns.js';
import { deltaRoutes } from './delta.js';
import { driveReadRoutes } from './drive.js';
import { driveUploadRoutes } from './drive-upload.js';
import { driveVersionRoutes } from './drive-versions.js';
import { itemReadRoutes } from './items-read.js';
import { itemWriteRoutes } from './items-write.js';
import { listRoutes } from './lists.js';
import { siteRoutes } from './sites.js';

/** Order matters where paths overlap: `items/delta` before `items/{id}`. */
export const allRoutes: Route[] = [
  ...batchRoutes,
  ...siteRoutes,
  ...listRoutes,
  ...columnRoutes,
  ...deltaRoutes,
  ...itemReadRoutes,
  ...itemWriteRoutes,
  ...driveVersionRoutes,
  ...driveReadRoutes,
  ...driveUploadRoutes,
];

export { preauthenticatedRoutes } from './preauth.js';
