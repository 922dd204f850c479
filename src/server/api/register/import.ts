import { Router } from 'express';
import { z } from 'zod';
import { startImport } from '../../../app/register-import/import-command';
import { importProgress } from '../../../app/register-import/import-progress';
import { previewImport } from '../../../app/register-import/preview-import';
import type { Services } from '../../../app/services';
import type { CommitImportResponse } from '../../../contract/register-import';
import { callerOf } from '../../http/authenticate';
import { fromDomainError, notFound } from '../../http/http-error';
import { idParam, parseQuery } from '../parse';
import { rawUpload, uploadOf } from './upload';

/** `?confirmClosures=N`: the number of closures the QA lead saw and confirmed (strict). */
const importQuery = z.strictObject({
  confirmClosures: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

/**
 * The register import's HTTP edge: the file as the raw body, parsed and handed to the app
 * layer, which authorises, reads, checks and writes; a refusal mapped to its status here.
 */
export function registerImportRoutes(services: Services): Router {
  const router = Router();

  router.post('/register/import/preview', rawUpload, async (req, res) => {
    const preview = await previewImport(services, callerOf(res).oid, uploadOf(req));
    if (!preview.ok) throw fromDomainError(preview.error);
    res.json(preview.value);
  });

  const commit = (acceptValidRows: boolean) =>
    router.post(
      acceptValidRows ? '/register/imports/valid-rows' : '/register/imports',
      rawUpload,
      async (req, res) => {
        const started = await startImport(
          services,
          callerOf(res).oid,
          uploadOf(req),
          acceptValidRows,
          parseQuery(req, importQuery).confirmClosures ?? null,
        );
        if (!started.ok) throw fromDomainError(started.error);
        const body: CommitImportResponse = {
          importId: started.value.importId,
          progress: started.value.progress,
        };
        // The cases are written in the background; the tab follows the progress.
        res.status(202).location(`/api/register/imports/${body.importId}`).json(body);
      },
    );
  commit(false);
  commit(true);

  router.get('/register/imports/:id', async (req, res) => {
    const id = idParam.safeParse(req.params['id']);
    if (!id.success) throw notFound('Import');
    const progress = await importProgress(services, callerOf(res).oid, id.data);
    if (!progress.ok) throw fromDomainError(progress.error);
    res.json(progress.value);
  });

  return router;
}
