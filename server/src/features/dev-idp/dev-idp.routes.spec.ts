import request from 'supertest';

import { capturedLogger } from '../../test/helpers';
import { testApp } from '../../test/test-app';

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
});
