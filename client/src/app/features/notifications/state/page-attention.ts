import { DOCUMENT, Injectable, inject } from '@angular/core';
import { distinctUntilChanged, EMPTY, fromEvent, map, startWith, type Observable } from 'rxjs';

/** Refresh the notifications this often while the page is on screen and in use. */
export const POLL_INTERVAL_MS = 60_000;
/** Polls stop after this long without input, so the server's idle timeout still ends the session. */
export const ACTIVE_WITHIN_MS = 5 * 60_000;
/** Focus and "tab shown again" usually come together: one refresh for both. */
export const REFRESH_AT_MOST_EVERY_MS = 5_000;

/** Input that shows someone is at the screen. Scroll does not bubble, hence capture. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Whether someone is looking at the page. Background polling asks before each request:
 * the server counts every API request as activity for its idle timeout, so polling an
 * unattended tab would keep the session open for ever.
 */
@Injectable({ providedIn: 'root' })
export class PageAttention {
  private readonly document = inject(DOCUMENT);
  private lastActivity = Date.now();

  /** Whether the tab is on screen: now, then at every change. */
  readonly visible$: Observable<boolean> = fromEvent(this.document, 'visibilitychange').pipe(
    startWith(null),
    map(() => this.document.visibilityState === 'visible'),
    distinctUntilChanged(),
  );

  /** The window got the focus back (another window or application was in front). */
  readonly focused$: Observable<unknown> = this.document.defaultView ? fromEvent(this.document.defaultView, 'focus') : EMPTY;

  constructor() {
    const seen = () => (this.lastActivity = Date.now());
    for (const type of ACTIVITY_EVENTS) this.document.addEventListener(type, seen, { passive: true, capture: true });
    this.document.defaultView?.addEventListener('focus', seen);
  }

  /** Whether there was some input in the last `milliseconds`. */
  activeWithin(milliseconds: number): boolean {
    return Date.now() - this.lastActivity < milliseconds;
  }
}
