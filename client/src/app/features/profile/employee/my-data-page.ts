import { ChangeDetectionStrategy, Component, computed, inject, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { TranslocoPipe } from '@jsverse/transloco';
import { countryName, formatPhone, friendlyIban } from '@portico/shared/profile/personal-data';
import type { MyChangeRequest, PersonalField, SensitiveField } from '@portico/shared/profile/profile.schemas';
import type { Observable } from 'rxjs';

import type { LeavablePage } from '../../../core/drafts/unsaved-changes.guard';
import { interfaceLanguageOf } from '../../../core/i18n/interface-language';
import { AddressForm } from './address-form';
import { BankForm } from './bank-form';
import { ContactForm } from './contact-form';
import { EmergencyForm } from './emergency-form';
import { MyDataStore } from './my-data.store';
import { MyDataTabs } from './my-data-tabs';
import { NameForm } from './name-form';
import { NationalIdForm } from './national-id-form';
import { SectionCard } from './section-card';
import { sectionNames, sections, type Section } from './sections';

/**
 * "My data" (/my-data): work facts to read, and the personal record in sections that each
 * open their own form and save on their own. Changes waiting for someone show beside their
 * section, with who has them; the latest requests are listed at the end.
 */
@Component({
  selector: 'app-my-data-page',
  imports: [
    AddressForm,
    BankForm,
    ContactForm,
    EmergencyForm,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MyDataTabs,
    NameForm,
    NationalIdForm,
    SectionCard,
    TranslocoDatePipe,
    TranslocoPipe,
  ],
  templateUrl: './my-data-page.html',
  styleUrl: './my-data-page.scss',
  providers: [MyDataStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyDataPage implements LeavablePage, OnInit {
  protected readonly store = inject(MyDataStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = interfaceLanguageOf();
  protected readonly data = this.store.data;
  protected readonly formatPhone = formatPhone;
  protected readonly friendlyIban = friendlyIban;
  /** Requests waiting for someone, per section. */
  protected readonly waiting = computed(() => {
    const open = this.store.open();
    const bySection = {} as Record<Section, MyChangeRequest[]>;
    for (const [section, fields] of Object.entries(sections) as [Section, readonly PersonalField[]][]) {
      bySection[section] = [...new Set(fields.flatMap((field) => open.get(field) ?? []))];
    }
    return bySection;
  });

  protected waitingIn(section: Section): MyChangeRequest[] {
    return this.waiting()[section];
  }

  ngOnInit(): void {
    // `?edit=bank`: back from signing in again, to the form it was for (once: a reload shows the page).
    const edit = this.route.snapshot.queryParamMap.get('edit');
    if (edit) void this.router.navigate([], { queryParams: { edit: null }, replaceUrl: true });
    this.store.load(sectionNames.includes(edit as Section) ? (edit as Section) : undefined);
  }

  canLeave(): boolean | Observable<boolean> {
    return this.store.canLeave();
  }

  protected country(code: string): string {
    return countryName(code, this.language());
  }

  protected toggle(field: SensitiveField): void {
    if (this.store.revealed()[field]) this.store.hide(field);
    else this.store.reveal(field);
  }
}
