import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { TicketFile } from '@portico/shared/tickets/tickets.schemas';

/**
 * A download link to a file on a ticket, named as it was uploaded ("payslip-october.pdf");
 * "File 2" only when the ticket did not describe it. Used by the employee's conversation
 * and by HR's ticket page.
 */
@Component({
  selector: 'app-ticket-file-link',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    <a [href]="href()" download>
      <mat-icon svgIcon="attach_file" aria-hidden="true" />
      @if (file(); as file) {
        {{ file.name }}
      } @else {
        {{ 'help.conversation.file' | transloco: { number: number() } }}
      }
    </a>
  `,
  styles: `
    :host {
      display: inline;
    }
    a {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      overflow-wrap: anywhere;
    }
    mat-icon {
      flex: none;
      width: 18px;
      height: 18px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketFileLink {
  readonly href = input.required<string>();
  readonly fileId = input.required<string>();
  /** The ticket's files, as its view lists them. */
  readonly files = input.required<readonly TicketFile[]>();
  /** Its place among its neighbours, from 1: the fallback name. */
  readonly number = input.required<number>();
  protected readonly file = computed(() => this.files().find((file) => file.id === this.fileId()));
}

/**
 * The links to some of a ticket's files (an answer's, the question's, a message's), each
 * numbered among them. Adds no box of its own: the links sit in whatever row holds it.
 */
@Component({
  selector: 'app-ticket-files',
  imports: [TicketFileLink],
  template: `
    @for (fileId of fileIds(); track fileId; let index = $index) {
      <app-ticket-file-link [href]="fileUrl()(ticket().id, fileId)" [fileId]="fileId" [files]="ticket().files" [number]="index + 1" />
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketFiles {
  readonly ticket = input.required<{ id: string; files: readonly TicketFile[] }>();
  readonly fileIds = input.required<readonly string[]>();
  /** The address of one of the ticket's files, for whoever reads it (the employee, an agent). */
  readonly fileUrl = input.required<(reference: string, fileId: string) => string>();
}
