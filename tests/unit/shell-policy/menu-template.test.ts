import { describe, expect, it, vi } from 'vitest';
import {
  APP_COMMAND_ITEMS,
  buildMenuTemplate,
  flattenMenu,
  type MenuItemSpec,
} from '../../../src/main/shell-policy/menu-template';
import type { AppCommand } from '../../../src/shared/ipc/contract';

function build(platform: string, isPackaged: boolean) {
  const onCommand = vi.fn<(command: AppCommand) => void>();
  const template = buildMenuTemplate({ platform, isPackaged, onCommand });
  return { template, items: flattenMenu(template), onCommand };
}

const byId = (items: MenuItemSpec[], id: string) => items.find((item) => item.id === id);

describe('application menu template', () => {
  it.each([
    ['lock', 'CmdOrCtrl+L'],
    ['new-case', 'CmdOrCtrl+N'],
    ['search', 'CmdOrCtrl+F'],
    ['command-palette', 'CmdOrCtrl+K'],
    ['settings', 'CmdOrCtrl+,'],
  ] as const)(
    '%s has %s and emits its command on click (all platforms)',
    (command, accelerator) => {
      for (const platform of ['darwin', 'win32', 'linux']) {
        const { items, onCommand } = build(platform, true);
        const matching = items.filter((item) => item.id === `command:${command}`);
        expect(matching).toHaveLength(1);
        const item = matching[0]!;
        expect(item.accelerator).toBe(accelerator);
        item.click?.();
        expect(onCommand).toHaveBeenCalledWith(command);
      }
    },
  );

  it('uses no accelerator twice', () => {
    const { items } = build('linux', false);
    const accelerators = items.flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(Object.keys(APP_COMMAND_ITEMS)).toHaveLength(5);
  });

  it('has the standard top-level roles, appMenu only on macOS', () => {
    expect(build('darwin', true).template.map((item) => item.role)).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
    expect(build('win32', true).template.map((item) => item.role)).toEqual([
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
  });

  it('puts Settings in the app menu on macOS and in File elsewhere', () => {
    const mac = build('darwin', true).template;
    expect(byId(flattenMenu(mac[0]!.submenu!), 'command:settings')).toBeDefined();
    const linux = build('linux', true).template;
    expect(byId(flattenMenu(linux[0]!.submenu!), 'command:settings')).toBeDefined();
  });

  it('has no DevTools toggle or reload in packaged builds', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      const roles = build(platform, true).items.map((item) => item.role);
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('forceReload');
      // viewMenu must carry its own submenu, or Electron would add its default (with DevTools).
      const view = build(platform, true).template.find((item) => item.role === 'viewMenu');
      expect(view?.submenu?.length).toBeGreaterThan(0);
    }
  });

  it('offers DevTools and reload in development', () => {
    const roles = build('linux', false).items.map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
    expect(roles).toContain('reload');
  });

  it('gives every submenu-bearing role an explicit submenu except windowMenu', () => {
    for (const item of build('linux', true).template) {
      if (item.role === 'windowMenu') continue;
      expect(item.submenu, String(item.role)).toBeDefined();
    }
  });

  it('reaches About from Help outside macOS and from the app menu on macOS', () => {
    const linuxHelp = build('linux', true).template.find((item) => item.role === 'help');
    expect(linuxHelp?.submenu?.map((item) => item.role)).toContain('about');
    const mac = build('darwin', true).template[0]!;
    expect(mac.submenu?.[0]?.role).toBe('about');
  });
});
