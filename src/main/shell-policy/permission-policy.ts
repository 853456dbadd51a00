/**
 * Permission policy for the app's session: refuse everything. Confidant needs no camera, microphone,
 * geolocation, notifications, clipboard-read, HID, serial, USB, MIDI, fullscreen API or external
 * protocol launches; a case file viewer that asks for any of them has been compromised. Kept as a
 * function (not an inline `false`) so a future, argued exception has one reviewed home and a test.
 */
export function isPermissionGranted(
  _permission: string,
  _requestingUrl: string | undefined,
): boolean {
  return false;
}

/** Device-level grants (WebHID, WebSerial, WebUSB): also refused. */
export function isDevicePermissionGranted(_deviceType: string): boolean {
  return false;
}
