import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';

import { HandbookSearchBox } from '../../features/handbook';
import { TalkToHr } from '../../features/tickets';
import { NotificationsButton } from '../../features/notifications';
import { AuthActions } from '../auth/state/auth.actions';
import { authFeature } from '../auth/state/auth.feature';
import { LanguageService } from '../i18n/language.service';
import { interfaceLanguages, type InterfaceLanguage } from '../i18n/languages';
import { COMPACT_LAYOUT_QUERY, navigation } from './navigation';

@Component({
  selector: 'app-shell',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    HandbookSearchBox,
    NotificationsButton,
    TranslocoPipe,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly languageService = inject(LanguageService);
  private readonly store = inject(Store);
  private readonly talkToHrPanel = inject(TalkToHr);

  protected readonly me = this.store.selectSignal(authFeature.selectMe);
  private readonly actions = this.store.selectSignal(authFeature.selectActions);
  /** Destinations this person may use; none until signed in. */
  protected readonly navigation = computed(() =>
    this.me() ? navigation.filter((item) => !item.requires || item.requires.some((action) => this.actions().includes(action))) : [],
  );
  protected readonly primaryNavigation = computed(() => this.navigation().filter((item) => item.primary));
  protected readonly languages = interfaceLanguages;
  protected readonly activeLanguage = toSignal(this.languageService.activeLanguage);
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_LAYOUT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  private readonly drawer = viewChild(MatSidenav);

  protected chooseLanguage(language: InterfaceLanguage): void {
    void this.languageService.use(language, { remember: true });
    this.store.dispatch(AuthActions.languageChosen({ language }));
  }

  protected talkToHr(): void {
    void this.talkToHrPanel.open();
  }

  protected signOut(): void {
    this.store.dispatch(AuthActions.signOutRequested());
  }

  protected drawerOpened(): boolean {
    return this.drawer()?.opened ?? false;
  }

  /** `href="#main"` would navigate to "/#main" under <base href="/">: focus the content instead. */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    (event.target as HTMLElement).ownerDocument.getElementById('main')?.focus();
  }

  protected toggleDrawer(): void {
    void this.drawer()?.toggle();
  }

  /** On phones the drawer covers the page, so it closes once a destination is chosen. */
  protected navigated(): void {
    if (this.compact()) void this.drawer()?.close();
  }
}
