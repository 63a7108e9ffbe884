import v8 from 'node:v8';
import vm from 'node:vm';

import request from 'supertest';

import { capturedLogger } from '../../../test/helpers';
import { SamlBrowser } from '../../../test/saml-browser';
import { startTestServer, testApp } from '../../../test/test-app';
import { signedOctets } from './dev-idp.routes';

// What the process still holds after a full garbage collection: the JavaScript heap and what
// lives outside it (buffers, WebAssembly memory). Unlike RSS, it does not move with what the
// allocator keeps for later, so a leak shows and other specs' traffic does not.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
function retained(): number {
  collectGarbage();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

describe('the development IdP', () => {
  const app = () => {
    const { logger, lines } = capturedLogger();
    return { app: testApp({ logger }), lines };
  };

  const expectPage400 = (response: request.Response, expected: string) => {
    expect(response.status).toBe(400);
    expect(response.type).toBe('text/html');
    expect(response.text).toContain('SAMLRequest');
    expect(response.text).toContain(expected);
    expect(response.text).toContain('href="/auth/login"');
    expect(response.text).not.toMatch(/at \w+ \(|node_modules/);
  };

  it('answers a sign-in page opened without a request with 400 saying what is missing, and logs no error', async () => {
    const { app: portal, lines } = app();
    expectPage400(await request(portal).get('/dev-idp/sso'), 'AuthnRequest');
    expectPage400(await request(portal).get('/dev-idp/sso').query({ SAMLRequest: 'not-a-request' }), 'AuthnRequest');
    expectPage400(await request(portal).post('/dev-idp/sso').type('form').send({ employeeNumber: 'E10101' }), 'AuthnRequest');
    expectPage400(await request(portal).get('/dev-idp/slo'), 'LogoutRequest');
    expect(lines.filter((line) => Number(line['level']) >= 50)).toEqual([]);
    expect(lines.some((line) => line['msg'] === 'development IdP: request refused')).toBeTrue();
  });

  it('validates 300 sign-in requests against the SAML schemas leaving process listeners and memory flat', async () => {
    const server = await startTestServer();
    try {
      const browser = new SamlBrowser(server);
      const { location } = await browser.startLogin();
      const query = new URL(location).search.slice(1);
      const parameters = Object.fromEntries(new URLSearchParams(query));
      const idp = server.authentication.devIdp!;
      const listeners = () => ['uncaughtException', 'unhandledRejection', 'exit'].map((event) => process.listenerCount(event));
      await idp.parseLoginRequest(parameters, signedOctets(query));
      const before = { listeners: listeners(), memory: retained() };
      for (let batch = 0; batch < 30; batch++) {
        await Promise.all(Array.from({ length: 10 }, () => idp.parseLoginRequest(parameters, signedOctets(query))));
      }
      expect(listeners()).toEqual(before.listeners);
      // The asm.js validator used before kept about 1.1 MB per validation: 330 MB for these.
      expect((retained() - before.memory) / 1_048_576).toBeLessThan(50);
    } finally {
      await server.close();
    }
  }, 180_000);
});
