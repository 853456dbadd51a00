import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, electron, resetFakes } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { createElectronDialogs } = await import('../../../src/main/electron/dialogs');

beforeEach(resetFakes);

describe('Electron dialogs port', () => {
  it('chooses a directory modal to the main window, null when cancelled', async () => {
    const win = new FakeBrowserWindow({});
    const dialogs = createElectronDialogs(() => win as never);
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/v'],
    } as never);
    expect(await dialogs.chooseDirectory({ title: 'Vault folder', create: true })).toBe('/v');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(win, {
      title: 'Vault folder',
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    });
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValueOnce({
      canceled: true,
      filePaths: [],
    } as never);
    expect(await dialogs.chooseDirectory({ title: 'Vault folder' })).toBeNull();
  });

  it('opens files (multiple on request) and returns [] when cancelled', async () => {
    const dialogs = createElectronDialogs(() => null);
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/a', '/b'],
    } as never);
    const filters = [{ name: 'PDF', extensions: ['pdf'] }];
    expect(await dialogs.chooseFilesToOpen({ title: 'Evidence', multiple: true, filters })).toEqual(
      ['/a', '/b'],
    );
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({
      title: 'Evidence',
      filters,
      properties: ['openFile', 'multiSelections'],
    });
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValueOnce({
      canceled: true,
      filePaths: ['/x'],
    } as never);
    expect(await dialogs.chooseFilesToOpen({ title: 'Evidence' })).toEqual([]);
  });

  it('chooses a save path, null when cancelled', async () => {
    const win = new FakeBrowserWindow({});
    const dialogs = createElectronDialogs(() => win as never);
    vi.mocked(electron.dialog.showSaveDialog).mockResolvedValueOnce({
      canceled: false,
      filePath: '/r.pdf',
    } as never);
    expect(await dialogs.chooseSavePath({ title: 'Save report', defaultName: 'report.pdf' })).toBe(
      '/r.pdf',
    );
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({ title: 'Save report', defaultPath: 'report.pdf' }),
    );
    vi.mocked(electron.dialog.showSaveDialog).mockResolvedValueOnce({
      canceled: true,
      filePath: '',
    } as never);
    expect(await dialogs.chooseSavePath({ title: 'Save report', defaultName: 'r.pdf' })).toBeNull();
  });
});
