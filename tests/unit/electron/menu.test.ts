import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../src/main/ipc/event-bus';
import { flattenMenu, type MenuItemSpec } from '../../../src/main/shell-policy/menu-template';
import { electron, resetFakes } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { installApplicationMenu } = await import('../../../src/main/electron/menu');

beforeEach(resetFakes);

function install(isPackaged: boolean, platform = 'linux') {
  const events = new EventBus();
  const received: unknown[] = [];
  events.subscribe((event, payload) => received.push([event, payload]));
  installApplicationMenu({ platform, isPackaged, events });
  const template = vi.mocked(electron.Menu.buildFromTemplate).mock.calls[0]![0] as MenuItemSpec[];
  return { items: flattenMenu(template), received };
}

describe('application menu', () => {
  it('builds from the template and installs it as the application menu', () => {
    install(true);
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(
      vi.mocked(electron.Menu.buildFromTemplate).mock.results[0]!.value,
    );
  });

  it.each([
    ['lock', 'CmdOrCtrl+L'],
    ['new-case', 'CmdOrCtrl+N'],
    ['search', 'CmdOrCtrl+F'],
    ['command-palette', 'CmdOrCtrl+K'],
    ['settings', 'CmdOrCtrl+,'],
  ])('emits app:command %s from its %s item', (command, accelerator) => {
    const { items, received } = install(true);
    const item = items.find((entry) => entry.id === `command:${command}`);
    expect(item?.accelerator).toBe(accelerator);
    item?.click?.();
    expect(received).toEqual([['app:command', { command }]]);
  });

  it('has no DevTools toggle when packaged', () => {
    expect(install(true).items.map((item) => item.role)).not.toContain('toggleDevTools');
    resetFakes();
    expect(install(false).items.map((item) => item.role)).toContain('toggleDevTools');
  });
});
