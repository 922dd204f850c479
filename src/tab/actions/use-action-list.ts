import type { ActionScope } from '../../contract/actions';
import { ACTION_SCOPES } from '../../contract/actions';
import type { ActionState } from '../../domain/records/action';
import { ACTION_STATES } from '../../domain/records/action';
import { useSession } from '../app/session-context';
import type { PageQuery } from '../../contract/common';
import { ACTION_SCOPES_BY_ROLE } from './actions.types';

const isScope = (v: string | null): v is ActionScope =>
  (ACTION_SCOPES as readonly (string | null)[]).includes(v);
const isState = (v: string | null): v is ActionState =>
  (ACTION_STATES as readonly (string | null)[]).includes(v);

/** Actions in the scope (and state) the URL asks for, within what the role may see. */
export function useActionList(query: URLSearchParams) {
  const { api, me } = useSession();
  const scopes = ACTION_SCOPES_BY_ROLE[me.role];
  const asked = query.get('scope');
  const scope: ActionScope =
    isScope(asked) && scopes.includes(asked) ? asked : (scopes[0] ?? 'mine');
  const askedState = query.get('state');
  const state = isState(askedState) ? askedState : undefined;
  const load = (page: PageQuery) =>
    api.actions({ scope, ...(state === undefined ? {} : { state }), ...page });
  return { scopes, scope, state, load, loadKey: `actions:${scope}:${state ?? ''}` };
}
