import type { AuditScope } from '../../contract/audits';
import { AUDIT_SCOPES } from '../../contract/audits';
import type { AuditState } from '../../domain/records/audit';
import { AUDIT_STATES } from '../../domain/records/audit';
import { useSession } from '../app/session-context';
import type { PageQuery } from '../../contract/common';
import { SCOPES_BY_ROLE } from './audits.types';

const isScope = (value: string | null): value is AuditScope =>
  (AUDIT_SCOPES as readonly (string | null)[]).includes(value);
const isState = (value: string | null): value is AuditState =>
  (AUDIT_STATES as readonly (string | null)[]).includes(value);

/** Audits in the scope the URL asks for, if the role has it; otherwise the role's first. */
export function useAuditList(query: URLSearchParams) {
  const { api, me } = useSession();
  const scopes = SCOPES_BY_ROLE[me.role];
  const asked = query.get('scope');
  const scope: AuditScope =
    isScope(asked) && scopes.includes(asked) ? asked : (scopes[0] ?? 'myCases');
  const askedState = query.get('state');
  const state = isState(askedState) ? askedState : undefined;
  const load = (page: PageQuery) =>
    api.audits({ scope, ...(state === undefined ? {} : { state }), ...page });
  return { scopes, scope, state, load, loadKey: `audits:${scope}:${state ?? ''}` };
}
