import type { Handlers } from '../../shared/ipc/contract';
import type { Services } from '../services';

/** The typed table of handlers: one per channel, Electron-free, shared by IPC, the harness and tests. */
export function createHandlers(services: Services): Handlers {
  const {
    ports,
    preferences,
    events,
    vault,
    cases,
    people,
    evidence,
    documents,
    interviews,
    guides,
    closeCoordinator,
  } = services;
  return {
    'app:info': () => ({
      name: 'Confidant',
      version: ports.version,
      platform: ports.platform,
      dataDirectory: ports.dataDirectory,
      runtime: ports.runtime,
    }),
    'preferences:get': () => preferences.get(),
    'preferences:update': async (patch) => {
      const next = await preferences.update(patch);
      events.emit('preferences:changed', next);
      return next;
    },
    'app:activity': () => {
      vault.activity();
      return null;
    },
    'app:ready-to-close': () => {
      closeCoordinator.acknowledge();
      return null;
    },
    'vault:status': () => vault.status(),
    'vault:create': (input) => vault.create(input),
    'vault:confirm-recovery-key': (input) => vault.confirmRecoveryKey(input),
    'vault:save-emergency-kit': () => vault.saveEmergencyKit(),
    'vault:open': (input) => vault.open(input),
    'vault:unlock': (input) => vault.unlock(input),
    'vault:recover': (input) => vault.recover(input),
    'vault:lock': () => vault.lock('user'),
    'vault:close': () => vault.close(),
    'vault:change-passphrase': (input) => vault.changePassphrase(input),
    'vault:rotate-recovery-key': (input) => vault.rotateRecoveryKey(input),
    'vault:rename': (input) => vault.rename(input),
    'vault:forget': (input) => vault.forget(input),
    'vault:checkpoint': () => vault.checkpoint(),
    'cases:list': (input) => cases.list(input),
    'cases:search': (input) => cases.search(input),
    'cases:create': (input) => cases.create(input),
    'cases:get': (input) => cases.get(input),
    'cases:update': (input) => cases.update(input),
    'cases:transition': (input) => cases.transition(input),
    'cases:dashboard': () => cases.dashboard(),
    'cases:numbering-get': () => cases.numbering(),
    'cases:numbering-update': (input) => cases.updateNumbering(input),
    'tasks:due-soon': (input) => cases.dueSoon(input),
    'people:list': (input) => people.list(input),
    'people:get': (input) => people.get(input),
    'people:upsert': (input) => people.upsert(input),
    'evidence:import': (input) => evidence.import(input),
    'evidence:view': (input) => evidence.view(input),
    'evidence:export': (input) => evidence.export(input),
    'documents:available': (input) => documents.available(input),
    'documents:check': (input) => documents.check(input),
    'documents:render': (input) => documents.render(input),
    'documents:save': (input) => documents.save(input),
    'documents:settings-get': () => documents.getSettings(),
    'documents:choose-logo': () => documents.chooseLogo(),
    'documents:settings-update': (input) => documents.updateSettings(input),
    'interviews:create': (input) => interviews.create(input),
    'interviews:get': (input) => interviews.get(input),
    'interviews:update': (input) => interviews.update(input),
    'interviews:reorder': (input) => interviews.reorder(input),
    'interviews:delete': (input) => interviews.delete(input),
    'interviews:apply-guide': (input) => interviews.applyGuide(input),
    'interviews:finalise': (input) => interviews.finalise(input),
    'interviews:add-addendum': (input) => interviews.addAddendum(input),
    'interviews:record-review': (input) => interviews.recordReview(input),
    'guides:list': () => guides.list(),
    'guides:save': (input) => guides.save(input),
    'guides:delete': (input) => guides.delete(input),
  };
}
