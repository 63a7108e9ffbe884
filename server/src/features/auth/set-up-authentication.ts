import type { Connection } from 'mongoose';

import type { Config } from '../../config/config';
import type { Logger } from '../../platform/logger';
import { DevIdentityProvider } from './dev-idp/dev-identity-provider';
import { createAuthModule, type AuthModule } from './auth.module';
import { resolveCredentials } from './credentials';
import { resolveIdentityProvider } from './saml/identity-provider';

export interface Authentication {
  auth: AuthModule;
  /** Present only when no IdP is configured, outside production. */
  devIdp?: DevIdentityProvider;
}

/** Secrets, the identity provider (configured, or the development one) and the auth module. */
export async function setUpAuthentication(options: {
  config: Pick<Config, 'environment' | 'auth' | 'dataDir'>;
  logger: Logger;
  connection: Connection;
}): Promise<Authentication> {
  const { config, logger } = options;
  const credentials = await resolveCredentials(config);
  let devIdp: DevIdentityProvider | undefined;
  if (!config.auth.idp) {
    // Configuration already refuses this in production; this is the second lock.
    if (config.environment === 'production') throw new Error('No SAML identity provider is configured.');
    devIdp = await DevIdentityProvider.create({ publicUrl: config.auth.publicUrl, dataDir: config.dataDir, attributes: config.auth.attributes });
    logger.warn({ url: `${config.auth.publicUrl}/dev-idp/metadata` }, 'no identity provider configured: using the development IdP (never in production)');
  }
  const idp = devIdp?.settings ?? (await resolveIdentityProvider(config.auth.idp!));
  const auth = createAuthModule({ config, logger, connection: options.connection, credentials, idp });
  devIdp?.trust(auth.spMetadata);
  return { auth, devIdp };
}
