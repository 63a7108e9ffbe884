import { ChangeDetectionStrategy, Component, Injector, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { TranslocoLocaleService } from '@jsverse/transloco-locale';
import { HrContactInputSchema, isIsoDate, type HrContact, type HrContactInput } from '@portico/shared/settings/hr-contact.schemas';

import { HrContactService } from '../../../../core/hr-contact/hr-contact';
import { FieldMessages, type CodedIssue } from '../../../../core/http/field-messages';
import { errorsUnder, issuesByPath, type FieldErrors, type FieldIssues } from '../../../../core/http/field-errors';
import { SettingsPageHeader } from '../settings-page-header';
import { formValueOf, SettingsPage } from '../settings-page';
import { HrContactStore } from './hr-contact.store';
import { isoWeekdays, matchingZones, timeZones, weekdayNames } from '../schedule';

/** Controls by the path of their value in the contract, to show its errors. */
const controlPaths = {
  email: 'email',
  phone: 'phone',
  hours: 'hours',
  office: 'office',
  timeZone: 'schedule.timeZone',
  start: 'schedule.hours.start',
  end: 'schedule.hours.end',
} as const;
type ControlName = keyof typeof controlPaths;

/**
 * How to reach HR, as "Talk to HR" shows it on every page: email, phone, office, hours in
 * words, and the schedule it reads to say whether HR is open now (time zone, days, hours,
 * holidays). Checked with the server's own rules before it is sent.
 */
@Component({
  selector: 'app-hr-contact-page',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    SettingsPageHeader,
    TranslocoPipe,
  ],
  templateUrl: './hr-contact-page.html',
  styleUrl: './hr-contact-page.scss',
  providers: [HrContactStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HrContactPage extends SettingsPage {
  protected readonly store = inject(HrContactStore);
  private readonly transloco = inject(TranslocoService);
  private readonly fields = inject(FieldMessages);
  private readonly locale = inject(TranslocoLocaleService);
  private readonly injector = inject(Injector);

  protected readonly errors = signal<FieldErrors>({});
  protected readonly hasErrors = computed(() => Object.keys(this.errors()).length > 0);
  protected readonly holidayErrors = computed(() => [...new Set(errorsUnder(this.errors(), 'schedule.holidays'))]);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true }),
    phone: new FormControl('', { nonNullable: true }),
    office: new FormControl('', { nonNullable: true }),
    hours: new FormControl('', { nonNullable: true }),
    scheduled: new FormControl(false, { nonNullable: true }),
    timeZone: new FormControl('', { nonNullable: true }),
    days: new FormArray(isoWeekdays.map(() => new FormControl(false, { nonNullable: true }))),
    start: new FormControl('09:00', { nonNullable: true }),
    end: new FormControl('17:00', { nonNullable: true }),
  });
  protected readonly newHoliday = new FormControl('', { nonNullable: true });
  protected readonly holidays = signal<string[]>([]);
  private readonly saved = signal('');

  private readonly formValue = formValueOf(this.form);
  protected readonly scheduled = computed(() => this.formValue().scheduled);
  protected readonly dirty = computed(() => this.status() === 'loaded' && JSON.stringify(this.input()) !== this.saved());

  private readonly zones = timeZones();
  private readonly zoneQuery = toSignal(this.form.controls.timeZone.valueChanges, { initialValue: '' });
  protected readonly zoneOptions = computed(() => matchingZones(this.zones, this.zoneQuery()));
  private readonly localeId = toSignal(this.locale.localeChanges$, { initialValue: this.locale.getLocale() });
  protected readonly weekdays = computed(() => weekdayNames(this.localeId()));

  protected load(): void {
    this.store.load(({ contact }) => this.loaded(contact));
  }

  protected addHoliday(): void {
    const date = this.newHoliday.value;
    if (!isIsoDate(date)) return;
    this.holidays.update((dates) => (dates.includes(date) ? dates : [...dates, date].sort()));
    this.newHoliday.reset();
  }

  protected removeHoliday(date: string): void {
    this.holidays.update((dates) => dates.filter((existing) => existing !== date));
  }

  protected formatDate(date: string): string {
    return new Intl.DateTimeFormat(this.localeId(), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  }

  protected errorOf(name: ControlName): string | null {
    const control = this.form.controls[name];
    const invalid = control.errors?.['invalid'] as string | undefined;
    // A required field left empty is marked as soon as it is left: say why.
    return invalid ?? (control.hasError('required') ? this.message(controlPaths[name], { code: 'required', message: 'is required' }) : null);
  }

  protected save(): void {
    const input = this.input();
    const checked = HrContactInputSchema.safeParse(input);
    this.store.save({
      errors: checked.success ? {} : issuesByPath(checked.error.issues),
      show: (errors) => this.show(errors),
      send: () => this.store.saveHrContact(input),
      saved: ({ contact }) => {
        this.loaded(contact);
        // "Talk to HR" reads the contact once per visit: it shows the new one at once.
        this.injector.get(HrContactService).contact.reload();
      },
      savedKey: 'hr.helpDeskSettings.contact.saved',
    });
  }

  /** The contract's shape of what the form holds. */
  private input(): HrContactInput {
    const value = this.formValue();
    return {
      email: value.email.trim(),
      phone: value.phone.trim() || null,
      hours: value.hours.trim() || null,
      office: value.office.trim() || null,
      schedule: value.scheduled
        ? {
            timeZone: value.timeZone.trim(),
            days: isoWeekdays.filter((_day, index) => value.days[index]),
            hours: { start: value.start, end: value.end },
            holidays: this.holidays(),
          }
        : null,
    };
  }

  private loaded(contact: HrContact | null): void {
    const schedule = contact?.schedule;
    this.form.setValue({
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      office: contact?.office ?? '',
      hours: contact?.hours ?? '',
      scheduled: !!schedule,
      timeZone: schedule?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      days: isoWeekdays.map((day) => (schedule ? schedule.days.includes(day) : day <= 5)),
      start: schedule?.hours.start ?? '09:00',
      end: schedule?.hours.end ?? '17:00',
    });
    this.holidays.set([...(schedule?.holidays ?? [])].sort());
    this.status.set('loaded');
    this.saved.set(JSON.stringify(this.input()));
  }

  /** Each error beside its field, in the reader's language where the rule is known. */
  private show(issues: FieldIssues): void {
    const translated: FieldErrors = {};
    for (const [path, issue] of Object.entries(issues)) translated[path] = this.message(path, issue);
    this.errors.set(translated);
    for (const [name, path] of Object.entries(controlPaths) as [ControlName, string][]) {
      const control = this.form.controls[name];
      const message = translated[path];
      control.setErrors(message ? { invalid: message } : null);
      if (message) control.markAsTouched();
    }
  }

  private message(path: string, issue: CodedIssue): string {
    const key =
      path === 'email'
        ? 'email'
        : path === 'phone'
          ? 'phone'
          : path === 'hours' || path === 'office'
            ? 'tooLong'
            : path === 'schedule.timeZone'
              ? 'timeZone'
              : path === 'schedule.hours.end' && issue.code === 'end_before_start'
                ? 'endAfterStart'
                : path.startsWith('schedule.hours.')
                  ? 'time'
                  : path.startsWith('schedule.days')
                    ? 'days'
                    : path.startsWith('schedule.holidays')
                      ? 'holiday'
                      : null;
    return key ? this.transloco.translate(`hr.helpDeskSettings.contact.errors.${key}`, { max: 200 }) : this.fields.text(issue);
  }
}
