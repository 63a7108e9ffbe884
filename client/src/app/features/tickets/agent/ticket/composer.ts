import { DOCUMENT } from '@angular/common';
import { TextFieldModule } from '@angular/cdk/text-field';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDecimalPipe } from '@jsverse/transloco-locale';
import type { Suggestion } from '@portico/shared/handbook/handbook.schemas';
import type { CannedResponse } from '@portico/shared/tickets/canned.schemas';
import { MAX_MESSAGE_LENGTH, type AgentMessage, type AgentTicket } from '@portico/shared/tickets/tickets.schemas';
import { Subject, debounceTime, distinctUntilChanged, switchMap, type Subscription } from 'rxjs';

import type { ShownProblem } from '../../../../core/http/problem';
import { interfaceLanguageOf } from '../../../../core/i18n/interface-language';
import { TicketStore } from './ticket.store';

type Mode = 'reply' | 'note';
/** States a reply may move the ticket to as it is sent. */
const AFTER_REPLY = ['waiting_on_employee', 'resolved'] as const;
type AfterReply = (typeof AFTER_REPLY)[number];
/** What the upload accepts (the server checks the content; this only filters the file picker). */
const ACCEPTED = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.heic,.heif,.docx,.xlsx,.pptx,.odt,.ods,.txt,.csv';
const LINK_SEARCH_PAUSE_MS = 300;

interface Upload {
  uploadId: number;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  fileId: string | null;
  problem: ShownProblem | null;
}

/**
 * Writing on a ticket: a reply to the requester or an internal note (which looks like one
 * while it is written), with files, canned responses and handbook links; a reply may move
 * the ticket on as it goes.
 */
