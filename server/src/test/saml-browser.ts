import request from 'supertest';
import { inflateRawSync } from 'node:zlib';

import type { TestServer } from './test-app';
import { EmployeeModel, personas } from '../features/directory';
import type { DevIdentity, DevIdentityProvider, ResponseEdit } from '../features/auth';

type TestResponse = request.Response;

/**
 * A browser for SAML journeys against a `TestServer`: it keeps cookies like a browser
 * (per name, dropping expired ones), follows the SP's redirect to the development IdP by
 * hand, and posts the IdP's signed Response to the ACS. Specs use it to sign in for real
 * and to post tampered responses.
 */
export class SamlBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly server: TestServer) {}

  get idp(): DevIdentityProvider {
    return this.server.authentication.devIdp!;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  private remember(response: TestResponse): TestResponse {
    const header = response.headers['set-cookie'] as unknown as string[] | undefined;
    for (const line of header ?? []) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      const expired = attributes.some(
        (attribute) => /^max-age=0$/i.test(attribute) || (/^expires=/i.test(attribute) && Date.parse(attribute.slice(8)) < Date.now()),
      );
      if (expired || value === '') this.cookies.delete(name!);
      else this.cookies.set(name!, value);
    }
    return response;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<TestResponse> {
    return this.remember(
      await request(this.server.url)
        .get(path)
        .set({ Cookie: this.cookieHeader(), ...headers })
        .redirects(0),
    );
  }

  async send(method: 'post' | 'put' | 'patch' | 'delete', path: string, body?: object, headers: Record<string, string> = {}): Promise<TestResponse> {
    const client = request(this.server.url);
    const call = client[method](path)
      .set({ Cookie: this.cookieHeader(), ...headers })
      .redirects(0);
    return this.remember(await (body ? call.send(body) : call));
  }

  /** A state-changing call as the Angular client makes it: with the XSRF header. */
  async sendWithXsrf(method: 'post' | 'put' | 'patch' | 'delete', path: string, body?: object): Promise<TestResponse> {
    return this.send(method, path, body, { 'X-XSRF-TOKEN': this.cookie('XSRF-TOKEN') ?? '' });
  }

  /** A file upload: the bytes as the body, with whatever Content-Type the client claims. */
  async upload(path: string, content: Buffer | string, contentType: string): Promise<TestResponse> {
    return this.send('post', path, Buffer.from(content), { 'X-XSRF-TOKEN': this.cookie('XSRF-TOKEN') ?? '', 'Content-Type': contentType });
  }

  /** GET /auth/login: the SP redirects to the IdP with a signed AuthnRequest. */
  async startLogin(returnTo?: string, confirm = false): Promise<{ requestId: string; location: string; xml: string }> {
    const query = new URLSearchParams({ ...(returnTo === undefined ? {} : { returnTo }), ...(confirm ? { confirm: '1' } : {}) }).toString();
    const response = await this.get(`/auth/login${query ? `?${query}` : ''}`);
    if (response.status !== 302) throw new Error(`/auth/login answered ${response.status}`);
    const location = new URL(response.headers['location'] as string);
    const xml = inflateRawSync(Buffer.from(location.searchParams.get('SAMLRequest')!, 'base64')).toString();
    const requestId = /\sID="([^"]+)"/.exec(xml)![1]!;
    return { requestId, location: location.href, xml };
  }

  async postResponse(samlResponse: string, headers: Record<string, string> = {}): Promise<TestResponse> {
    return this.remember(
      await request(this.server.url)
        .post('/auth/saml/acs')
        .set({ Cookie: this.cookieHeader(), ...headers })
        .type('form')
        .send({ SAMLResponse: samlResponse })
        .redirects(0),
    );
  }

  /** The whole sign-in: login, the IdP's (optionally edited) signed Response, the ACS. */
  async signIn(identity?: DevIdentity, edit?: ResponseEdit & { returnTo?: string; confirm?: boolean }): Promise<TestResponse> {
    const { requestId } = await this.startLogin(edit?.returnTo, edit?.confirm);
    const reply = await this.idp.loginResponse(requestId, identity ?? (await identityOf(personas.employee.id)), undefined, edit);
    return this.postResponse(reply.samlResponse);
  }

  me(): Promise<TestResponse> {
    return this.get('/api/me');
  }
}

/** How the development IdP describes a directory employee (groups as its page gives them). */
export async function identityOf(employeeId: string, groups: string[] = []): Promise<DevIdentity> {
  const employee = await EmployeeModel.findById(employeeId).lean();
  if (!employee) throw new Error(`no employee ${employeeId}`);
  return { email: employee.workEmail, employeeNumber: employee._id, displayName: employee.displayName, groups };
}

export const decodeSaml = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
export const encodeSaml = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');
