import { session, type Session } from 'electron';
import { APP_SCHEME } from '../shell-policy/app-origin';
import { createAppProtocolHandler } from '../shell-policy/app-protocol';
import { isRequestAllowed } from '../shell-policy/navigation-policy';
import { isDevicePermissionGranted, isPermissionGranted } from '../shell-policy/permission-policy';
import { SESSION_PARTITION } from '../shell-policy/web-preferences';

/**
 * The in-memory session every Confidant window uses. `protocol.handle` on the default `protocol`
 * module only serves the default session, so the app:// handler is installed on this partition.
 */
export function configureAppSession(rendererRoot: string): Session {
  const ses = session.fromPartition(SESSION_PARTITION);
  ses.protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: rendererRoot }));
  // Both handlers: the request handler answers prompts, the check handler answers silent queries
  // (navigator.permissions, clipboard-read checks); either alone leaves a gap.
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler((details) => isDevicePermissionGranted(details.deviceType));
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url) });
  });
  // Plaintext leaves the vault only through main-side exports the user confirmed, never downloads.
  ses.on('will-download', (event) => event.preventDefault());
  ses.setSpellCheckerEnabled(false);
  return ses;
}
