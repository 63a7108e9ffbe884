import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';
import { MAX_MESSAGE_LENGTH, ReplySchema, type TicketMessage } from '@portico/shared/tickets/tickets.schemas';

import { answerRows, TicketAnswers } from '../../conversation/ticket-answers/ticket-answers';
import { TicketFiles } from '../../conversation/ticket-file-link/ticket-file-link';
import { attachmentUrl } from '../help-api';
import { FileAnswer } from '../request/file-answer';
import { ProblemMessagePipe } from '../request/problem-message.pipe';
import { answerErrorMatcher } from '../request/request-fields';
import { askFeature } from '../state/ask.feature';
import { catalogueInReaderLanguage } from '../state/catalogue-language';
import { RequestsActions } from '../state/requests.actions';
import { requestsFeature } from '../state/requests.feature';
import { nextUploadId, replyFilesKey, storedFileIds, UploadActions, uploadsFeature } from '../state/uploads';
import { RatingForm } from './rating-form';

/**
 * One of my requests (/help/requests/:reference): what I asked, the conversation oldest
 * first, and what the server says I may do now: reply (with files), close, reopen, rate.
 */
@Component({
  selector: 'app-conversation-page',
  imports: [
    FileAnswer,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ProblemMessagePipe,
    RatingForm,
    ReactiveFormsModule,
    RouterLink,
    TicketAnswers,
    TicketFiles,
    TranslocoDatePipe,
    TranslocoPipe,
  ],
  templateUrl: './conversation-page.html',
  styleUrl: './conversation-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationPage {
  private readonly store = inject(Store);
  private readonly transloco = inject(TranslocoService);
  /** From the address: HR-2026-00042. */
  readonly reference = input.required<string>();

  protected readonly ticket = this.store.selectSignal(requestsFeature.selectTicket);
  protected readonly status = this.store.selectSignal(requestsFeature.selectTicketStatus);
  protected readonly action = this.store.selectSignal(requestsFeature.selectAction);
  private readonly uploads = this.store.selectSignal(uploadsFeature.selectHelpUploadsState);
  protected readonly replyFiles = computed(() => this.uploads()[replyFilesKey(this.reference())] ?? []);
  private readonly requestTypes = this.store.selectSignal(askFeature.selectRequestTypes);
  /** The request type as the catalogue names it and its fields, to label the answers. */
  protected readonly requestType = computed(() => this.requestTypes().find((type) => type.id === this.ticket()?.requestTypeId) ?? null);
  protected readonly answers = computed(() => answerRows(this.ticket()?.answers ?? {}, this.requestType()?.fields ?? []));
  protected readonly may = computed(() => new Set(this.ticket()?.actions ?? []));
  /** The latest rating, of the latest resolution. */
  protected readonly rating = computed(() => this.ticket()?.csat.at(-1) ?? null);

  protected readonly reply = new FormControl('', { nonNullable: true });
  protected readonly matcher = answerErrorMatcher;
  protected readonly replyLength = toSignal(this.reply.valueChanges, { initialValue: '' });
  protected readonly maxReply = MAX_MESSAGE_LENGTH;
  protected readonly replyUploading = signal(false);
  protected readonly fileUrl = attachmentUrl;

  constructor() {
    effect(() => {
      const reference = this.reference();
      untracked(() => this.store.dispatch(RequestsActions.ticketOpened({ reference })));
    });
    // The catalogue names the request type and labels its answers, in the reader's language.
    catalogueInReaderLanguage(this.store, this.transloco);
    effect(() => {
      const action = this.action();
      if (action?.kind === 'reply' && action.status === 'done') untracked(() => this.reply.reset(''));
    });
  }

  /** An event the server recorded, in words: only public ones reach the requester. */
  protected eventText(message: TicketMessage): string {
    const event = message.event;
    const t = (key: string, params: Record<string, string> = {}) => this.transloco.translate(key, params);
    switch (event?.key) {
      case 'ticket.event.state':
        return t('help.conversation.events.state', { state: t(`help.states.${event.params['to']}`) });
      case 'ticket.event.merged':
        return t('help.conversation.events.merged', { reference: event.params['into'] ?? '' });
      case 'ticket.event.merged_from':
        return t('help.conversation.events.mergedFrom', { reference: event.params['from'] ?? '' });
      default:
        return t('help.conversation.events.other');
    }
  }

  protected earlier(ticket: { id: string; messages: TicketMessage[] }): void {
    const before = ticket.messages[0]?.number;
    if (before) this.store.dispatch(RequestsActions.earlierMessagesWanted({ reference: ticket.id, before }));
  }

  protected filesChosen(files: File[]): void {
    for (const file of files) this.store.dispatch(UploadActions.started({ key: replyFilesKey(this.reference()), uploadId: nextUploadId(), file }));
  }

  protected fileRemoved(uploadId: string): void {
    this.store.dispatch(UploadActions.removed({ key: replyFilesKey(this.reference()), uploadId }));
  }

  protected sendReply(): void {
    const uploading = this.replyFiles().some((upload) => upload.status === 'uploading');
    this.replyUploading.set(uploading);
    const body = ReplySchema.shape.body.safeParse(this.reply.value);
    if (!body.success) {
      const issue = body.error.issues[0]!;
      this.reply.setErrors({
        answer: issue.code === 'too_big' ? { key: 'help.errors.tooLong', params: { max: this.maxReply } } : { key: 'help.errors.required' },
      });
      this.reply.markAsTouched();
      return;
    }
    if (uploading) return;
    this.store.dispatch(
      RequestsActions.replySent({ reference: this.reference(), reply: { body: body.data, attachmentIds: storedFileIds(this.replyFiles()) } }),
    );
  }

  protected close(): void {
    this.store.dispatch(RequestsActions.closeClicked({ reference: this.reference() }));
  }

  protected reopen(): void {
    this.store.dispatch(RequestsActions.reopenClicked({ reference: this.reference() }));
  }

  protected rate(rating: { rating: number; comment: string }): void {
    this.store.dispatch(RequestsActions.ratingSent({ reference: this.reference(), rating }));
  }
}
