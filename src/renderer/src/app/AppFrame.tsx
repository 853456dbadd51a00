import { useCallback, useEffect, useId, useReducer, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@renderer/components/ErrorBoundary';
import { ErrorFallback } from '@renderer/components/ErrorFallback';
import { CasesScreen } from '@renderer/features/cases/CasesScreen';
import { DashboardScreen } from '@renderer/features/dashboard/DashboardScreen';
import { HomeScreen } from '@renderer/features/home/HomeScreen';
import { CommandPalette } from '@renderer/features/palette/CommandPalette';
import { PeopleScreen } from '@renderer/features/people/PeopleScreen';
import { SearchDialog } from '@renderer/features/search/SearchDialog';
import { SettingsScreen } from '@renderer/features/settings/SettingsScreen';
import {
  forgetRememberedScreen,
  peekRememberedScreen,
} from '@renderer/features/vault/resume-screen';
import { useVaultSession } from '@renderer/features/vault/vault-session-context';
import {
  initialNavigation,
  navigationReducer,
  type NavigationState,
  type NavigationTarget,
  type ScreenId,
} from './navigation';
import { NavigateProvider } from './navigation-context';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useAppCommands } from './use-app-commands';
import './frame.css';

/** The screen for each id; a new screen adds a case here, a nav item and its catalogue keys. */
function renderScreen(
  state: NavigationState,
  navigate: (next: ScreenId) => void,
  openCase: (caseId: string | null) => void,
): ReactNode {
  switch (state.screen) {
    case 'home':
      return <HomeScreen onOpenSettings={() => navigate('settings')} />;
    case 'dashboard':
      return <DashboardScreen />;
    case 'cases':
      return (
        <CasesScreen
          caseId={state.caseId ?? null}
          newCaseRequest={state.newCaseRequest ?? 0}
          onOpenCase={openCase}
          filters={state.caseFilters}
        />
      );
    case 'people':
      return <PeopleScreen personId={state.personId} />;
    case 'settings':
      return <SettingsScreen />;
  }
}

/** After an unlock, reopen the screen that was showing when the vault locked. */
function resumeNavigation(): NavigationState {
  return { screen: peekRememberedScreen() ?? initialNavigation.screen };
}

/** The window while the vault is unlocked: sidebar navigation, a top bar per screen, the screen. */
export function AppFrame() {
  const { t } = useTranslation();
  const { lock, reportScreen } = useVaultSession();
  const [navigation, dispatch] = useReducer(navigationReducer, undefined, resumeNavigation);
  const { screen } = navigation;
  const navigate = useCallback(
    (next: ScreenId) => dispatch({ type: 'navigate', screen: next }),
    [],
  );
  const navigateTo = useCallback(
    (target: NavigationTarget) => dispatch({ type: 'navigate', ...target }),
    [],
  );
  const openCase = useCallback(
    (caseId: string | null) =>
      dispatch(caseId ? { type: 'open-case', caseId } : { type: 'navigate', screen: 'cases' }),
    [],
  );
  const newCase = useCallback(() => dispatch({ type: 'new-case' }), []);
  const lockNow = useCallback(() => void lock(), [lock]);
  const titleId = useId();
  const mainRef = useRef<HTMLElement>(null);

  useAppCommands(navigate, lockNow, newCase);
  useEffect(() => forgetRememberedScreen(), []);
  useEffect(() => reportScreen(screen), [reportScreen, screen]);

  const title = t(`screens.${screen}.title`);
  useEffect(() => {
    document.title = t('app.documentTitle', { screen: title });
    mainRef.current?.scrollTo?.({ top: 0 });
  }, [t, title]);

  return (
    <NavigateProvider value={navigateTo}>
      <div className="app-frame">
        <Sidebar screen={screen} onNavigate={navigate} />
        <div className="app-frame__body">
          <TopBar screen={screen} titleId={titleId} />
          <main className="content" ref={mainRef} aria-labelledby={titleId}>
            <ErrorBoundary
              key={`${screen}:${navigation.caseId ?? ''}:${navigation.personId ?? ''}`}
              fallback={({ error, reset }) => (
                <ErrorFallback
                  scope="screen"
                  error={error}
                  onHome={() => {
                    navigate('home');
                    reset();
                  }}
                />
              )}
            >
              {renderScreen(navigation, navigate, openCase)}
            </ErrorBoundary>
          </main>
        </div>
      </div>
      <CommandPalette />
      <SearchDialog />
    </NavigateProvider>
  );
}
