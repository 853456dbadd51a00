/**
 * Child process for the note-taking crash test (issue #5). Unlocks the vault the parent prepared,
 * then "types" an answer into one interview a character at a time at a fast typist's pace, saving
 * through the real services and dispatch with the renderer's draft-save policy, until the parent
 * kills it with SIGKILL. Prints `READY`, `T <length> <epoch ms>` per keystroke, `S <length> <ms>`
 * when a save starts and `A <length> <ms>` when main acknowledged it.
 *
 * argv: <vaultDir> <dataDir> <caseId> <interviewId> <seed>
 */
import { dispatch } from '../../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../../src/main/ipc/handlers';
import { systemClock } from '../../../../src/main/ports/clock';
import { createServices } from '../../../../src/main/services';
import { DraftSaveScheduler } from './draft-save-scheduler';
import { draftOf, type Interview } from '../../../../src/shared/domain/interview';
import { ScriptedDialogs } from '../../../harness/scripted-dialogs';
import { testPorts } from '../../../support/test-ports';
import { ANSWER_TEXT, TYPING_PASSPHRASE } from './typing-text';

const [vaultDir = '', dataDir = '', caseId = '', interviewId = '', seedText = '1'] =
  process.argv.slice(2);
let seed = Number(seedText) >>> 0 || 1;
function rand(n: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const services = await createServices(
    testPorts({ dataDirectory: dataDir, dialogs: new ScriptedDialogs(), clock: systemClock }),
  );
  const handlers = createHandlers(services);
  const call = async (channel: Parameters<typeof dispatch>[1], input?: unknown) => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as never;
  };
  await call('vault:open', { path: vaultDir });
  await call('vault:unlock', { passphrase: TYPING_PASSPHRASE });
  let base = ((await call('interviews:get', { caseId, interviewId })) as { interview: Interview })
    .interview;
  let typed = base.entries[0]?.answer.length ?? 0;

  const scheduler = new DraftSaveScheduler(
    async () => {
      const length = typed;
      const draft = draftOf(base);
      draft.entries[0] = { ...draft.entries[0]!, answer: ANSWER_TEXT.slice(0, length) };
      say(`S ${length} ${Date.now()}`);
      const saved = (await call('interviews:update', {
        caseId,
        interviewId,
        expectedRev: base.rev,
        draft,
      })) as { interview: Interview };
      base = saved.interview;
      say(`A ${length} ${Date.now()}`);
      return true;
    },
    {
      now: Date.now,
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (h) => clearTimeout(h as NodeJS.Timeout),
    },
  );
  say('READY');
  for (;;) {
    // 40–160 ms between keys, with an occasional thinking pause.
    await new Promise((r) => setTimeout(r, rand(10) === 0 ? 400 + rand(600) : 40 + rand(120)));
    if (typed >= ANSWER_TEXT.length) continue;
    typed += 1;
    say(`T ${typed} ${Date.now()}`);
    scheduler.edited();
  }
}

main().catch((error: unknown) => {
  say(`ERROR ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
