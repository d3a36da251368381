/**
 * Never lose the journal, in the real browser: a database the browser deletes (as it does one it
 * finds corrupt) is noticed on the next open and restored from the automatic snapshot, and a
 * full disk refuses writes with its own message, leaving the journal intact across a restart.
 * The full-disk half needs root to mount a small tmpfs for the profile; elsewhere it is skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { hooks, openTab, readEntries, sendRequest, tabIdFor } from '../support/extension';
import { articlePage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';

let site: FixtureServer;
const sessions: ExtensionSession[] = [];

beforeAll(async () => {
  site = await serve((incoming) => {
    const path = new URL(incoming.url ?? '/', 'http://x').pathname;
    return { body: articlePage({ title: `Page ${path.slice(1)}`, marker: `Marker${path.slice(1).replace(/\W/g, '')}` }) };
  });
});

afterAll(async () => {
  for (const session of sessions) await session.close({ keepProfile: true }).catch(() => undefined);
  await site?.close();
});

async function start(userDataDir?: string): Promise<ExtensionSession> {
  const session = await launchExtension(userDataDir ? { userDataDir } : {});
  sessions.push(session);
  return session;
}

async function clip(session: ExtensionSession, page: string, path: string) {
  const url = `${site.origin}/${path}`;
  await openTab(session, url);
  const journal = await session.context.newPage();
  await journal.goto(session.url(page));
  const reply = await sendRequest(journal, { type: 'clip', mode: 'article', tabId: await tabIdFor(session, url) });
  await journal.close();
  return reply;
}

describe('a lost database', () => {
  it('is noticed when the journal opens, and restored from the newest snapshot', async () => {
    const first = await start();
    for (const path of ['one', 'two', 'three']) expect((await clip(first, 'journal.html', path)).ok).toBe(true);
    const snapshot = await hooks<{ entries: number; bytes: number }>(first, ['snapshot']);
    expect(snapshot.entries).toBe(3);
    const settings = await first.context.newPage();
    await settings.goto(first.url('journal.html#/settings?section=backup'));
    await expect.poll(() => settings.getByTestId('last-snapshot').textContent(), { timeout: 30_000 }).toContain('3 entries');
    await first.close({ keepProfile: true });

    // What the browser does with a database it finds corrupt: delete it, then open it empty.
    const idbFolder = join(first.userDataDir, 'Default', 'IndexedDB');
    for (const name of readdirSync(idbFolder)) rmSync(join(idbFolder, name), { recursive: true, force: true });

    const second = await start(first.userDataDir);
    const journal = await second.context.newPage();
    await journal.goto(second.url('journal.html'));
    const notice = journal.getByTestId('loss-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('3 entries');
    await notice.getByRole('button', { name: 'Restore this snapshot' }).click();
    await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toContain('Restored 3 entries');
    const titles = (await readEntries(journal)).map((entry) => entry.title).sort();
    expect(titles).toEqual(['Page one', 'Page three', 'Page two']);
  });

  it('a new install is not mistaken for a lost journal', async () => {
    const session = await start();
    const journal = await session.context.newPage();
    await journal.goto(session.url('journal.html'));
    // The check answered "new", and offered no restore.
    await journal.locator('[data-testid="journal-state"][data-state="new"]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await journal.getByTestId('loss-notice').count()).toBe(0);
  });
});

/** Mounts a tmpfs of `megabytes` as root; undefined where that is not allowed. */
function mountSmallDisk(megabytes: number): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const mountPoint = mkdtempSync(join(tmpdir(), 'commonplace-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', mountPoint], { stdio: 'ignore' });
    return mountPoint;
  } catch {
    rmSync(mountPoint, { recursive: true, force: true });
    return undefined;
  }
}

const smallDisk = mountSmallDisk(300);

describe.skipIf(!smallDisk)('a full disk (needs root to mount a tmpfs for the profile)', () => {
  afterAll(() => {
    if (!smallDisk) return;
    execFileSync('umount', ['-l', smallDisk], { stdio: 'ignore' });
    rmSync(smallDisk, { recursive: true, force: true });
  });

  it('refuses a clip with the disk-full message, and the journal survives the restart intact', async () => {
    const disk = smallDisk as string;
    const profile = join(disk, 'profile');
    mkdirSync(profile);
    const first = await start(profile);
    for (const path of ['a', 'b']) expect((await clip(first, 'popup.html', path)).ok).toBe(true);
    const journal = await first.context.newPage();
    await journal.goto(first.url('journal.html'));
    const before = await readEntries(journal);
    expect(before).toHaveLength(2);

    // Fill the disk to the last byte, then leave a little room: the worst case for a write.
    const filler = join(disk, 'filler');
    execFileSync('sh', ['-c', `dd if=/dev/zero of=${filler} bs=1M 2>/dev/null; truncate -s -4M ${filler}`]);
    const refused = await clip(first, 'popup.html', 'c');
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    await journal.reload();
    await expect.poll(() => journal.getByTestId('disk-notice').textContent(), { timeout: 30_000 }).toContain('disk is full');
    const note = await sendRequest(journal, { type: 'note/create', text: 'A thought', aboutPage: false });
    expect(note).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(await readEntries(journal)).toEqual(before);

    // Free the space: the next request works without a restart.
    rmSync(filler);
    await expect.poll(async () => (await clip(first, 'popup.html', 'd')).ok, { timeout: 30_000, interval: 1_000 }).toBe(true);
    await first.close({ keepProfile: true });

    const second = await start(profile);
    const reopened = await second.context.newPage();
    await reopened.goto(second.url('journal.html'));
    const after = await readEntries(reopened);
    expect(after.map((entry) => entry.title).sort()).toEqual(['Page a', 'Page b', 'Page d']);
    await reopened.locator('[data-testid="journal-state"][data-state="intact"]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await reopened.getByTestId('loss-notice').count()).toBe(0);
  });
});
