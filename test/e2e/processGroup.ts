/**
 * Child processes the suite starts in their own process group (setsid through `detached`), so stopping one stops
 * everything it spawned (code-server's extension host, the language server, file watchers), by the group's id only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface StartedGroup {
  readonly pid: number;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once no process of the group is left. */
  stop(graceMs?: number): Promise<void>;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

export function startGroup(
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; logFile: string },
): StartedGroup {
  const log = createWriteStream(options.logFile);
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });
  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 5000): Promise<void> => {
    stopping ??= (async () => {
      if (groupAlive(pid)) {
        try {
          process.kill(-pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
        if (!(await waitUntil(() => !groupAlive(pid), graceMs))) {
          try {
            process.kill(-pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
          await waitUntil(() => !groupAlive(pid), 5000);
        }
      }
      log.end();
    })();
    return stopping;
  };
  return { pid, child, exited, stop };
}

/** Runs a command to completion (its own group too), with its output in `logFile`; rejects on a non-zero exit. */
export async function runToCompletion(
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; logFile: string; timeoutMs: number },
): Promise<void> {
  const group = startGroup(command, args, options);
  const timer = setTimeout(() => void group.stop(1000), options.timeoutMs);
  const code = await group.exited;
  clearTimeout(timer);
  await group.stop(1000);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}; see ${options.logFile}`);
}

export { groupAlive };
