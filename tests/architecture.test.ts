import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVerb } from '../src/kernel/verb';

/**
 * The architecture's rules as tests, not prose: adapters (pages, API, CLI) reach data only
 * through verbs and queries; the domain knows nothing of HTTP or pages; every verb is made by
 * defineVerb (which rolls back a verb that writes no audit row) and audits; nothing else in the
 * domain writes, but for a short list of helpers with their reasons.
 */
const root = resolve(import.meta.dirname, '..');

function files(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir))) {
    const path = join(dir, entry);
    if (statSync(join(root, path)).isDirectory()) out.push(...files(path, pattern));
    else if (pattern.test(entry)) out.push(path);
  }
  return out;
}

/** Every module a file imports, as paths relative to the project root (packages as they are). */
function imports(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  const specifiers = [
    ...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? '');
  return specifiers.map((s) => (s.startsWith('.') ? relative(root, resolve(root, dirname(file), s)) : s));
}

const SOURCE = /\.(ts|tsx)$/;
const notTest = (f: string) => !/\.test\.tsx?$/.test(f);

describe('layers', () => {
  // The hosts open the database for everyone else; they are not adapters.
  const HOSTS = ['src/cli/host.ts'];
  const adapters = [
    ...files('app', SOURCE),
    ...files('src/http/api', SOURCE),
    ...files('src/cli', SOURCE).filter((f) => !HOSTS.includes(f)),
  ].filter(notTest);

  it('finds the adapters it guards', () => {
    expect(adapters).toEqual(
      expect.arrayContaining(['app/root.tsx', 'src/http/api/v1/users.ts', 'src/cli/user.ts']),
    );
  });

  it.each(adapters)('%s does not import src/db', (file) => {
    expect(imports(file).filter((i) => i === 'src/db' || i.startsWith('src/db/'))).toEqual([]);
  });

  it.each(files('src/domain', SOURCE).filter(notTest))(
    '%s does not import the HTTP host or the pages',
    (file) => {
      expect(
        imports(file).filter(
          (i) => i.startsWith('src/http') || i.startsWith('app/') || i.startsWith('react'),
        ),
      ).toEqual([]);
    },
  );
});

describe('verbs', () => {
  const domainFiles = files('src/domain', SOURCE).filter(notTest);
  const source = (file: string) => readFileSync(join(root, file), 'utf8');
  const verbFiles = domainFiles.filter((f) => source(f).includes('defineVerb('));

  /** Files that write without being verbs, each with the reason it may. */
  const WRITERS_THAT_ARE_NOT_VERBS: Record<string, string> = {
    'src/domain/accounts/sessions.ts': 'starts sessions inside login verbs; touches last-seen as bookkeeping',
    'src/domain/settings/save-settings.ts':
      'a helper the settings verbs call inside their transaction; it audits',
    'src/domain/mail/delivery.ts':
      'delivery bookkeeping of the outbox (sent, failed), not a change anyone made',
    'src/domain/mail/enqueue.ts':
      'puts mail in the outbox inside the verb that causes it (refuses outside a transaction)',
    'src/domain/programme/ordering.ts':
      'renumbers positions inside the programme verbs that reorder (refuses outside a transaction); they audit',
    'src/domain/knowledge/store-observations.ts':
      'upserts indicators and values inside the import verbs (importStatistics, recordPopulation); they audit',
    'src/domain/budget/rules.ts':
      'locks a draft budget and bumps its version inside the line verbs, so an adoption on a stale reading conflicts; they audit',
    'src/domain/events/rules.ts':
      'moves the waiting list up inside the verbs that free or add seats (cancel, more seats); they audit',
    'src/domain/cycle/record-milestone.ts':
      'marks a milestone done inside the verb of another area that did the work (adopting the programme); it audits',
  };

  it('finds the verb files', () => {
    expect(verbFiles).toContain(join('src', 'domain', 'accounts', 'add-user.ts'));
  });

  it('has no other domain module that writes to the database', () => {
    const writers = domainFiles.filter(
      (f) =>
        !verbFiles.includes(f) &&
        /\bdb\s*\.\s*(insert|update|delete)\(|\b(update|delete)Versioned\(/.test(source(f)),
    );
    expect(writers.sort()).toEqual(Object.keys(WRITERS_THAT_ARE_NOT_VERBS).sort());
  });

  it.each(verbFiles)(
    '%s exports only verbs made by defineVerb, named after their area, that audit',
    async (file) => {
      const module = (await import(join(root, file))) as Record<string, unknown>;
      const functions = Object.entries(module).filter(([, value]) => typeof value === 'function');
      const verbs = functions.filter(([, value]) => isVerb(value));
      expect(verbs.length).toBeGreaterThan(0);
      expect(functions.map(([name]) => name)).toEqual(verbs.map(([name]) => name));
      const area = file.split('/')[2];
      for (const [, verb] of verbs) {
        expect((verb as { [k: symbol]: string })[Symbol.for('samrad.verb')]).toMatch(
          new RegExp(`^${area}\\.`),
        );
      }
      // It writes its audit row itself, or through a helper of its own area (saveSettings, …).
      const own = [file, ...imports(file).filter((i) => i.startsWith(dirname(file)))];
      const texts = own.map((f) => source(f.endsWith('.ts') ? f : `${f}.ts`));
      expect(texts.some((text) => /\baudit\(ctx,/.test(text))).toBe(true);
    },
  );
});
