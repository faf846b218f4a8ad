// Global setup of the unit project: its temporary folders (fixtures, the git repositories tests make, what the CLI
// writes into them) go in a folder of their own on /dev/shm, a memory file system, when the machine has one; the
// folder is removed when the run ends. On this machine's disk (ext4 mounted with `discard`), overwriting or
// deleting a file costs some 2.7 ms each, and the suite overwrites and deletes many thousands; on /dev/shm, 0.02 ms.
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export default function setup(): (() => void) | undefined {
  const shm = '/dev/shm';
  try {
    accessSync(shm, constants.W_OK);
  } catch {
    return undefined;
  }
  const before = process.env.TMPDIR;
  const dir = mkdtempSync(join(shm, 'align-tests-'));
  // Read by os.tmpdir() in the test workers, which start after this and inherit it.
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
