/** Conventions from CONTRIBUTING.md, enforced so they survive the next change. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageRequestSchema } from '../../messaging/protocol';
import messages from '../../public/_locales/en/messages.json';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['domain', 'storage', 'messaging', 'extraction', 'components', 'entrypoints'];

function filesUnder(dir: string): string[] {
  const full = join(ROOT, dir);
  return readdirSync(full).flatMap((name) => {
    const path = join(full, name);
    return statSync(path).isDirectory() ? filesUnder(relative(ROOT, path)) : [relative(ROOT, path)];
  });
}

const sources = SOURCE_DIRS.flatMap(filesUnder).filter((file) => /\.(ts|tsx)$/.test(file));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const importsOf = (file: string) => [...read(file).matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');

describe('layout', () => {
  it.each(sources.filter((file) => file.startsWith('domain/')))('%s is pure', (file) => {
    for (const specifier of importsOf(file)) expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/[\w-]+$/);
    expect(read(file)).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random\(|performance\.now\(/);
  });

  it.each(sources.filter((file) => file.startsWith('storage/') || file.startsWith('messaging/')))(
    '%s does not depend on pages or the background',
    (file) => {
      for (const specifier of importsOf(file)) expect(specifier).not.toMatch(/entrypoints|components|preact/);
    },
  );

  it.each(sources)('%s stays under 400 lines', (file) => {
    expect(read(file).split('\n').length).toBeLessThanOrEqual(400);
  });
});

describe('messages', () => {
  const requestTypes = PageRequestSchema.options.map((option) => option.shape.type.value);
  const tests = filesUnder('tests/unit').map(read).join('\n');

  it.each(requestTypes)('request type %s has a unit test', (type) => {
    expect(tests).toContain(`'${type}'`);
  });

  it('every locale message has a valid name and text', () => {
    for (const [name, entry] of Object.entries(messages as Record<string, { message: string }>)) {
      expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim()).not.toBe('');
    }
  });
});
