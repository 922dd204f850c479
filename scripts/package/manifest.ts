/** Values the manifest template is filled with (from config: see scripts/package-app.ts). */
export interface ManifestValues {
  /** The Teams app id: a GUID (by default the app registration's client id). */
  readonly appId: string;
  /** The bot's Microsoft App ID (the app registration's client id). */
  readonly botId: string;
  /** https origin the service runs at, e.g. https://auditloop.council.gov.uk */
  readonly publicUrl: string;
  /** SSO resource (Application ID URI), e.g. api://auditloop.council.gov.uk/{client id} */
  readonly appIdUri: string;
  readonly version: string;
}

/** Replaces every `{{NAME}}` in the template; an unknown or unfilled name is an error. */
export function fillManifest(template: string, values: ManifestValues): unknown {
  const origin = new URL(values.publicUrl);
  const replacements: Partial<Record<string, string>> = {
    APP_ID: values.appId,
    BOT_ID: values.botId,
    PUBLIC_URL: origin.origin,
    HOST: origin.host,
    APP_ID_URI: values.appIdUri,
    VERSION: values.version,
  };
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const value = replacements[name];
    if (value === undefined)
      throw new Error(`The manifest template names an unknown value {{${name}}}.`);
    return value;
  });
  return JSON.parse(filled) as unknown;
}
