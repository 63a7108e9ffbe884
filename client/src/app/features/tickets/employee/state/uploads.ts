import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { createActionGroup, createFeature, createReducer, on, props } from '@ngrx/store';
import type { TicketFile } from '@portico/shared/tickets/tickets.schemas';
import { catchError, filter, map, mergeMap, of, takeUntil } from 'rxjs';

import { HelpApi } from '../help-api';
import { problemOf, type ShownProblem } from '../../../../core/http/problem';

/*
 * Files for HR, uploaded as soon as they are chosen and named by id when the request or
 * the reply is sent. `key` tells apart the files of each form field (`request:payslip`),
 * of the request itself (`request:`) and of a reply (`reply:HR-2026-00042`).
 */

/** A file on its way to the server, stored, or refused. */
export interface Upload {
  uploadId: string;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  /** The stored file's id, once uploaded. */
  fileId: string | null;
  problem: ShownProblem | null;
}

export const UploadActions = createActionGroup({
  source: 'Help Uploads',
  events: {
    Started: props<{ key: string; uploadId: string; file: File }>(),
    Uploaded: props<{ key: string; uploadId: string; file: TicketFile }>(),
    Failed: props<{ key: string; uploadId: string; problem: ShownProblem }>(),
    Removed: props<{ key: string; uploadId: string }>(),
    /** The files were sent with what they belong to: forget every key that starts so. */
    Cleared: props<{ prefix: string }>(),
  },
});

export type UploadsState = Record<string, Upload[]>;

function change(state: UploadsState, key: string, uploadId: string, update: Partial<Upload>): UploadsState {
  return { ...state, [key]: (state[key] ?? []).map((upload) => (upload.uploadId === uploadId ? { ...upload, ...update } : upload)) };
}

export const uploadsFeature = createFeature({
  name: 'helpUploads',
  reducer: createReducer<UploadsState>(
    {},
    on(UploadActions.started, (state, { key, uploadId, file }): UploadsState => ({
      ...state,
      [key]: [...(state[key] ?? []), { uploadId, name: file.name, size: file.size, status: 'uploading', fileId: null, problem: null }],
    })),
    on(UploadActions.uploaded, (state, { key, uploadId, file }): UploadsState =>
      change(state, key, uploadId, { status: 'done', fileId: file.id, name: file.name, size: file.size }),
    ),
    on(UploadActions.failed, (state, { key, uploadId, problem }): UploadsState => change(state, key, uploadId, { status: 'failed', problem })),
    on(UploadActions.removed, (state, { key, uploadId }): UploadsState => ({
      ...state,
      [key]: (state[key] ?? []).filter((upload) => upload.uploadId !== uploadId),
    })),
    on(UploadActions.cleared, (state, { prefix }): UploadsState => Object.fromEntries(Object.entries(state).filter(([key]) => !key.startsWith(prefix)))),
  ),
});

export const upload = createEffect(
  (actions = inject(Actions), api = inject(HelpApi)) =>
    actions.pipe(
      ofType(UploadActions.started),
      mergeMap(({ key, uploadId, file }) =>
        api.upload(file).pipe(
          map((stored) => UploadActions.uploaded({ key, uploadId, file: stored })),
          catchError((error: unknown) => of(UploadActions.failed({ key, uploadId, problem: problemOf(error) }))),
          takeUntil(
            actions.pipe(
              ofType(UploadActions.removed),
              filter((removed) => removed.uploadId === uploadId),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Keys of the request form's files start so. */
export const REQUEST_FILES_PREFIX = 'request:';

let counter = 0;
/** A new id for an upload in this page's life. */
export const nextUploadId = () => `upload-${++counter}`;

/** The ids of the files of `key` that are stored. */
export const storedFileIds = (uploads: readonly Upload[] | undefined) =>
  (uploads ?? []).flatMap((upload) => (upload.status === 'done' && upload.fileId ? [upload.fileId] : []));

export const uploading = (state: UploadsState, prefix: string) =>
  Object.entries(state).some(([key, uploads]) => key.startsWith(prefix) && uploads.some((upload) => upload.status === 'uploading'));

/** The files of a reply to this ticket. */
export const replyFilesKey = (reference: string) => `reply:${reference}`;
