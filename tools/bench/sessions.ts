import mongoose from 'mongoose';
import { createHmac, randomUUID } from 'node:crypto';

import type { Role } from '@portico/shared/auth/auth.schemas';
import { productionEnvironment } from './server';

export interface BenchSession {
  employeeId: string;
  /** The `Cookie` header of a signed-in browser. */
  cookie: string;
  /** Its XSRF token, for `X-XSRF-TOKEN` on state-changing requests. */
  xsrf: string;
}

/**
 * Signed-in sessions written to the session store as the server writes them after a SAML
 * sign-in, with an XSRF token in each, so autocannon can act as one person or many at once
 * without an IdP (the handbook and ticket rows).
 */
export async function signedInSessions(uri: string, people: readonly { employeeId: string; roles: Role[] }[]): Promise<BenchSession[]> {
  const client = await mongoose.mongo.MongoClient.connect(uri);
  const now = Date.now();
  const sessions = people.map(({ employeeId, roles }) => ({ employeeId, roles, sid: randomUUID(), xsrf: randomUUID().replace(/-/g, '') }));
  try {
    const collection = client.db('portico').collection('sessions');
    for (let start = 0; start < sessions.length; start += 1_000) {
      await collection.insertMany(
        sessions.slice(start, start + 1_000).map(({ employeeId, roles, sid, xsrf }) => ({
          _id: sid as never,
          expires: new Date(now + 3_600_000),
          session: {
            cookie: { originalMaxAge: 3_600_000, httpOnly: true, path: '/', sameSite: 'lax', secure: false },
            passport: { user: { employeeId, roles, issuer: 'bench', nameID: employeeId, nameIDFormat: 'bench' } },
            authenticatedAt: now,
            lastSeenAt: now,
            csrfToken: xsrf,
          },
        })),
      );
    }
  } finally {
    await client.close();
  }
  return sessions.map(({ employeeId, sid, xsrf }) => {
    const signature = createHmac('sha256', productionEnvironment.SESSION_SECRET).update(sid).digest('base64').replace(/=+$/, '');
    return { employeeId, cookie: `portico.sid=${encodeURIComponent(`s:${sid}.${signature}`)}; XSRF-TOKEN=${xsrf}`, xsrf };
  });
}
