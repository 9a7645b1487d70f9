// File reads and writes for the CLI and the action, with errors that name the file.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(e);
    throw new Error(`reading ${what} ${path}: ${why}`);
  }
}

/** Write atomically (temp file + rename) so a reader never sees half a config. */
export async function writeTextAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path) || '.', { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}
