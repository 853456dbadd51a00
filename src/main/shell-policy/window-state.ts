import { join } from 'node:path';
import { z } from 'zod';
import { ensurePrivateDirectory, writeFileDurably } from '../storage/durable-write';
import { nodeFs, type FsPort } from '../storage/fs-port';

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** How much of the window must overlap a display to count as reachable (title bar and a margin). */
const MIN_VISIBLE = 96;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

export const windowStateSchema = z.strictObject({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: length,
  height: length,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const defaultWindowState: WindowState = { ...DEFAULT_SIZE, maximized: false };

/** What the BrowserWindow constructor gets; x/y absent means "let the OS centre it". */
export interface InitialBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Places a remembered window on a display that still exists. The display with the largest overlap
 * wins; a window left on an unplugged monitor (no usable overlap) is centred on the primary display.
 * The size never exceeds the chosen work area, and the window is shifted fully inside it.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): InitialBounds {
  const primary = workAreas[0];
  if (!primary) return { width: state.width, height: state.height, maximized: state.maximized };
  let best: { area: Rect; score: number } | null = null;
  if (state.x !== undefined && state.y !== undefined) {
    const rect = { x: state.x, y: state.y, width: state.width, height: state.height };
    for (const area of workAreas) {
      const o = overlap(rect, area);
      const usable =
        o.width >= Math.min(MIN_VISIBLE, rect.width) &&
        o.height >= Math.min(MIN_VISIBLE, rect.height);
      const score = o.width * o.height;
      if (usable && (!best || score > best.score)) best = { area, score };
    }
  }
  const area = best?.area ?? primary;
  const width = clamp(state.width, Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clamp(state.height, Math.min(MIN_SIZE.height, area.height), area.height);
  if (!best || state.x === undefined || state.y === undefined) {
    return {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
      maximized: state.maximized,
    };
  }
  return {
    x: clamp(state.x, area.x, area.x + area.width - width),
    y: clamp(state.y, area.y, area.y + area.height - height),
    width,
    height,
    maximized: state.maximized,
  };
}

/** The state worth remembering: the normal (un-maximised) bounds plus the maximised flag. */
export function stateFromBounds(normal: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: Math.max(1, Math.round(normal.width)),
    height: Math.max(1, Math.round(normal.height)),
    maximized,
  };
}

/**
 * Reads the remembered window state from its own small file in userData. Missing, unreadable or
 * malformed → defaults: a broken geometry file must never stop the app from starting.
 */
export async function loadWindowState(dir: string, fs: FsPort = nodeFs): Promise<WindowState> {
  try {
    const text = (await fs.readFile(join(dir, WINDOW_STATE_FILE))).toString('utf8');
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : defaultWindowState;
  } catch {
    return defaultWindowState;
  }
}

/** Writes durably (temp file, fsync, rename) with owner-only permissions, like every other file. */
export async function saveWindowState(
  dir: string,
  state: WindowState,
  fs: FsPort = nodeFs,
): Promise<void> {
  const checked = windowStateSchema.parse(state);
  await ensurePrivateDirectory(dir, fs);
  await writeFileDurably(join(dir, WINDOW_STATE_FILE), Buffer.from(JSON.stringify(checked)), fs);
}
