import type { AppCommand } from '../../shared/ipc/contract';

/** The Electron menu roles this template uses (a subset of Electron's own union). */
export type MenuRole =
  | 'appMenu'
  | 'fileMenu'
  | 'editMenu'
  | 'viewMenu'
  | 'windowMenu'
  | 'help'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen';

/** Structurally a subset of Electron's MenuItemConstructorOptions, so menu.ts passes it straight in. */
export interface MenuItemSpec {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

export interface MenuTemplateOptions {
  platform: string;
  /** app.isPackaged: packaged builds get no reload and no DevTools toggle. */
  isPackaged: boolean;
  /** Called with the command; menu.ts forwards it as the `app:command` event. */
  onCommand: (command: AppCommand) => void;
}

/** The app's own commands and their accelerators, in one reviewed table. */
export const APP_COMMAND_ITEMS: Readonly<
  Record<AppCommand, { label: string; accelerator: string }>
> = {
  'new-case': { label: 'New Case', accelerator: 'CmdOrCtrl+N' },
  lock: { label: 'Lock Vault', accelerator: 'CmdOrCtrl+L' },
  search: { label: 'Search', accelerator: 'CmdOrCtrl+F' },
  'command-palette': { label: 'Command Palette…', accelerator: 'CmdOrCtrl+K' },
  settings: { label: 'Settings…', accelerator: 'CmdOrCtrl+,' },
};

const separator: MenuItemSpec = { type: 'separator' };

/**
 * The application menu. Standard roles give native behaviour (Services, Hide, clipboard, zoom,
 * window management); the app's commands only emit an event, so the renderer decides what each
 * means on the current screen and the menu never touches case data itself.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemSpec[] {
  const isMac = options.platform === 'darwin';
  const command = (name: AppCommand): MenuItemSpec => ({
    id: `command:${name}`,
    label: APP_COMMAND_ITEMS[name].label,
    accelerator: APP_COMMAND_ITEMS[name].accelerator,
    click: () => options.onCommand(name),
  });

  const appMenu: MenuItemSpec[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about' },
            separator,
            command('settings'),
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const fileMenu: MenuItemSpec = {
    role: 'fileMenu',
    submenu: [
      command('new-case'),
      separator,
      command('lock'),
      ...(isMac ? [] : [separator, command('settings')]),
      separator,
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemSpec = {
    role: 'editMenu',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { role: 'selectAll' },
      separator,
      command('search'),
    ],
  };

  // Written out instead of the default viewMenu submenu, which always includes toggleDevTools.
  const developerItems: MenuItemSpec[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const viewMenu: MenuItemSpec = {
    role: 'viewMenu',
    submenu: [
      command('command-palette'),
      separator,
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemSpec = {
    role: 'help',
    // macOS shows About in the app menu; elsewhere Help is where people look for it.
    submenu: isMac ? [] : [{ role: 'about' }],
  };

  return [...appMenu, fileMenu, editMenu, viewMenu, { role: 'windowMenu' }, helpMenu];
}

/** Every item in a template, depth first (for tests and for the no-DevTools assertion). */
export function flattenMenu(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flattenMenu(item.submenu ?? [])]);
}
