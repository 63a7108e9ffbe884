/** Names for the people the benches generate beyond the demo company (English and Spanish, Romanian, Portuguese). */
export const firstNames = [
  'Alex',
  'Sam',
  'Maria',
  'John',
  'Lucía',
  'Andrei',
  'Ana',
  'Chris',
  'Pablo',
  'Ioana',
  'Rafael',
  'Emily',
  'Javier',
  'Elena',
  'Tom',
  'Beatriz',
];
export const lastNames = ['Smith', 'García', 'Popescu', 'Silva', 'Johnson', 'Martín', 'Ionescu', 'Santos', 'Brown', 'López', 'Costa', 'Taylor'];
