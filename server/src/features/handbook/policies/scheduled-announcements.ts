import type { Logger } from '../../../platform/logger';
import { announceScheduledPolicies } from './policies';

/** How often an instance looks for scheduled policies that came due. */
export const SCHEDULE_CHECK_INTERVAL_MS = 60_000;

/**
 * Announces policies published for a later moment once that moment comes (at most a
 * minute late). Every instance runs one; a late or doubled look sends nothing twice.
 */
export class ScheduledAnnouncements {
  private timer?: NodeJS.Timeout;

  constructor(private readonly logger: Logger) {}

  start(intervalMs = SCHEDULE_CHECK_INTERVAL_MS): void {
    const check = () =>
      announceScheduledPolicies()
        .then((sent) => {
          if (sent) this.logger.info({ sent }, 'scheduled policies announced');
        })
        .catch((error: unknown) => this.logger.warn({ err: error }, 'could not announce scheduled policies'));
    void check();
    this.timer = setInterval(check, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
