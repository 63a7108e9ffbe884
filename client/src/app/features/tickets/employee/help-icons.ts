import { provideEnvironmentInitializer, type EnvironmentProviders } from '@angular/core';
import arrowBack from '@material-symbols/svg-400/outlined/arrow_back.svg';
import attachFile from '@material-symbols/svg-400/outlined/attach_file.svg';
import call from '@material-symbols/svg-400/outlined/call.svg';
import checkCircle from '@material-symbols/svg-400/outlined/check_circle.svg';
import close from '@material-symbols/svg-400/outlined/close.svg';
import forum from '@material-symbols/svg-400/outlined/forum.svg';
import locationOn from '@material-symbols/svg-400/outlined/location_on.svg';
import lock from '@material-symbols/svg-400/outlined/lock.svg';
import mail from '@material-symbols/svg-400/outlined/mail.svg';
import openInNew from '@material-symbols/svg-400/outlined/open_in_new.svg';
import schedule from '@material-symbols/svg-400/outlined/schedule.svg';
import send from '@material-symbols/svg-400/outlined/send.svg';

import { registerIcons } from '../../../core/icons/icons.providers';

/** Icons only the help desk uses: they ship in its chunks, not in the shell's. */
const icons: Record<string, string> = {
  arrow_back: arrowBack,
  attach_file: attachFile,
  call,
  check_circle: checkCircle,
  close,
  forum,
  location_on: locationOn,
  lock,
  mail,
  open_in_new: openInNew,
  schedule,
  send,
};

/** Call in an injection context; registering twice is harmless. */
export function registerHelpIcons(): void {
  registerIcons(icons);
}

export function provideHelpIcons(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => registerHelpIcons());
}
