/* What the shell and other features may use of the handbook (its pages load lazily through handbook.routes.ts). */
export { HandbookApi } from './handbook-api';
export { HandbookSearchBox } from './search-box/handbook-search-box';
