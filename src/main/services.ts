import type { AppInfo } from '../shared/ipc/contract';
import { CaseService } from './cases/case-service';
import { EvidenceService } from './cases/evidence-service';
import { PeopleService } from './cases/people-service';
import { CaseWorkspaces } from './cases/workspace';
import { CloseCoordinator } from './close-coordinator';
import { DocumentService } from './documents/document-service';
import { GuideService } from './interviews/guide-service';
import { InterviewService } from './interviews/interview-service';
import { AppError } from './ipc/app-error';
import { EventBus } from './ipc/event-bus';
import { PreferencesStore } from './preferences/preferences-store';
import type { Clock } from './ports/clock';
import type { Dialogs } from './ports/dialogs';
import type { FsPort } from './storage/fs-port';
import { nodeFs } from './storage/fs-port';
import type { TimerPort } from './vault-session/idle-timer';
import type { VaultDataFactory } from './vault-session/vault-data';
import { VaultSession, type EmergencyKitInput } from './vault-session/vault-session';
import { RecentVaults } from './vault-registry/recent-vaults';
import { calibrateArgon2 } from './vault/kdf-calibrate';
import { WorkerKdfRunner, type KdfRunner } from './vault/kdf';
import { PRODUCTION_KDF_POLICY, type KdfPolicy } from './vault/kdf-policy';
import type { Argon2Settings } from './vault/keyslots';

export interface VaultCrypto {
  runner: KdfRunner;
  policy: KdfPolicy;
  argon2ForNewVault: () => Promise<Argon2Settings>;
}

/** Production key derivation: Argon2id in a worker, parameters calibrated on this machine. */
export function productionVaultCrypto(): VaultCrypto {
  const runner = new WorkerKdfRunner();
  return {
    runner,
    policy: PRODUCTION_KDF_POLICY,
    argon2ForNewVault: async () => {
      const { m, t, p } = await calibrateArgon2({ runner });
      return { m, t, p };
    },
  };
}

/** Everything the services need from the outside world; Electron, the harness and the CLI each supply one. */
export interface Ports {
  dataDirectory: string;
  runtime: AppInfo['runtime'];
  version: string;
  platform: string;
  clock: Clock;
  dialogs: Dialogs;
  vaultData: VaultDataFactory;
  renderEmergencyKit: (input: EmergencyKitInput) => Promise<Buffer>;
  vaultCrypto?: VaultCrypto;
  timers?: TimerPort;
  fs?: FsPort;
}

export interface Services {
  ports: Ports;
  events: EventBus;
  preferences: PreferencesStore;
  vault: VaultSession;
  cases: CaseService;
  people: PeopleService;
  evidence: EvidenceService;
  documents: DocumentService;
  interviews: InterviewService;
  guides: GuideService;
  /** Decrypted state of the case layer (search index, people cache); dropped on every lock. */
  workspaces: CaseWorkspaces;
  /** Where the window's close sequence waits for the renderer's app:ready-to-close. */
  closeCoordinator: CloseCoordinator;
}

export async function createServices(ports: Ports): Promise<Services> {
  const fs = ports.fs ?? nodeFs;
  const events = new EventBus();
  const preferences = await PreferencesStore.open(ports.dataDirectory, fs);
  const crypto = ports.vaultCrypto ?? productionVaultCrypto();
  const vault = new VaultSession({
    registry: await RecentVaults.open(ports.dataDirectory, fs),
    dialogs: ports.dialogs,
    clock: ports.clock,
    events,
    kdf: { runner: crypto.runner, policy: crypto.policy },
    argon2ForNewVault: crypto.argon2ForNewVault,
    data: ports.vaultData,
    idleMinutes: () => preferences.get().idleLockMinutes,
    renderEmergencyKit: ports.renderEmergencyKit,
    ...(ports.timers ? { timers: ports.timers } : {}),
  });
  const workspaces = new CaseWorkspaces(() => {
    const access = vault.requireData().cases;
    if (!access) throw new AppError('Internal', 'This vault has no case store.');
    return access;
  });
  const documents = new DocumentService(workspaces, ports.clock, ports.dialogs);
  const cases = new CaseService(workspaces, ports.clock);
  const guides = new GuideService(workspaces);
  // Build the search index in the background as soon as a vault unlocks; forget it on lock.
  events.subscribe((event, payload) => {
    if (event === 'vault:locked') {
      workspaces.drop();
      documents.drop();
    }
    if (event === 'vault:status-changed') {
      const state = (payload as { state: string }).state;
      if (state === 'unlocked') {
        try {
          workspaces.open();
        } catch {
          // A fake data side (session tests) has no case store: nothing to build.
        }
      } else {
        workspaces.drop();
        documents.drop();
      }
    }
  });
  return {
    ports,
    events,
    preferences,
    vault,
    workspaces,
    closeCoordinator: new CloseCoordinator(),
    cases,
    people: new PeopleService(workspaces, ports.clock),
    evidence: new EvidenceService(workspaces, ports.clock, ports.dialogs),
    documents,
    interviews: new InterviewService(workspaces, cases, guides, ports.clock),
    guides,
  };
}
