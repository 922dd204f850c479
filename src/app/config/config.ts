import { z } from 'zod';
import { DEFAULT_REAUDIT_WEEKS } from '../../domain/reaudits/reaudit';
import type { GradeTargets } from '../../domain/reports/targets';
import { DEFAULT_GRADE_TARGETS } from '../../domain/reports/targets';

/**
 * The one config module (STYLE.md habit 6): every setting the process reads, validated at
 * start-up. A missing or malformed setting stops the process with a message naming it.
 */
const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

/** The demo data's sizes (src/demo-data): a small council, a mid-sized one, a large one. */
export const DEMO_SIZES = ['small', 'full', 'council'] as const;
export type DemoSize = (typeof DEMO_SIZES)[number];

const guid = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    AUDITLOOP_DATA_DIR: z.string().trim().min(1).default('.data'),
    AUDITLOOP_PUBLIC_URL: z.url().optional(),
    /** Entra tenant of the council. Its presence switches local mode off. */
    AUDITLOOP_TENANT_ID: guid.optional(),
    /** The app registration behind the tab's SSO and the bot. */
    AUDITLOOP_CLIENT_ID: guid.optional(),
    AUDITLOOP_CLIENT_SECRET: optionalText,
    /** Application ID URI used as the SSO token audience, e.g. api://host/{client id}. */
    AUDITLOOP_APP_ID_URI: optionalText,
    AUDITLOOP_SITE_ID: optionalText,
    /** Override of the tenant's signing keys (tests serve their own on loopback). */
    AUDITLOOP_JWKS_URL: z.url().optional(),
    AUDITLOOP_DEMO_DATA: z.enum(['on', 'off']).default('on'),
    /** Local mode: the size of the synthetic demo data loaded into an empty site. */
    AUDITLOOP_DEMO_SIZE: z.enum(DEMO_SIZES).default('full'),
    /** Bot Framework token validation and proactive sends (tests point these at loopback). */
    AUDITLOOP_BOT_OPENID_URL: z
      .url()
      .default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
    AUDITLOOP_BOT_TOKEN_ISSUER: z.url().default('https://api.botframework.com'),
    AUDITLOOP_BOT_SERVICE_URL: z.url().default('https://smba.trafficmanager.net/uk/'),
    /** The Teams app id in the package; the client id when not set. */
    AUDITLOOP_TEAMS_APP_ID: guid.optional(),
    AUDITLOOP_SCHEDULER: z.enum(['on', 'off']).default('on'),
    /** Weeks from an Inadequate or Requires-improvement grade standing to the case's re-audit. */
    AUDITLOOP_REAUDIT_WEEKS: z.coerce.number().int().min(1).max(104).default(DEFAULT_REAUDIT_WEEKS),
    /** The council's targets for its grades, as fractions: at least this share Good or better… */
    AUDITLOOP_TARGET_GOOD_OR_BETTER: z.coerce
      .number()
      .min(0)
      .max(1)
      .default(DEFAULT_GRADE_TARGETS.goodOrBetterAtLeast),
    /** …and at most this share Inadequate. */
    AUDITLOOP_TARGET_INADEQUATE: z.coerce
      .number()
      .min(0)
      .max(1)
      .default(DEFAULT_GRADE_TARGETS.inadequateAtMost),
    /**
     * The app's SharePoint budget, resource units a minute, by the tenant's licences (1,250 up
     * to 1,000; 2,500 to 5,000; 3,750 to 15,000; 5,000 to 50,000; 6,250 above).
     */
    AUDITLOOP_SHAREPOINT_RU_PER_MINUTE: z.coerce
      .number()
      .int()
      .min(1_250)
      .max(6_250)
      .default(1_250),
  })
  .loose();

export interface LocalConfig {
  readonly mode: 'local';
  readonly dataDir: string;
  readonly demoData: boolean;
  readonly demoSize: DemoSize;
}

