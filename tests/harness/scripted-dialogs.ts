import type { Dialogs } from '../../src/main/ports/dialogs';

export type DialogAnswer =
  | { kind: 'directory'; path: string | null }
  | { kind: 'open'; paths: string[] }
  | { kind: 'save'; path: string | null };

/**
 * Dialogs answered from a queue the test scripted (POST /__test/dialogs). A dialog with no scripted
 * answer, or with an answer of the wrong kind, fails loudly so a test can't pass by accident.
 */
export class ScriptedDialogs implements Dialogs {
  private readonly queue: DialogAnswer[] = [];

  push(answer: DialogAnswer): void {
    this.queue.push(answer);
  }

  get pending(): number {
    return this.queue.length;
  }

  private take<K extends DialogAnswer['kind']>(kind: K): Extract<DialogAnswer, { kind: K }> {
    const next = this.queue.shift();
    if (!next) throw new Error(`harness: a ${kind} dialog opened but no answer was scripted`);
    if (next.kind !== kind)
      throw new Error(`harness: a ${kind} dialog opened, scripted ${next.kind}`);
    return next as Extract<DialogAnswer, { kind: K }>;
  }

  async chooseDirectory(): Promise<string | null> {
    return this.take('directory').path;
  }

  async chooseFilesToOpen(): Promise<string[]> {
    return this.take('open').paths;
  }

  async chooseSavePath(): Promise<string | null> {
    return this.take('save').path;
  }
}
