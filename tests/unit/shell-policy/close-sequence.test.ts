import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CloseCoordinator } from '../../../src/main/close-coordinator';
import {
  CLOSE_ACK_TIMEOUT_MS,
  closeSequence,
  createCloseHandler,
  type ClosePorts,
} from '../../../src/main/shell-policy/close-sequence';

/** Ports that record what happened, in order, around a real CloseCoordinator. */
function fakePorts(overrides: Partial<ClosePorts> = {}) {
  const coordinator = new CloseCoordinator();
  const steps: string[] = [];
  const ports: ClosePorts = {
    rendererAlive: () => true,
    waitForAck: (ms) => {
      steps.push(`wait ${ms}`);
      return coordinator.waitForAck(ms);
    },
    announce: () => steps.push('announce'),
    saveGeometry: async () => {
      steps.push('geometry');
    },
    lockVault: async () => {
      steps.push('lock');
    },
    close: () => steps.push('close'),
    log: vi.fn(),
    ...overrides,
  };
  return { coordinator, steps, ports };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('closeSequence', () => {
  it('waits for the ack, then saves geometry, locks the vault and closes, in that order', async () => {
    const { coordinator, steps, ports } = fakePorts();
    const done = closeSequence(ports);
    await vi.advanceTimersByTimeAsync(1000);
    // Listening starts before the announcement; geometry is saved meanwhile; nothing locks yet.
    expect(steps).toEqual([`wait ${CLOSE_ACK_TIMEOUT_MS}`, 'announce', 'geometry']);
    coordinator.acknowledge();
    await expect(done).resolves.toBe('acknowledged');
    expect(steps).toEqual([
      `wait ${CLOSE_ACK_TIMEOUT_MS}`,
      'announce',
      'geometry',
      'lock',
      'close',
    ]);
  });

  it('closes after the timeout when no ack comes', async () => {
    const { steps, ports } = fakePorts();
    const done = closeSequence(ports, 3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(steps).not.toContain('lock');
    await vi.advanceTimersByTimeAsync(1);
    await expect(done).resolves.toBe('timed-out');
    expect(steps.slice(-2)).toEqual(['lock', 'close']);
    expect(ports.log).toHaveBeenCalledWith('close: the renderer did not answer in time');
  });

  it('does not wait for a renderer that is gone', async () => {
    const { steps, ports } = fakePorts({ rendererAlive: () => false });
    await expect(closeSequence(ports)).resolves.toBe('renderer-gone');
    expect(steps).toEqual(['geometry', 'lock', 'close']);
  });

  it('still locks and closes when the geometry or the lock fails, logging error classes only', async () => {
    const { coordinator, steps, ports } = fakePorts({
      saveGeometry: () =>
        Promise.reject(Object.assign(new Error('/secret/path'), { code: 'EACCES' })),
      lockVault: () => Promise.reject(new TypeError('case title inside')),
    });
    const done = closeSequence(ports);
    coordinator.acknowledge();
    await done;
    expect(steps.at(-1)).toBe('close');
    expect(ports.log).toHaveBeenCalledWith('window state not saved: Error (EACCES)');
    expect(ports.log).toHaveBeenCalledWith('close: vault lock failed: TypeError');
  });

  it('closes even when announcing throws', async () => {
    const { steps, ports } = fakePorts({
      announce: () => {
        throw new Error('bus');
      },
    });
    await expect(closeSequence(ports)).resolves.toBe('renderer-gone');
    expect(steps.slice(-2)).toEqual(['lock', 'close']);
    expect(ports.log).toHaveBeenCalledWith('close: renderer flush failed: Error');
  });
});

describe('createCloseHandler', () => {
  it('prevents the first close, lets the sequence’s own close pass through', async () => {
    const { coordinator, ports } = fakePorts();
    let mayClose: boolean[] = [];
    const onClose = createCloseHandler({
      ...ports,
      // Like BrowserWindow.close(): emits 'close' again.
      close: () => mayClose.push(onClose()),
    });
    expect(onClose()).toBe(false);
    coordinator.acknowledge();
    await vi.advanceTimersByTimeAsync(0);
    expect(mayClose).toEqual([true]);
    mayClose = [];
    expect(onClose()).toBe(true);
  });

  it('prevents closes while the sequence runs without starting another', async () => {
    const { coordinator, steps, ports } = fakePorts();
    const onClose = createCloseHandler(ports);
    expect(onClose()).toBe(false);
    expect(onClose()).toBe(false);
    expect(steps.filter((step) => step === 'announce')).toHaveLength(1);
    coordinator.acknowledge();
    await vi.advanceTimersByTimeAsync(0);
    expect(steps.filter((step) => step === 'close')).toHaveLength(1);
    expect(onClose()).toBe(true);
  });
});

describe('CloseCoordinator', () => {
  it('drops an ack nobody waits for instead of keeping it for the next close', async () => {
    const coordinator = new CloseCoordinator();
    coordinator.acknowledge();
    const waited = coordinator.waitForAck(100);
    expect(coordinator.waiting).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    await expect(waited).resolves.toBe(false);
    expect(coordinator.waiting).toBe(false);
  });
});
