import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Checks what the builds emitted (npm test builds before it runs vitest). The production renderer
// must carry no HTTP transport; the harness build must, or this test could never fail.
const HTTP_TRANSPORT_MARKERS = ['x-confidant-token', 'EventSource', '/ipc/'];

function bundleText(dir: string): string {
  if (!existsSync(dir))
    throw new Error(`${dir} is missing: run \`npm run build && npm run build:harness\` first`);
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|html|css)$/.test(entry.name)) files.push(full);
    }
  };
  walk(dir);
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

describe('build output', () => {
  it('the production renderer contains no HTTP transport', () => {
    const app = bundleText('out/renderer');
    for (const marker of HTTP_TRANSPORT_MARKERS) expect(app).not.toContain(marker);
  });

  it('the harness renderer does contain it (the check above can fail)', () => {
    const harness = bundleText('out/harness-renderer');
    for (const marker of HTTP_TRANSPORT_MARKERS) expect(harness).toContain(marker);
  });

  it('the production page forbids every connection; the harness page only its own origin', () => {
    const appHtml = readFileSync('out/renderer/index.html', 'utf8');
    expect(appHtml).toContain("connect-src 'none'");
    expect(appHtml).toContain("default-src 'none'");
    expect(readFileSync('out/harness-renderer/index.html', 'utf8')).toContain("connect-src 'self'");
  });

  it('the preload is one CommonJS file that requires only electron', () => {
    const files = readdirSync('out/preload');
    expect(files).toEqual(['index.js']);
    const preload = readFileSync('out/preload/index.js', 'utf8');
    expect(preload).not.toMatch(/^\s*import\s/m);
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('the renderer bundle is minified', () => {
    const js = readdirSync('out/renderer/assets')
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join('out/renderer/assets', f), 'utf8'));
    expect(js.length).toBeGreaterThan(0);
    // The entry chunk, by far the largest of our own code: minified code has very long lines.
    const entry = js
      .filter((code) => code.includes('createRoot'))
      .sort((a, b) => b.length - a.length)[0]!;
    expect(entry.length / entry.split('\n').length).toBeGreaterThan(500);
  });
});
