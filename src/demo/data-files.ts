import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../kernel/paths';

/** A CSV of src/demo/data as objects by header (see the README there for provenance). */
export function readDemoCsv(name: string): Record<string, string>[] {
  const text = readFileSync(join(projectRoot(), 'src', 'demo', 'data', name), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}
