import path from 'node:path';
import { z } from 'zod';

import { repositoryRoot } from '../platform/paths';
import type { RateLimitRule } from '../platform/rate-limit/sliding-window-limit';

const port = z
  .string()
  .regex(/^\d{1,5}$/, 'must be a port number between 0 and 65535')
  .transform(Number)
  .refine((value) => value <= 65535, 'must be a port number between 0 and 65535');

const wholeNumber = (unit: string) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number of ${unit}`)
    .transform(Number)
    .refine((value) => value > 0, `must be more than 0 ${unit}`);

const list = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

const units = { s: 1_000, m: 60_000, h: 3_600_000 } as const;
/** `30/10s`: at most 30 requests in any 10 seconds (units s, m, h). */
const rate = z
  .string()
  .regex(/^[1-9]\d*\/[1-9]\d*[smh]$/, 'must be a number of requests per period, such as 30/10s, 100/1m or 1000/1h')
  .transform((value) => {
    const [, limit, amount, unit] = /^(\d+)\/(\d+)([smh])$/.exec(value)!;
    return { limit: Number(limit), windowMs: Number(amount) * units[unit as keyof typeof units] };
  });

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Attribute names tried in order; the defaults cover Okta, Entra ID, Keycloak, ADFS and Google. */
const attributeDefaults = {
  email: 'email,mail,http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress,urn:oid:0.9.2342.19200300.100.1.3',
  employeeNumber: 'employeeNumber,employeeId,http://schemas.microsoft.com/identity/claims/employeeid,urn:oid:2.16.840.1.113730.3.1.3',
  displayName: 'displayName,name,http://schemas.microsoft.com/identity/claims/displayname,urn:oid:2.16.840.1.113730.3.1.241',
  groups: 'groups,memberOf,http://schemas.microsoft.com/ws/2008/06/identity/claims/groups,Role',
};

const EnvironmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).optional(),
    PORT: port.default(3000),
    PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be the http(s) address people use to reach Portico' }).optional(),
    TRUST_PROXY: z.string().min(1).optional(),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// connection string')
      .optional(),
    DATA_DIR: z.string().min(1).default('data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SEED_DEMO_DATA: z.enum(['if-empty', 'never']).default('never'),
    SEED_DEMO_DATA_IN_PRODUCTION: flag.default(false),
    CLIENT_DIST: z.string().min(1).default('dist/client/browser'),
    SHUTDOWN_TIMEOUT_MS: wholeNumber('milliseconds').default(10_000),
    RATE_LIMIT_SIGN_IN: rate.prefault('50/10s'),
    RATE_LIMIT_SEARCH: rate.prefault('30/10s'),
    RATE_LIMIT_SUGGEST: rate.prefault('40/10s'),

    DATA_ENCRYPTION_KEY: z
      .string()
      .regex(
        /^\s*[A-Za-z0-9._-]{1,40}:[A-Za-z0-9+/]{43}=\s*(,\s*[A-Za-z0-9._-]{1,40}:[A-Za-z0-9+/]{43}=\s*)*$/,
        'must be one or more `id:key` entries separated by commas, each key 32 random bytes in base64 (npm run keys:new prints one); the first encrypts, the others only decrypt',
      )
      .optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters (for example `openssl rand -base64 48`)').optional(),
    SESSION_IDLE_TIMEOUT_MINUTES: wholeNumber('minutes').default(30),
    SESSION_ABSOLUTE_TIMEOUT_HOURS: wholeNumber('hours').default(12),

    SAML_IDP_METADATA: z.string().min(1).optional(),
    SAML_IDP_ENTRY_POINT: z.url({ protocol: /^https?$/ }).optional(),
    SAML_IDP_ISSUER: z.string().min(1).optional(),
    SAML_IDP_CERT: z.string().min(1).optional(),
    SAML_IDP_LOGOUT_URL: z.url({ protocol: /^https?$/ }).optional(),
    SAML_SP_ENTITY_ID: z.string().min(1).optional(),
    SAML_SP_PRIVATE_KEY: z.string().min(1).optional(),
    SAML_SP_CERT: z.string().min(1).optional(),
    SAML_WANT_RESPONSE_SIGNED: flag.default(false),
    SAML_ALLOW_IDP_INITIATED: flag.default(false),
    SAML_ATTRIBUTE_EMAIL: list.prefault(attributeDefaults.email),
    SAML_ATTRIBUTE_EMPLOYEE_NUMBER: list.prefault(attributeDefaults.employeeNumber),
    SAML_ATTRIBUTE_DISPLAY_NAME: list.prefault(attributeDefaults.displayName),
    SAML_ATTRIBUTE_GROUPS: list.prefault(attributeDefaults.groups),
    SAML_HR_AGENT_GROUPS: list.prefault('portico-hr-agents'),
    SAML_HR_ADMIN_GROUPS: list.prefault('portico-hr-admins'),
    SAML_HANDBOOK_EDITOR_GROUPS: list.prefault('portico-handbook-editors'),

    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// address (smtp://user:password@host:587)' }).optional(),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: port.optional(),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_SECURE: flag.optional(),
    CLAMAV_URL: z
      .string()
      .regex(
        /^(tcp:\/\/[^\s/]+(:\d{1,5})?\/?|unix:\/\/\/\S+|\/\S+)$/,
        "must be clamd's address: tcp://host:3310, unix:///run/clamav/clamd.ctl or an absolute socket path",
      )
      .optional(),
    MAIL_FROM: z
      .string()
      .regex(/^([^<>\r\n]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, 'must be an address, alone or as `Name <address>`')
      .default('Portico <no-reply@localhost>'),
  })
  .superRefine((env, context) => {
    const missing = (variable: string, message: string) => context.addIssue({ code: 'custom', path: [variable], message });
    const idpFromVariables = env.SAML_IDP_ENTRY_POINT || env.SAML_IDP_CERT || env.SAML_IDP_ISSUER;
    if (idpFromVariables && !env.SAML_IDP_METADATA) {
      for (const variable of ['SAML_IDP_ENTRY_POINT', 'SAML_IDP_CERT', 'SAML_IDP_ISSUER'] as const) {
        if (!env[variable]) missing(variable, 'is needed with the other SAML_IDP_* variables (or set SAML_IDP_METADATA instead)');
      }
    }
    if (env.SMTP_URL && env.SMTP_HOST) missing('SMTP_HOST', 'cannot be set together with SMTP_URL: use one or the other');
    if (!env.SMTP_HOST) {
      for (const variable of ['SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_SECURE'] as const) {
        if (env[variable] !== undefined) missing(variable, 'needs SMTP_HOST (or put everything in SMTP_URL)');
      }
    } else if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
      missing(env.SMTP_USER ? 'SMTP_PASSWORD' : 'SMTP_USER', 'is needed with SMTP_USER and SMTP_PASSWORD together');
    }
    if (env.NODE_ENV !== 'production') return;
    // Production never runs the development identity provider or generated secrets.
    if (!env.SAML_IDP_METADATA && !idpFromVariables) {
      missing(
        'SAML_IDP_METADATA',
        'is required in production (or SAML_IDP_ENTRY_POINT, SAML_IDP_CERT and SAML_IDP_ISSUER): the development identity provider never runs in production',
      );
    }
    // The demo company includes an HR admin persona: never in production by accident.
    if (env.SEED_DEMO_DATA === 'if-empty' && !env.SEED_DEMO_DATA_IN_PRODUCTION) {
      missing(
        'SEED_DEMO_DATA',
        'creates the demo company (with its HR admin persona): in production it also needs SEED_DEMO_DATA_IN_PRODUCTION=true, on purpose',
      );
    }
    if (!env.PUBLIC_URL) missing('PUBLIC_URL', 'is required in production: the https address people use to reach Portico');
    if (!env.SESSION_SECRET) missing('SESSION_SECRET', 'is required in production');
    if (!env.DATA_ENCRYPTION_KEY)
      missing('DATA_ENCRYPTION_KEY', 'is required in production: it encrypts bank accounts and national ids (npm run keys:new prints one)');
    if (!env.SAML_SP_PRIVATE_KEY) missing('SAML_SP_PRIVATE_KEY', 'is required in production (PEM, or a path to a PEM file)');
    if (!env.SAML_SP_CERT) missing('SAML_SP_CERT', 'is required in production (PEM, or a path to a PEM file)');
  });

type Environment = z.infer<typeof EnvironmentSchema>;

export interface SamlAttributeNames {
  email: string[];
  employeeNumber: string[];
  displayName: string[];
  groups: string[];
}

export interface AuthConfig {
  /** Base address of the portal as people reach it; SAML URLs are built from it. */
  publicUrl: string;
  sessionSecret?: string;
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
  /** Unset means: no IdP configured, so the development IdP runs (never in production). */
  idp?: { metadata: string } | { entryPoint: string; issuer: string; cert: string; logoutUrl?: string };
  spEntityId: string;
  spPrivateKey?: string;
  spCert?: string;
  wantResponseSigned: boolean;
  allowIdpInitiated: boolean;
  attributes: SamlAttributeNames;
  hrAgentGroups: string[];
  hrAdminGroups: string[];
  handbookEditorGroups: string[];
}

/** Where outgoing mail goes; no `smtp` means the database outbox (development, demos). */
export interface MailConfig {
  from: string;
  /** From SMTP_URL or the SMTP_HOST family; `secure` is implicit TLS (port 465), otherwise STARTTLS when offered. */
  smtp?: { host: string; port: number; secure: boolean; user?: string; password?: string };
}

export interface Config {
  environment: Environment['NODE_ENV'];
  host: string;
  port: number;
  /** Express `trust proxy` setting, when behind a load balancer or reverse proxy. */
  trustProxy?: boolean | number | string;
  /** Set when an external MongoDB is used; otherwise the embedded database is launched. */
  mongodbUri?: string;
  /** Database name used when the connection string names none. */
  databaseName: string;
  dataDir: string;
  logLevel: Environment['LOG_LEVEL'];
  seedDemoData: 'if-empty' | 'never';
  /** SEED_DEMO_DATA_IN_PRODUCTION: the demo company may be created in production (asked for on purpose, logged as a warning). */
  seedDemoDataInProduction: boolean;
  clientDist: string;
  shutdownTimeoutMs: number;
  /**
   * Requests allowed in any window, shared by every instance: sign-in starts and SAML
   * answers per address (each its own count), handbook searches and suggestions per person.
   */
  rateLimits: Record<'signIn' | 'search' | 'suggest', RateLimitRule>;
  auth: AuthConfig;
  mail: MailConfig;
  /** DATA_ENCRYPTION_KEY: keys for personal values at rest, the first current; unset outside production: generated under DATA_DIR/secrets. */
  dataEncryptionKey?: string;
  /** clamd's address: every upload is scanned for malware before it is stored. Unset: not scanned (a warning in production). */
  clamavUrl?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function trustProxy(value: string | undefined): Config['trustProxy'] {
  if (value === undefined) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

function idp(env: Environment): AuthConfig['idp'] {
  if (env.SAML_IDP_METADATA) return { metadata: env.SAML_IDP_METADATA };
  if (env.SAML_IDP_ENTRY_POINT && env.SAML_IDP_ISSUER && env.SAML_IDP_CERT) {
    return { entryPoint: env.SAML_IDP_ENTRY_POINT, issuer: env.SAML_IDP_ISSUER, cert: env.SAML_IDP_CERT, logoutUrl: env.SAML_IDP_LOGOUT_URL };
  }
  return undefined;
}

function smtp(env: Environment): MailConfig['smtp'] {
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    const secure = url.protocol === 'smtps:';
    return {
      host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      user: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
    };
  }
  if (!env.SMTP_HOST) return undefined;
  const port = env.SMTP_PORT ?? (env.SMTP_SECURE ? 465 : 587);
  // 465 is implicit TLS; other ports start in plain text and upgrade with STARTTLS when offered.
  const secure = env.SMTP_SECURE ?? port === 465;
  return { host: env.SMTP_HOST, port, secure, user: env.SMTP_USER, password: env.SMTP_PASSWORD };
}

/**
 * Parses the environment once at start. Values are never echoed back in errors: some
 * variables hold secrets, so a message names the variable and the rule it broke.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set": shells and .env files often leave them blank.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = EnvironmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  const resolve = (value: string) => path.resolve(repositoryRoot, value);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  return {
    environment: env.NODE_ENV,
    // Production runs in containers and behind proxies; elsewhere stay on this machine.
    host: env.HOST ?? (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    port: env.PORT,
    trustProxy: trustProxy(env.TRUST_PROXY),
    mongodbUri: env.MONGODB_URI,
    databaseName: 'portico',
    dataDir: resolve(env.DATA_DIR),
    logLevel: env.LOG_LEVEL,
    seedDemoData: env.SEED_DEMO_DATA,
    seedDemoDataInProduction: env.SEED_DEMO_DATA_IN_PRODUCTION,
    clientDist: resolve(env.CLIENT_DIST),
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    rateLimits: { signIn: env.RATE_LIMIT_SIGN_IN, search: env.RATE_LIMIT_SEARCH, suggest: env.RATE_LIMIT_SUGGEST },
    auth: {
      publicUrl,
      sessionSecret: env.SESSION_SECRET,
      idleTimeoutMs: env.SESSION_IDLE_TIMEOUT_MINUTES * 60_000,
      absoluteTimeoutMs: env.SESSION_ABSOLUTE_TIMEOUT_HOURS * 3_600_000,
      idp: idp(env),
      spEntityId: env.SAML_SP_ENTITY_ID ?? `${publicUrl}/auth/saml/metadata`,
      spPrivateKey: env.SAML_SP_PRIVATE_KEY,
      spCert: env.SAML_SP_CERT,
      wantResponseSigned: env.SAML_WANT_RESPONSE_SIGNED,
      allowIdpInitiated: env.SAML_ALLOW_IDP_INITIATED,
      attributes: {
        email: env.SAML_ATTRIBUTE_EMAIL,
        employeeNumber: env.SAML_ATTRIBUTE_EMPLOYEE_NUMBER,
        displayName: env.SAML_ATTRIBUTE_DISPLAY_NAME,
        groups: env.SAML_ATTRIBUTE_GROUPS,
      },
      hrAgentGroups: env.SAML_HR_AGENT_GROUPS,
      hrAdminGroups: env.SAML_HR_ADMIN_GROUPS,
      handbookEditorGroups: env.SAML_HANDBOOK_EDITOR_GROUPS,
    },
    mail: { from: env.MAIL_FROM, smtp: smtp(env) },
    dataEncryptionKey: env.DATA_ENCRYPTION_KEY,
    clamavUrl: env.CLAMAV_URL,
  };
}
