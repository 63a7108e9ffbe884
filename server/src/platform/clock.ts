/**
 * Where "now" comes from. Code that decides by time (SLA breaches, auto-close, reminders,
 * timed jobs) asks a `Clock` instead of `new Date()`, so a spec can jump a week ahead
 * in one line instead of waiting.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = {
  now: () => new Date(),
};

export interface ClockStep {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
}

/**
 * A clock for specs: stands still until it is set or advanced. Steps are exact
 * durations (a day is 24 hours), whatever the time zone does that day.
 */
export class TestClock implements Clock {
  private current: number;

  constructor(start: Date | string = '2026-03-02T09:00:00.000Z') {
    this.current = TestClock.instant(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): this {
    this.current = TestClock.instant(to);
    return this;
  }

  advance(step: ClockStep | number): this {
    const milliseconds =
      typeof step === 'number'
        ? step
        : (step.days ?? 0) * 86_400_000 + (step.hours ?? 0) * 3_600_000 + (step.minutes ?? 0) * 60_000 + (step.seconds ?? 0) * 1_000 + (step.milliseconds ?? 0);
    this.current += milliseconds;
    return this;
  }

  private static instant(value: Date | string): number {
    const time = new Date(value).getTime();
    if (Number.isNaN(time)) throw new Error(`Not a date: ${String(value)}`);
    return time;
  }
}
