/**
 * Paths of dropped files, where the platform still exposes them. Electron 32+ removed `File.path`
 * (the preload would need `webUtils.getPathForFile`); without paths main opens its own dialog, so
 * a drop still works, in two steps. Paths are only a hint: main re-validates each one.
 */
export function droppedPaths(files: FileList | readonly File[]): string[] {
  return Array.from(files)
    .map((file) => (file as File & { path?: unknown }).path)
    .filter((path): path is string => typeof path === 'string' && path.length > 0)
    .slice(0, 100);
}

/** Base64 from `evidence:view` to bytes, for blob: URLs and pdf.js. */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export type PreviewKind = 'image' | 'text' | 'pdf' | 'none';

export function previewKind(mediaType: string): PreviewKind {
  if (/^image\/(png|jpeg|gif|webp|bmp)$/.test(mediaType)) return 'image';
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType.startsWith('text/') || mediaType === 'application/json') return 'text';
  return 'none';
}
