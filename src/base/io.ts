/**
 * What a command may touch of the process it runs in, passed in rather than
 * read from globals, so tests run commands in-process with their own folder,
 * environment, streams and stop signal.
 */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** The user's stop (a signal, a closed output pipe). */
  signal: AbortSignal;
}

/** Environment variables as a command sees them (`Io.env`, or a test's own). */
export type Env = Record<string, string | undefined>;
