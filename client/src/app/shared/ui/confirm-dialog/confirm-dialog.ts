import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { map, type Observable } from 'rxjs';

export interface ConfirmData {
  titleKey: string;
  messageKey: string;
  confirmKey: string;
}

/** A yes/no question; closes with `true` only on the confirming button. */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | transloco }}</h2>
    <mat-dialog-content
      ><p>{{ data.messageKey | transloco }}</p></mat-dialog-content
    >
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>{{ 'hr.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="confirm">{{ data.confirmKey | transloco }}</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
}

/** Asks a yes/no question in the confirm dialog: emits whether it was confirmed. Created in an injection context. */
export function confirmation(): (data: ConfirmData) => Observable<boolean> {
  const dialog = inject(MatDialog);
  return (data) =>
    dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data, width: '420px', maxWidth: 'calc(100vw - 32px)' })
      .afterClosed()
      .pipe(map((answer) => answer === true));
}

/** Asks whether to leave a page with unsaved changes (for the unsaved-changes guard). Created in an injection context. */
export function leaveConfirmation(): () => Observable<boolean> {
  const confirm = confirmation();
  return () => confirm({ titleKey: 'hr.editor.leaveTitle', messageKey: 'hr.editor.leaveMessage', confirmKey: 'hr.editor.leave' });
}
