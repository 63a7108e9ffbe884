import { provideEnvironmentInitializer, type EnvironmentProviders } from '@angular/core';
import alarm from '@material-symbols/svg-400/outlined/alarm.svg';
import arrowBack from '@material-symbols/svg-400/outlined/arrow_back.svg';
import assignmentInd from '@material-symbols/svg-400/outlined/assignment_ind.svg';
import attachFile from '@material-symbols/svg-400/outlined/attach_file.svg';
import chevronLeft from '@material-symbols/svg-400/outlined/chevron_left.svg';
import chevronRight from '@material-symbols/svg-400/outlined/chevron_right.svg';
import close from '@material-symbols/svg-400/outlined/close.svg';
import edit from '@material-symbols/svg-400/outlined/edit.svg';
import inbox from '@material-symbols/svg-400/outlined/inbox.svg';
import link from '@material-symbols/svg-400/outlined/link.svg';
import lock from '@material-symbols/svg-400/outlined/lock.svg';
import merge from '@material-symbols/svg-400/outlined/merge.svg';
import personAdd from '@material-symbols/svg-400/outlined/person_add.svg';
import postAdd from '@material-symbols/svg-400/outlined/post_add.svg';
import priorityHigh from '@material-symbols/svg-400/outlined/priority_high.svg';
import quickreply from '@material-symbols/svg-400/outlined/quickreply.svg';
import reply from '@material-symbols/svg-400/outlined/reply.svg';
import send from '@material-symbols/svg-400/outlined/send.svg';
import shuffle from '@material-symbols/svg-400/outlined/shuffle.svg';
import stickyNote from '@material-symbols/svg-400/outlined/sticky_note_2.svg';
import tune from '@material-symbols/svg-400/outlined/tune.svg';
import visibilityOff from '@material-symbols/svg-400/outlined/visibility_off.svg';

import { registerIcons } from '../../../core/icons/icons.providers';

/** Icons only the agents' pages use: registered when their route loads, so they ship in its chunk. */
const icons: Record<string, string> = {
  alarm,
  arrow_back: arrowBack,
  assignment_ind: assignmentInd,
  attach_file: attachFile,
  chevron_left: chevronLeft,
  chevron_right: chevronRight,
  close,
  edit,
  inbox,
  link,
  lock,
  merge,
  person_add: personAdd,
  post_add: postAdd,
  priority_high: priorityHigh,
  quickreply,
  reply,
  send,
  shuffle,
  sticky_note: stickyNote,
  tune,
  visibility_off: visibilityOff,
};

export function provideTicketIcons(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => registerIcons(icons));
}
