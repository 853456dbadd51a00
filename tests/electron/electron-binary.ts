import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export const ELECTRON_ENV = 'CONFIDANT_ELECTRON';

export interface BinaryProbe {
  env: NodeJS.ProcessEnv;
  /** The installed `electron` package folder. */
  packageDir: string;
  exists: (path: string) => boolean;
  readFile: (path: string) => string;
}

const defaultProbe: BinaryProbe = {
  env: process.env,
  packageDir: resolve(__dirname, '../../node_modules/electron'),
  exists: existsSync,
  readFile: (path) => readFileSync(path, 'utf8'),
};

/**
 * Finds an Electron binary WITHOUT `require('electron')`: that require runs the package's
 * downloader when the binary is missing, which hangs or throws offline. Looks at, in order:
 * $CONFIDANT_ELECTRON, $ELECTRON_OVERRIDE_DIST_PATH, then the package's own path.txt + dist/.
 */
export function findElectronBinary(probe: BinaryProbe = defaultProbe): ElectronBinary {
  const explicit = probe.env[ELECTRON_ENV];
  if (explicit) {
    return probe.exists(explicit)
      ? { found: true, path: explicit }
      : { found: false, reason: `${ELECTRON_ENV}=${explicit}, but no file is there` };
  }
  const pathFile = join(probe.packageDir, 'path.txt');
  const relative = probe.exists(pathFile) ? probe.readFile(pathFile).trim() : '';
  const override = probe.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, relative || 'electron');
    return probe.exists(path)
      ? { found: true, path }
      : {
          found: false,
          reason: `ELECTRON_OVERRIDE_DIST_PATH=${override}, but ${path} does not exist`,
        };
  }
  if (!relative) {
    return {
      found: false,
      reason:
        'the electron package has no binary (node_modules/electron/path.txt is missing: its download ' +
        `never ran). Set ${ELECTRON_ENV} to an Electron 45 executable, or run \`npx install-electron\` ` +
        'where the network allows it',
    };
  }
  const path = join(probe.packageDir, 'dist', relative);
  return probe.exists(path)
    ? { found: true, path }
    : {
        found: false,
        reason: `node_modules/electron/path.txt names ${relative}, but ${path} is missing`,
      };
}
