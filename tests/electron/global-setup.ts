import { findElectronBinary } from './electron-binary';

/** Says once, up front, whether the suite runs and why not, so a skip is never silent. */
export default function globalSetup(): void {
  const binary = findElectronBinary();
  console.log(
    binary.found
      ? `[electron] launching the built app with ${binary.path}`
      : `[electron] SKIPPING the _electron suite: ${binary.reason}.`,
  );
}
