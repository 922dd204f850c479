import { useCallback } from 'react';
import type { AuditDetailResponse } from '../../contract/audits';
import type { AuditEndpoint } from '../../contract/routes';
import { useSession } from '../app/session-context';
import { serverIssues, type FieldIssues } from '../common/form-issues';
import { useResource } from '../api/use-resource';
import { useVersionedWrite } from '../api/use-versioned-write';

/** The fields the page picks a person for: an issue on one is shown beside its picker. */
export const PICKED_FIELDS: readonly string[] = ['contributorId', 'auditorId', 'moderatorId'];

/**
 * A failed write's issues for the pickers, and the error still to show above the page: none
 * when every issue is already beside its picker.
 */
export function besideThePickers(error: unknown): {
  readonly issues: FieldIssues;
  readonly above: unknown;
} {
  const all = Object.entries(serverIssues(error));
  const picked = all.filter(([field]) => PICKED_FIELDS.includes(field));
  const allBeside = picked.length > 0 && picked.length === all.length;
  return { issues: Object.fromEntries(picked), above: allBeside ? null : error };
}

/**
 * One audit, and its writes: each sends the version the page holds and shows the answer. A
 * 409 (changed since you opened it) reloads the audit, and the error stays on screen to say so.
 */
export function useAudit(id: string) {
  const { api, me } = useSession();
  const detail = useResource(() => api.audit(id), `audit:${id}`);
  const {
    write: send,
    pending,
    error,
  } = useVersionedWrite<AuditDetailResponse>({
    version: detail.status === 'ready' ? detail.data.audit.version : undefined,
    apply: (answer) => {
      if (detail.status === 'ready') detail.replace(answer);
    },
    reload: detail.reload,
  });
  const write = useCallback(
    (endpoint: AuditEndpoint, body: Readonly<Record<string, unknown>>) =>
      send((version) => api.auditWrite(id, endpoint, { ...body, version })),
    [api, id, send],
  );

  return { me, detail, write, pending, error, ...besideThePickers(error) };
}
