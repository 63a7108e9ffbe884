import { httpResource } from '@angular/common/http';
import { Injectable } from '@angular/core';
import type { HrContact } from '@portico/shared/settings/hr-contact.schemas';

/** How to reach HR, read once and shared; public, so pages without a session can show it. */
@Injectable({ providedIn: 'root' })
export class HrContactService {
  readonly contact = httpResource<HrContact>(() => '/api/public/hr-contact');
}

/** A phone number as a `tel:` link wants it: digits and a leading +. */
export function dialable(phone: string): string {
  return phone.replace(/[^+\d]/g, '');
}
