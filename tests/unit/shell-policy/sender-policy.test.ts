import { describe, expect, it } from 'vitest';
import {
  forbiddenResult,
  refuseSender,
  type SenderFacts,
} from '../../../src/main/shell-policy/sender-policy';

const trusted: SenderFacts = {
  hasFrame: true,
  isMainFrame: true,
  frameUrl: 'app://confidant/index.html',
  frameOrigin: 'app://confidant',
  isKnownWebContents: true,
};

describe('IPC sender policy', () => {
  it('trusts the top frame of a known window on app://confidant', () => {
    expect(refuseSender(trusted)).toBeNull();
    expect(refuseSender({ ...trusted, frameOrigin: undefined })).toBeNull();
    expect(refuseSender({ ...trusted, frameUrl: 'app://confidant/index.html#/cases' })).toBeNull();
  });

  it('refuses an unknown webContents first', () => {
    expect(refuseSender({ ...trusted, isKnownWebContents: false })).toBe('unknown-webcontents');
  });

  it('refuses a missing (disposed) frame', () => {
    expect(refuseSender({ ...trusted, hasFrame: false })).toBe('no-frame');
  });

  it('refuses subframes', () => {
    expect(refuseSender({ ...trusted, isMainFrame: false })).toBe('subframe');
  });

  it.each([
    'https://evil.example/',
    'app://evil/index.html',
    'app://confidant.evil/index.html',
    'app://confidant@evil/index.html',
    'app://evil@confidant/index.html',
    'file:///work/out/renderer/index.html',
    'about:blank',
    'data:text/html,x',
    '',
    undefined,
  ])('refuses frame URL %s', (frameUrl) => {
    expect(refuseSender({ ...trusted, frameUrl })).toBe('foreign-origin');
  });

  it('refuses when Chromium reports another (or opaque) origin', () => {
    expect(refuseSender({ ...trusted, frameOrigin: 'null' })).toBe('foreign-origin');
    expect(refuseSender({ ...trusted, frameOrigin: 'https://evil.example' })).toBe(
      'foreign-origin',
    );
  });

  it('answers with a Forbidden envelope', () => {
    const result = forbiddenResult();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('Forbidden');
  });
});
