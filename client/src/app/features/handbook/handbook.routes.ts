import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import type { Routes } from '@angular/router';

import { ArticlePage } from './pages/article-page';
import { HandbookHomePage } from './pages/handbook-home-page';
import { SearchPage } from './pages/search-page';
import * as handbookEffects from './state/handbook.effects';
import { handbookFeature } from './state/handbook.feature';

export default [
  {
    path: '',
    providers: [provideState(handbookFeature), provideEffects(handbookEffects)],
    children: [
      { path: '', component: HandbookHomePage, title: 'nav.handbook' },
      { path: 'search', component: SearchPage, title: 'handbook.searchLabel' },
      { path: ':slug', component: ArticlePage, title: 'nav.handbook' },
    ],
  },
] satisfies Routes;
