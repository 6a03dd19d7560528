import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir } from './data-dir-lock';

const dirs: string[] = [];
function freshDir() {
  const dir = mkdtempSync(join(tmpdir(), 'samrad-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the data-directory lock', () => {
  it('is taken with our pid and released', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'samrad.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'samrad.lock'))).toBe(false);
  });

  it('refuses a second holder while the first process lives, naming it', () => {
    const dir = freshDir();
    // The parent process (vitest's main process) is alive and is not us.
    writeFileSync(join(dir, 'samrad.lock'), String(process.ppid));
    const error = (() => {
      try {
        lockDataDir(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataDirInUse);
    expect((error as Error).message).toContain(`er i bruk av en annen Samråd-prosess (pid ${process.ppid})`);
  });

  it('takes over the lock of a process that is gone', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'samrad.lock'), '2147483646');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'samrad.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
