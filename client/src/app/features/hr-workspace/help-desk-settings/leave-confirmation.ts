import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { map, type Observable } from 'rxjs';

import { ConfirmDialog, type ConfirmData } from '../editor/editor-dialogs';

/** Asks whether to leave a page with unsaved changes (the article editor's question). */
export function leaveConfirmation(): () => Observable<boolean> {
  const dialog = inject(MatDialog);
  return () => {
    const data: ConfirmData = { titleKey: 'hr.editor.leaveTitle', messageKey: 'hr.editor.leaveMessage', confirmKey: 'hr.editor.leave' };
    return dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data, width: '420px', maxWidth: 'calc(100vw - 32px)' })
      .afterClosed()
      .pipe(map((answer) => answer === true));
  };
}
