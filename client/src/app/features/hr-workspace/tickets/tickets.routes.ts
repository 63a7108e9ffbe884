import type { Routes } from '@angular/router';

/** Pages of this HR workspace section (filled in as they are built). */
export default [] satisfies Routes;
