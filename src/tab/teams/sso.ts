import type { SsoSettings } from '../../contract/identity';
import type { TeamsHost } from './teams-host';

/**
 * A token getter for the server API inside Teams: MSAL nested app authentication where the host
 * recommends it (new Teams, Outlook, Microsoft 365), otherwise Teams SSO `getAuthToken`.
 * MSAL is loaded only when it is used.
 */
export function ssoTokenSource(
  host: TeamsHost,
  settings: SsoSettings | null,
): () => Promise<string> {
  if (settings === null || !host.isNaaRecommended()) return () => host.getSsoToken();
  let pca: Promise<import('@azure/msal-browser').IPublicClientApplication> | undefined;
  const client = () => {
    pca ??= import('@azure/msal-browser').then(({ createNestablePublicClientApplication }) =>
      createNestablePublicClientApplication({
        auth: {
          clientId: settings.clientId,
          authority: `https://login.microsoftonline.com/${settings.tenantId}`,
        },
      }),
    );
    return pca;
  };
  return async () => {
    const msal = await client();
    const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
    const request = { scopes: [settings.scope], account };
    try {
      return (await msal.acquireTokenSilent(request)).accessToken;
    } catch (silentFailure) {
      console.info('Silent token failed; asking the person', silentFailure);
      return (await msal.acquireTokenPopup(request)).accessToken;
    }
  };
}
