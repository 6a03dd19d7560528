import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../kernel/paths';

/** A file of src/demo/data as text. */
export function readDemoText(name: string): string {
  return readFileSync(join(projectRoot(), 'src', 'demo', 'data', name), 'utf8');
}

/** A CSV of src/demo/data as objects by header (see the README there for provenance). */
export function readDemoCsv(name: string): Record<string, string>[] {
  return parse(readDemoText(name), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}
