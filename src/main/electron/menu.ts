import { Menu } from 'electron';
import type { EventBus } from '../ipc/event-bus';
import { buildMenuTemplate } from '../shell-policy/menu-template';

/** Installs the application menu; its commands reach the renderer as `app:command` events. */
export function installApplicationMenu(options: {
  platform: string;
  isPackaged: boolean;
  events: EventBus;
}): Menu {
  const template = buildMenuTemplate({
    platform: options.platform,
    isPackaged: options.isPackaged,
    onCommand: (command) => options.events.emit('app:command', { command }),
  });
  const menu = Menu.buildFromTemplate(template);
  Menu.setApplicationMenu(menu);
  return menu;
}