@Component({
  selector: 'app-composer',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatSelectModule,
    ReactiveFormsModule,
    TextFieldModule,
    TranslocoDecimalPipe,
    TranslocoPipe,
  ],
  templateUrl: './composer.html',
  styleUrl: './composer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Composer {
  protected readonly store = inject(TicketStore);
  private readonly origin = inject(DOCUMENT).location.origin;
  private readonly injector = inject(Injector);
  private readonly area = viewChild<ElementRef<HTMLTextAreaElement>>('bodyInput');
  private readonly language = interfaceLanguageOf();

  readonly ticket = input.required<AgentTicket>();

  protected readonly canReply = computed(() => this.ticket().actions.includes('reply'));
  protected readonly canNote = computed(() => this.ticket().actions.includes('note'));
  private readonly chosenMode = signal<Mode>('reply');
  /** A closed ticket takes notes only: the composer follows what the server allows. */
  protected readonly mode = computed<Mode>(() => ((this.chosenMode() === 'reply' && this.canReply()) || !this.canNote() ? 'reply' : 'note'));
  protected readonly body = new FormControl('', { nonNullable: true });
  protected readonly max = MAX_MESSAGE_LENGTH;
  protected readonly accepted = ACCEPTED;
  protected readonly uploads = signal<Upload[]>([]);
  protected readonly waitForUploads = signal(false);
  protected readonly nextState = signal<AfterReply | ''>('');
  protected readonly nextStates = computed(() => AFTER_REPLY.filter((state) => state !== this.ticket().state && this.ticket().allowedStates.includes(state)));
  /** Canned responses in the reader's language first. */
  protected readonly cannedResponses = computed(() => {
    const language = this.language();
    return [...(this.store.canned() ?? [])].sort((a, b) => Number(b.language === language) - Number(a.language === language) || a.title.localeCompare(b.title));
  });
  protected readonly sending = computed(() => this.store.acting() === 'reply' || this.store.acting() === 'note');

  protected readonly linking = signal(false);
  protected readonly articles = signal<Suggestion[] | null>(null);
  private readonly linkQueries = new Subject<string>();
  private readonly transfers = new Map<number, Subscription>();
  private uploadCounter = 0;

  constructor() {
    const search = this.linkQueries
      .pipe(
        debounceTime(LINK_SEARCH_PAUSE_MS),
        distinctUntilChanged(),
        switchMap((query) => this.store.suggestArticles(query)),
      )
      .subscribe((articles) => this.articles.set(articles));
    inject(DestroyRef).onDestroy(() => {
      search.unsubscribe();
      for (const transfer of this.transfers.values()) transfer.unsubscribe();
    });
  }

  protected setMode(mode: Mode): void {
    this.chosenMode.set(mode);
    this.focusBody();
  }

  protected choose(picker: HTMLInputElement): void {
    const files = Array.from(picker.files ?? []);
    // Cleared, so choosing the same file again (after removing it) is noticed.
    picker.value = '';
    for (const file of files) {
      const uploadId = ++this.uploadCounter;
      this.uploads.update((uploads) => [...uploads, { uploadId, name: file.name, size: file.size, status: 'uploading', fileId: null, problem: null }]);
      this.transfers.set(
        uploadId,
        this.store.upload(file).subscribe((result) => {
          this.transfers.delete(uploadId);
          this.updateUpload(
            uploadId,
            'file' in result ? { status: 'done', fileId: result.file.id, name: result.file.name } : { status: 'failed', problem: result.problem },
          );
        }),
      );
    }
  }

  protected remove(uploadId: number): void {
    this.transfers.get(uploadId)?.unsubscribe();
    this.transfers.delete(uploadId);
    this.uploads.update((uploads) => uploads.filter((upload) => upload.uploadId !== uploadId));
  }

  protected insertCanned(response: CannedResponse): void {
    const link = response.articleSlug ? `\n\n${this.linkText(response.articleTitle ?? response.articleSlug, response.articleSlug)}` : '';
    this.insert(`${response.body}${link}`);
  }

  protected toggleLinking(): void {
    this.linking.update((open) => !open);
    this.articles.set(null);
  }

  protected searchArticles(query: string): void {
    if (query.trim().length >= 2) this.linkQueries.next(query.trim());
    else this.articles.set(null);
  }

  protected insertLink(article: Suggestion): void {
    this.insert(this.linkText(article.text, article.slug!));
    this.linking.set(false);
    this.articles.set(null);
  }

  protected send(): void {
    const body = this.body.value.trim();
    if (!body) this.body.setErrors({ required: true });
    else if (body.length > this.max) this.body.setErrors({ tooLong: true });
    this.body.markAsTouched();
    const uploading = this.uploads().some((upload) => upload.status === 'uploading');
    this.waitForUploads.set(uploading);
    if (this.body.invalid || uploading || this.sending()) return;

    const kind = this.mode();
    const state = kind === 'reply' ? this.nextState() : '';
    const message: AgentMessage = {
      kind,
      body,
      attachmentIds: this.uploads().flatMap((upload) => (upload.status === 'done' && upload.fileId ? [upload.fileId] : [])),
      ...(state ? { state } : {}),
    };
    this.store.post(message).subscribe(() => {
      this.body.reset('');
      this.uploads.set([]);
      this.nextState.set('');
    });
  }

  /** The article's title and its address in the portal, on a line of its own in plain text. */
  private linkText(title: string, slug: string): string {
    return `${title}: ${this.origin}/handbook/${encodeURIComponent(slug)}`;
  }

  /** At the caret (or the end), on its own paragraph; the caret lands after it. */
  private insert(text: string): void {
    const area = this.area()?.nativeElement;
    const value = this.body.value;
    const start = area ? area.selectionStart : value.length;
    const end = area ? area.selectionEnd : value.length;
    const before = value.slice(0, start);
    const after = value.slice(end);
    const lead = before && !before.endsWith('\n\n') ? (before.endsWith('\n') ? '\n' : '\n\n') : '';
    const trail = after && !after.startsWith('\n') ? '\n\n' : '';
    const inserted = `${before}${lead}${text}${trail}`;
    this.body.setValue(`${inserted}${after}`);
    this.body.markAsDirty();
    this.focusBody(inserted.length);
  }

  private focusBody(caret?: number): void {
    afterNextRender(
      () => {
        const area = this.area()?.nativeElement;
        if (!area) return;
        area.focus();
        if (caret !== undefined) area.setSelectionRange(caret, caret);
      },
      { injector: this.injector },
    );
  }

  private updateUpload(uploadId: number, changes: Partial<Upload>): void {
    this.uploads.update((uploads) => uploads.map((upload) => (upload.uploadId === uploadId ? { ...upload, ...changes } : upload)));
  }
}
