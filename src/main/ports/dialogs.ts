/** OS file dialogs. Electron shows real ones; the harness answers from a queue the test scripted. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  /** Resolves to the chosen directory, or null when the user cancelled. */
  chooseDirectory(options: { title: string; create?: boolean }): Promise<string | null>;
  /** Resolves to the chosen file paths, or an empty array when the user cancelled. */
  chooseFilesToOpen(options: {
    title: string;
    filters?: FileFilter[];
    multiple?: boolean;
  }): Promise<string[]>;
  /** Resolves to the chosen save path, or null when the user cancelled. */
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    filters?: FileFilter[];
  }): Promise<string | null>;
}
