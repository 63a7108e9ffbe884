import type { Profile } from '@node-saml/node-saml';
import { DOMParser } from '@xmldom/xmldom';
import mongoose from 'mongoose';
import { createHash } from 'node:crypto';

import { AuthFailure } from '../auth-failure';
import { SamlReplayModel } from './saml.models';

const ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

export interface ExpectedContext {
  /** Entity id of the configured identity provider. */
  idpEntityId: string;
  /** Our assertion consumer service URL. */
  acsUrl: string;
  acceptedClockSkewMs: number;
}

export interface CheckedAssertion {
  assertionId: string;
  /** Until when a replay of this assertion must be refused. */
  usableUntil: Date;
  /** When the IdP last checked who this is (the AuthnStatement's AuthnInstant, never later than now). */
  authnInstant?: number;
}

function parse(xml: string | undefined): Element {
  const document = xml ? new DOMParser({ errorHandler: () => undefined }).parseFromString(xml, 'text/xml') : undefined;
  const root = document?.documentElement;
  if (!root) throw new AuthFailure('response_invalid', 'unparsable SAML XML');
  return root;
}

const children = (parent: Element, localName: string, namespace = ASSERTION_NS): Element[] =>
  Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === namespace,
  );

const issuerOf = (element: Element) => children(element, 'Issuer')[0]?.textContent?.trim();

/**
 * What node-saml leaves to the application on a login response (see docs/sso.md): the
 * assertion's Issuer, the bearer SubjectConfirmation's Recipient, and the Response's
 * Destination must all name this IdP and this service provider. Read from the verified
 * (signed) assertion node-saml returned, not from the raw response.
 */
export function checkAssertionContext(profile: Profile, expected: ExpectedContext): CheckedAssertion {
  const response = parse(profile.getSamlResponseXml?.());
  if (response.getAttribute('Destination') !== expected.acsUrl) throw new AuthFailure('destination_mismatch');
  const responseIssuer = issuerOf(response);
  if (responseIssuer !== undefined && responseIssuer !== expected.idpEntityId) throw new AuthFailure('issuer_mismatch');

  const assertion = parse(profile.getAssertionXml?.());
  if (assertion.localName !== 'Assertion') throw new AuthFailure('response_invalid', 'verified XML is not an assertion');
  if (issuerOf(assertion) !== expected.idpEntityId) throw new AuthFailure('issuer_mismatch');

  const subject = children(assertion, 'Subject')[0];
  const confirmations = subject ? children(subject, 'SubjectConfirmation').filter((node) => node.getAttribute('Method') === BEARER) : [];
  const data = confirmations.flatMap((confirmation) => children(confirmation, 'SubjectConfirmationData'));
  if (!data.length || data.some((item) => item.getAttribute('Recipient') !== expected.acsUrl)) throw new AuthFailure('recipient_mismatch');

  const assertionId = assertion.getAttribute('ID');
  if (!assertionId) throw new AuthFailure('response_invalid', 'assertion without ID');
  const conditions = children(assertion, 'Conditions')[0];
  const limits = [...data.map((item) => item.getAttribute('NotOnOrAfter')), conditions?.getAttribute('NotOnOrAfter')]
    .filter((value): value is string => Boolean(value))
    .map((value) => Date.parse(value))
    .filter((value) => !Number.isNaN(value));
  const usableUntil = new Date((limits.length ? Math.max(...limits) : Date.now() + 3_600_000) + expected.acceptedClockSkewMs);
  const authnInstant = Date.parse(children(assertion, 'AuthnStatement')[0]?.getAttribute('AuthnInstant') ?? '');
  return { assertionId, usableUntil, ...(Number.isNaN(authnInstant) ? {} : { authnInstant: Math.min(authnInstant, Date.now()) }) };
}

/**
 * Each assertion signs someone in once. The insert of its id decides, on MongoDB and on
 * the embedded database alike: of ten parallel posts of one response, one wins.
 */
export async function consumeAssertion(issuer: string, checked: CheckedAssertion): Promise<void> {
  const id = createHash('sha256').update(`${issuer}\n${checked.assertionId}`).digest('hex');
  try {
    await SamlReplayModel.create({ _id: id, expiresAt: checked.usableUntil });
  } catch (error) {
    if (error instanceof mongoose.mongo.MongoServerError && error.code === 11000) throw new AuthFailure('assertion_replayed');
    throw error;
  }
}
