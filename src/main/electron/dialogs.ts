import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { Dialogs } from '../ports/dialogs';

/** The Dialogs port over Electron's native dialogs, modal to the main window when there is one. */
export function createElectronDialogs(getParent: () => BrowserWindow | null): Dialogs {
  const parent = (): BrowserWindow | null => {
    const win = getParent();
    return win && !win.isDestroyed() ? win : null;
  };
  const open = (options: OpenDialogOptions) => {
    const win = parent();
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  };
  return {
    async chooseDirectory({ title, create }) {
      const result = await open({
        title,
        properties: create
          ? ['openDirectory', 'createDirectory', 'promptToCreate']
          : ['openDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFilesToOpen({ title, filters, multiple }) {
      const result = await open({
        title,
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      return result.canceled ? [] : result.filePaths;
    },
    async chooseSavePath({ title, defaultName, filters }) {
      const win = parent();
      const options = {
        title,
        defaultPath: defaultName,
        filters,
        properties: ['showOverwriteConfirmation' as const],
      };
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
