import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src/main/ipc/dispatch';
import { AppError } from '../../src/main/ipc/app-error';
import type { Handlers } from '../../src/shared/ipc/contract';
import { fakeHandlers } from './support/fake-handlers';

const appInfo = {
  name: 'Confidant',
  version: '1.0.0',
  platform: 'linux',
  dataDirectory: '/tmp/x',
  runtime: 'harness' as const,
};
const prefs = {
  theme: 'system' as const,
  locale: 'en' as const,
  contentProtection: true,
  idleLockMinutes: 5,
};

function handlersWith(overrides: Partial<Handlers> = {}): Handlers {
  return fakeHandlers({
    'app:info': () => appInfo,
    'preferences:get': () => prefs,
    'preferences:update': (patch) => ({ ...prefs, ...patch }),
    ...overrides,
  });
}

describe('dispatch', () => {
  it('returns the handler value in an ok envelope', async () => {
    const result = await dispatch(handlersWith(), 'app:info', undefined);
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ name: 'Confidant' }) });
  });

  it('refuses an unknown channel without calling any handler', async () => {
    const handlers = handlersWith();
    const result = await dispatch(handlers, 'vault:steal-keys', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UnknownChannel' } });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['wrong type', { idleLockMinutes: 'five' }],
    ['out of range', { idleLockMinutes: 0 }],
    ['unknown key', { idleLockMinutes: 5, extra: true }],
    ['prototype key', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['not an object', 'theme=dark'],
  ])('refuses invalid input (%s) before the handler runs', async (_label, input) => {
    const handlers = handlersWith();
    const result = await dispatch(handlers, 'preferences:update', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(handlers['preferences:update']).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('passes an AppError through with its code and message', async () => {
    const handlers = handlersWith({
      'app:info': () => {
        throw new AppError('StorageIOError', 'Disk full', { cause: 'ENOSPC' });
      },
    });
    const result = await dispatch(handlers, 'app:info', undefined);
    expect(result).toEqual({
      ok: false,
      error: { code: 'StorageIOError', message: 'Disk full', details: { cause: 'ENOSPC' } },
    });
  });

  it('hides the message of an unexpected error and reports it to the internal hook', async () => {
    const onInternalError = vi.fn();
    const handlers = handlersWith({
      'app:info': () => {
        throw new Error('secret detail: Jane Doe interview');
      },
    });
    const result = await dispatch(handlers, 'app:info', undefined, { onInternalError });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('Jane Doe');
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('refuses a handler output that violates the contract (no stray fields leak)', async () => {
    const handlers = handlersWith({
      'app:info': () =>
        ({
          name: 'Confidant',
          version: '1',
          platform: 'linux',
          dataDirectory: '/x',
          runtime: 'harness',
          vaultKey: 'deadbeef',
        }) as never,
    });
    const result = await dispatch(handlers, 'app:info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'Internal' } });
    expect(JSON.stringify(result)).not.toContain('deadbeef');
  });
});
