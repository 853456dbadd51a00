import { describe, expect, it } from 'vitest';
import { findElectronBinary, type BinaryProbe } from '../../electron/electron-binary';

function probe(files: Record<string, string>, env: NodeJS.ProcessEnv = {}): BinaryProbe {
  return {
    env,
    packageDir: '/repo/node_modules/electron',
    exists: (path) => path in files,
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT ${path}`);
      return text;
    },
  };
}

describe('findElectronBinary (never requires electron)', () => {
  it('reports why there is no binary when the download never ran', () => {
    const result = findElectronBinary(probe({}));
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toMatch(/path\.txt is missing/);
  });

  it('uses path.txt and dist/ of the installed package', () => {
    const files = {
      '/repo/node_modules/electron/path.txt': 'electron\n',
      '/repo/node_modules/electron/dist/electron': '',
    };
    expect(findElectronBinary(probe(files))).toEqual({
      found: true,
      path: '/repo/node_modules/electron/dist/electron',
    });
  });

  it('refuses a path.txt that names a missing binary', () => {
    const result = findElectronBinary(
      probe({ '/repo/node_modules/electron/path.txt': 'electron' }),
    );
    expect(result).toMatchObject({ found: false, reason: expect.stringContaining('is missing') });
  });

  it('prefers CONFIDANT_ELECTRON, and checks it exists', () => {
    expect(
      findElectronBinary(
        probe({ '/opt/e/electron': '' }, { CONFIDANT_ELECTRON: '/opt/e/electron' }),
      ),
    ).toEqual({
      found: true,
      path: '/opt/e/electron',
    });
    expect(findElectronBinary(probe({}, { CONFIDANT_ELECTRON: '/nope' })).found).toBe(false);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const files = { '/dist/electron': '' };
    expect(findElectronBinary(probe(files, { ELECTRON_OVERRIDE_DIST_PATH: '/dist' }))).toEqual({
      found: true,
      path: '/dist/electron',
    });
    expect(findElectronBinary(probe({}, { ELECTRON_OVERRIDE_DIST_PATH: '/dist' })).found).toBe(
      false,
    );
  });
});
