import { useEffect, useState } from 'react';
import type { ImportPreviewResponse, ImportProgressResponse } from '../../contract/register-import';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';
import { contentTypeOf } from './register.types';

/** How often a running import's progress is asked for. */
export const POLL_MS = 1_000;

/**
 * Choose a file, preview it (nothing written), import it — the valid rows only when it has
 * errors, said on the button — then follow the progress until the import is done.
 */
export function useRegisterImport() {
  const { api } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreviewResponse | null>(null);
  const [progress, setProgress] = useState<ImportProgressResponse | null>(null);
  /** Whether the QA lead has confirmed the closures a preview warned of. */
  const [closuresConfirmed, confirmClosures] = useState(false);

  const previewCommand = useCommand(async () => {
    if (file === null) return null;
    setProgress(null);
    const result = await api.registerPreview(file, contentTypeOf(file.name));
    setPreview(result);
    confirmClosures(false);
    return result;
  });
  const importCommand = useCommand(async () => {
    if (file === null || preview === null) return null;
    const started = await api.registerImport(
      file,
      contentTypeOf(file.name),
      preview.badRows > 0,
      preview.closeWarning !== null && closuresConfirmed ? preview.close : null,
    );
    setProgress(started.progress);
    return started;
  });

  const running = progress?.state === 'Running' ? progress.importId : null;
  useEffect(() => {
    if (running === null) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      api.registerImportProgress(running).then(
        (next) => {
          if (current) setProgress(next);
        },
        () => {
          // A missed poll is asked again: the import itself goes on on the server.
          if (current) setProgress((p) => (p === null ? p : { ...p }));
        },
      );
    }, POLL_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, running, progress]);

  const choose = (next: File | null) => {
    setFile(next);
    setPreview(null);
    setProgress(null);
  };
  const mustConfirm = preview !== null && preview.closeWarning !== null && !closuresConfirmed;
  return {
    file,
    choose,
    preview,
    previewCommand,
    importCommand,
    progress,
    closuresConfirmed,
    confirmClosures,
    mustConfirm,
  };
}
