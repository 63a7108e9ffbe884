import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDecimalPipe } from '@jsverse/transloco-locale';

import type { Upload } from '../state/uploads';
import type { FieldError } from './answers';
import { ProblemMessagePipe } from './problem-message.pipe';

/** What the upload accepts (the server checks the content; this only filters the file picker). */
const ACCEPTED = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.heic,.heif,.docx,.xlsx,.pptx,.odt,.ods,.txt,.csv';

/**
 * Files for a form field or the request itself: each is uploaded as soon as it is chosen
 * (checked on the server), listed with its state, and can be removed.
 */
@Component({
  selector: 'app-file-answer',
  imports: [MatButtonModule, MatIconModule, ProblemMessagePipe, TranslocoDecimalPipe, TranslocoPipe],
  template: `
    <div class="file-answer" role="group" [attr.aria-labelledby]="inputId() + '-label'" [class.invalid]="!!error()">
      <span class="label" [id]="inputId() + '-label'">
        {{ label() }}
        @if (!required()) {
          <span class="optional"> {{ 'help.request.optional' | transloco }}</span>
        }
      </span>
      @if (hint()) {
        <p class="hint" [id]="inputId() + '-hint'">{{ hint() }}</p>
      }
      <input
        #picker
        type="file"
        multiple
        class="picker"
        [id]="inputId()"
        [accept]="accepted"
        (change)="choose(picker)"
        [attr.aria-label]="label() + ': ' + ('help.files.add' | transloco)"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="!!error()"
        [attr.data-testid]="inputId()"
      />
      <label [for]="inputId()" class="add"> <mat-icon svgIcon="attach_file" aria-hidden="true" />{{ 'help.files.add' | transloco }} </label>
      <ul aria-live="polite" class="files">
        @for (upload of uploads(); track upload.uploadId) {
          <li [class.failed]="upload.status === 'failed'">
            <span class="name">{{ upload.name }}</span>
            <span class="state">
              @switch (upload.status) {
                @case ('uploading') {
                  {{ 'help.files.uploading' | transloco }}
                }
                @case ('done') {
                  {{
                    (upload.size < 1048576 ? 'help.files.sizeKb' : 'help.files.sizeMb')
                      | transloco
                        : { size: ((upload.size < 1048576 ? upload.size / 1024 : upload.size / 1048576) | translocoDecimal: { maximumFractionDigits: 1 }) }
                  }}
                }
                @case ('failed') {
                  {{ upload.problem | problemMessage: 'help.files.failed' }}
                }
              }
            </span>
            <button
              mat-icon-button
              type="button"
              (click)="removed.emit(upload.uploadId)"
              [attr.aria-label]="'help.files.remove' | transloco: { name: upload.name }"
            >
              <mat-icon svgIcon="close" />
            </button>
          </li>
        }
      </ul>
      @if (error(); as error) {
        <p class="error" [id]="inputId() + '-error'">{{ error.text ?? (error.key | transloco: error.params) }}</p>
      }
    </div>
  `,
  styleUrl: './file-answer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileAnswer {
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly required = input(false);
  readonly uploads = input<readonly Upload[]>([]);
  readonly error = input<FieldError | null>(null);
  readonly chosen = output<File[]>();
  readonly removed = output<string>();
  protected readonly accepted = ACCEPTED;

  protected describedBy(): string | null {
    const ids = [this.hint() ? `${this.inputId()}-hint` : '', this.error() ? `${this.inputId()}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected choose(picker: HTMLInputElement): void {
    const files = Array.from(picker.files ?? []);
    // Cleared, so choosing the same file again (after removing it) is noticed.
    picker.value = '';
    if (files.length) this.chosen.emit(files);
  }
}