export interface TenantConfig {
  readonly mode: 'tenant';
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly appIdUri: string;
  readonly siteId: string;
  readonly jwksUrl: string;
}

export interface BotConfig {
  readonly openIdMetadataUrl: string;
  readonly tokenIssuer: string;
  readonly serviceUrl: string;
  readonly teamsAppId: string | null;
}

export interface Config {
  readonly nodeEnv: 'development' | 'test' | 'production';
  readonly bot: BotConfig;
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string | null;
  readonly scheduler: boolean;
  /** Weeks from an Inadequate or Requires-improvement grade standing to the re-audit (12). */
  readonly reauditWeeks: number;
  /** The council's targets the reports judge grades against (≥ 40% Good or better, ≤ 10% Inadequate). */
  readonly gradeTargets: GradeTargets;
  /** The app's SharePoint resource units a minute (the tenant's, by its licences). */
  readonly sharePointResourceUnitsPerMinute: number;
  readonly store: LocalConfig | TenantConfig;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration — ${names.join('; ')}`);
  }
  const e = parsed.data;
  const base = {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.AUDITLOOP_PUBLIC_URL ?? null,
    scheduler: e.AUDITLOOP_SCHEDULER === 'on',
    reauditWeeks: e.AUDITLOOP_REAUDIT_WEEKS,
    gradeTargets: {
      goodOrBetterAtLeast: e.AUDITLOOP_TARGET_GOOD_OR_BETTER,
      inadequateAtMost: e.AUDITLOOP_TARGET_INADEQUATE,
    },
    sharePointResourceUnitsPerMinute: e.AUDITLOOP_SHAREPOINT_RU_PER_MINUTE,
    bot: {
      openIdMetadataUrl: e.AUDITLOOP_BOT_OPENID_URL,
      tokenIssuer: e.AUDITLOOP_BOT_TOKEN_ISSUER,
      serviceUrl: e.AUDITLOOP_BOT_SERVICE_URL,
      teamsAppId: e.AUDITLOOP_TEAMS_APP_ID ?? e.AUDITLOOP_CLIENT_ID ?? null,
    },
  };
  if (e.AUDITLOOP_TENANT_ID === undefined) {
    if (e.NODE_ENV === 'production') {
      throw new ConfigError(
        'AUDITLOOP_TENANT_ID is required when NODE_ENV=production: local sign-in never runs in production.',
      );
    }
    return {
      ...base,
      store: {
        mode: 'local',
        dataDir: e.AUDITLOOP_DATA_DIR,
        demoData: e.AUDITLOOP_DEMO_DATA === 'on',
        demoSize: e.AUDITLOOP_DEMO_SIZE,
      },
    };
  }
  const tenantId = e.AUDITLOOP_TENANT_ID;
  const missing = (
    [
      ['AUDITLOOP_CLIENT_ID', e.AUDITLOOP_CLIENT_ID],
      ['AUDITLOOP_CLIENT_SECRET', e.AUDITLOOP_CLIENT_SECRET],
      ['AUDITLOOP_SITE_ID', e.AUDITLOOP_SITE_ID],
    ] as const
  ).filter(([, v]) => v === undefined);
  if (missing.length > 0) {
    throw new ConfigError(
      `A tenant is configured, so these settings are required: ${missing.map(([n]) => n).join(', ')}`,
    );
  }
  const clientId = e.AUDITLOOP_CLIENT_ID ?? '';
  return {
    ...base,
    store: {
      mode: 'tenant',
      tenantId,
      clientId,
      clientSecret: e.AUDITLOOP_CLIENT_SECRET ?? '',
      siteId: e.AUDITLOOP_SITE_ID ?? '',
      appIdUri: e.AUDITLOOP_APP_ID_URI ?? `api://${clientId}`,
      jwksUrl:
        e.AUDITLOOP_JWKS_URL ?? `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
    },
  };
}
