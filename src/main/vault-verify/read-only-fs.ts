import { AppError } from '../ipc/app-error';
import type { FsPort } from '../storage/fs-port';

/** Thrown when verification would have to change a file (e.g. repair a torn audit record). */
export class WouldModify extends AppError {
  constructor(readonly operation: string) {
    super('Conflict', `verification would have to ${operation}; it never changes the vault`);
  }
}

/**
 * An FsPort that reads but refuses every write, so `vault verify` can reuse the store's own loading
 * and cross-checks (one implementation of the rules) while guaranteeing it changes nothing, as
 * `restic check` does.
 */
export function readOnlyFs(fs: FsPort): FsPort {
  const refuse = (operation: string) => async () => {
    throw new WouldModify(operation);
  };
  return {
    open: async (path, flags, mode) => {
      if (flags !== 'r') throw new WouldModify(`open ${path} for writing`);
      return fs.open(path, flags, mode);
    },
    readFile: (path) => fs.readFile(path),
    readdir: (path) => fs.readdir(path),
    stat: (path) => fs.stat(path),
    rename: refuse('rename a file'),
    unlink: refuse('delete a file'),
    mkdir: refuse('create a folder'),
    chmod: refuse('change permissions'),
    truncate: refuse('repair a torn audit record'),
  };
}
