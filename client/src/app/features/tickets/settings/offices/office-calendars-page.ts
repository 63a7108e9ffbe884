import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { TranslocoLocaleService } from '@jsverse/transloco-locale';
import { WorkingCalendarSchema, type OfficeCalendar, type OfficeCalendars, type WorkingCalendar } from '@portico/shared/settings/office-calendars.schemas';

import { FieldMessages } from '../../../../core/http/field-messages';
import { issuesByPath, type FieldErrors, type FieldIssues } from '../../../../core/http/field-errors';
import { isoWeekdays, matchingZones, timeZones, weekdayNames } from '../schedule';
import { SettingsPageHeader } from '../settings-page-header';
import { formValueOf, SettingsPage } from '../settings-page';
import { OfficeCalendarsStore } from './office-calendars.store';

/**
 * Each office's working calendar, in which the help desk counts its SLA targets: time zone,
 * working days and hours, holidays. An office without its own uses the HR contact schedule;
 * the page says which do. One office is edited at a time.
 */
@Component({
  selector: 'app-office-calendars-page',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    SettingsPageHeader,
    TranslocoPipe,
  ],
  templateUrl: './office-calendars-page.html',
  styleUrl: './office-calendars-page.scss',
  providers: [OfficeCalendarsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficeCalendarsPage extends SettingsPage {
  protected readonly store = inject(OfficeCalendarsStore);
  private readonly fields = inject(FieldMessages);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(TranslocoLocaleService);
  private readonly localeId = toSignal(this.locale.localeChanges$, { initialValue: this.locale.getLocale() });

  protected readonly settings = signal<OfficeCalendars | null>(null);
  /** The office being edited, or none. */
  protected readonly editing = signal<string | null>(null);
  protected readonly errors = signal<FieldErrors>({});
  protected readonly weekdays = computed(() => weekdayNames(this.localeId()));
  /** Offices that use the HR contact schedule, by name: the page says so at the top. */
  protected readonly usingContactHours = computed(() => (this.settings()?.offices ?? []).filter((office) => !office.calendar).map((office) => office.name));

  protected readonly form = new FormGroup({
    timeZone: new FormControl('', { nonNullable: true }),
    days: new FormArray(isoWeekdays.map(() => new FormControl(false, { nonNullable: true }))),
    start: new FormControl('09:00', { nonNullable: true }),
    end: new FormControl('17:00', { nonNullable: true }),
    holidays: new FormControl('', { nonNullable: true }),
  });
  private readonly formValue = formValueOf(this.form);
  private readonly opened = signal('');
  protected readonly dirty = computed(() => this.editing() !== null && JSON.stringify(this.formValue()) !== this.opened());
  private readonly zones = timeZones();
  protected readonly zoneOptions = computed(() => matchingZones(this.zones, this.formValue().timeZone));

  protected load(): void {
    this.store.load((settings) => this.settings.set(settings));
  }

  /** "Monday to Friday, 09:00–18:00 (Europe/Madrid), 14 holidays", in the reader's language. */
  protected summary(calendar: WorkingCalendar): string {
    const names = this.weekdays();
    const days = calendar.days.map((day) => names[day - 1]!.name).join(', ');
    return this.transloco.translate('hr.helpDeskSettings.offices.summary', {
      days,
      start: calendar.hours.start,
      end: calendar.hours.end,
      timeZone: calendar.timeZone,
      count: calendar.holidays.length,
    });
  }

  protected edit(office: OfficeCalendar): void {
    this.store.leaveChanges(() => {
      const calendar = office.calendar ?? this.settings()?.fallback ?? null;
      this.form.reset({
        timeZone: office.calendar?.timeZone ?? office.timeZone,
        days: isoWeekdays.map((day) => (calendar ? calendar.days.includes(day) : day <= 5)),
        start: calendar?.hours.start ?? '09:00',
        end: calendar?.hours.end ?? '17:00',
        holidays: (office.calendar?.holidays ?? []).join('\n'),
      });
      this.errors.set({});
      this.problem.set(null);
      this.opened.set(JSON.stringify(this.form.getRawValue()));
      this.editing.set(office.locationId);
    });
  }

  protected cancel(): void {
    this.store.leaveChanges(() => this.editing.set(null));
  }

  protected save(): void {
    const calendar = this.calendar();
    const checked = WorkingCalendarSchema.safeParse(calendar);
    this.send(calendar, checked.success ? {} : issuesByPath(checked.error.issues), 'hr.helpDeskSettings.offices.saved');
  }

  /** The office goes back to the HR contact schedule. */
  protected useContactHours(): void {
    this.send(null, {}, 'hr.helpDeskSettings.offices.removed');
  }

  private send(calendar: WorkingCalendar | null, errors: FieldIssues, savedKey: string): void {
    const locationId = this.editing();
    if (!locationId) return;
    this.store.save({
      errors,
      show: (issues) => this.errors.set(this.shown(issues)),
      send: () => this.store.saveOfficeCalendar(locationId, calendar),
      saved: (settings) => {
        this.settings.set(settings);
        this.editing.set(null);
      },
      savedKey,
    });
  }

  /** The form as a calendar: the days ticked, one holiday a line. */
  private calendar(): WorkingCalendar {
    const value = this.formValue();
    return {
      timeZone: value.timeZone.trim(),
      days: isoWeekdays.filter((_day, index) => value.days[index]),
      hours: { start: value.start, end: value.end },
      holidays: [
        ...new Set(
          value.holidays
            .split(/[\s,;]+/)
            .map((date) => date.trim())
            .filter(Boolean),
        ),
      ].sort(),
    };
  }

  /** Each issue in the reader's language, by the part of the form it is about (`calendar.` left out). */
  private shown(issues: FieldIssues): FieldErrors {
    const shown: FieldErrors = {};
    for (const [path, issue] of Object.entries(issues)) {
      const part = path.replace(/^calendar\./, '').split('.');
      const key = part[0] === 'hours' ? part[1]! : part[0]!;
      shown[key] ??= this.fields.text(issue);
    }
    return shown;
  }
}
