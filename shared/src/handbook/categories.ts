/**
 * Categories form a two-level tree written "Parent / Child". These are the demo
 * company's; an article may use any other name of the same shape (HR's own words).
 * The interface translates the known ones and shows others as written.
 * (Kept apart from the zod schemas so the web client can use it without zod.)
 */
export const knownCategories = [
  'Time off / Vacation',
  'Time off / Sick leave',
  'Time off / Family leave',
  'Time off / Other leave',
  'Pay and benefits / Payroll',
  'Pay and benefits / Benefits',
  'Pay and benefits / Expenses',
  'Working here / Working hours',
  'Working here / Remote and travel',
  'Working here / Joining and leaving',
  'Working here / Growth',
  'Policies / Conduct',
  'Policies / Data and IT',
  'Help / Using Portico',
] as const;
