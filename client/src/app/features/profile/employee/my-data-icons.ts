import { provideEnvironmentInitializer, type EnvironmentProviders } from '@angular/core';
import add from '@material-symbols/svg-400/outlined/add.svg';
import deleteIcon from '@material-symbols/svg-400/outlined/delete.svg';
import download from '@material-symbols/svg-400/outlined/download.svg';
import edit from '@material-symbols/svg-400/outlined/edit.svg';
import hourglass from '@material-symbols/svg-400/outlined/hourglass_top.svg';
import lock from '@material-symbols/svg-400/outlined/lock.svg';
import visibility from '@material-symbols/svg-400/outlined/visibility.svg';
import visibilityOff from '@material-symbols/svg-400/outlined/visibility_off.svg';

import { registerIcons } from '../../../core/icons/icons.providers';

/** Icons of "my data" only, in its chunk. */
const icons: Record<string, string> = {
  add,
  delete: deleteIcon,
  download,
  edit,
  hourglass_top: hourglass,
  lock,
  visibility,
  visibility_off: visibilityOff,
};

export function provideMyDataIcons(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => registerIcons(icons));
}
