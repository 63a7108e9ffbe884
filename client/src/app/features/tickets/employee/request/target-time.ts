/** A business day, as the catalogue counts it (docs/helpdesk.md). */
const BUSINESS_DAY_MINUTES = 8 * 60;

/** HR's first-response target in words a person reads: working hours under a day, else working days. */
export function targetTime(businessMinutes: number): { key: string; params: { count: number } } {
  if (businessMinutes < BUSINESS_DAY_MINUTES) {
    const hours = Math.max(1, Math.ceil(businessMinutes / 60));
    return { key: hours === 1 ? 'help.request.answerWithinOneHour' : 'help.request.answerWithinHours', params: { count: hours } };
  }
  const days = Math.ceil(businessMinutes / BUSINESS_DAY_MINUTES);
  return { key: days === 1 ? 'help.request.answerWithinOneDay' : 'help.request.answerWithinDays', params: { count: days } };
}
