import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

import type { ApiRouter } from './api-router';

export function createOpenApiRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'portico.sid',
    description:
      'The session cookie set after SAML sign-in (/auth/login). State-changing calls also need the `X-XSRF-TOKEN` header echoing the `XSRF-TOKEN` cookie.',
  });
  return registry;
}

/** Serves the OpenAPI 3.1 document built from every route declared through an ApiRouter. */
export function openApiRoutes(routes: ApiRouter, registry: OpenAPIRegistry, version: string): void {
  // The generator's type has no index signature; the document is plain JSON all the same.
  let document: { openapi: string; [member: string]: unknown } | undefined;
  routes.get(
    '/openapi.json',
    {
      summary: 'This OpenAPI document',
      tags: ['meta'],
      access: 'public',
      response: { description: 'OpenAPI 3.1 document', schema: z.object({ openapi: z.string() }).loose() },
    },
    () => {
      document ??= {
        ...new OpenApiGeneratorV31(registry.definitions).generateDocument({
          openapi: '3.1.0',
          info: {
            title: 'Portico API',
            version,
            description: 'Employee self-service HR portal. Errors are RFC 9457 problem documents with a stable `code`.',
          },
        }),
      };
      return document;
    },
  );
}
