// The headless `npm start` walk after the captures (scripts/start.mjs): a sprint and the week's
// summary in the popup, the weekly report, a reflection, sharing with a manager, the manager's
// team view of that share, and a backup of the journal. Each flow leaves screenshots behind.

/**
 * @param {object} demo what start.mjs set up: `flow`, `shoot`, `shootWhenShown`, `label`,
 *   `extensionUrl`, the `popup` page (popup-sized), the `journal` page and the article's `tabId`.
 */
export async function walkMoreFlows({ flow, shoot, shootWhenShown, label, extensionUrl, popup, journal, tabId }) {
  const button = (page, key) => page.getByRole('button', { name: label(key), exact: true });

  await flow('start a learning sprint from the popup, stop it and reflect', async () => {
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.goto(extensionUrl(`popup.html?tabId=${tabId}`));
    const panel = popup.getByRole('region', { name: label('sprintHeading') });
    await button(panel, 'sprintStart').click();
    await shootWhenShown(popup, 'popup-sprint', panel.getByRole('timer'), { fullPage: true });
    await button(panel, 'sprintStop').click();
    await panel.getByLabel(label('sprintLearnedLabel')).fill('Fifteen minutes twice a week beats one long session.');
    await button(panel, 'sprintSaveReflection').click();
    await button(panel, 'sprintStart').waitFor();
  });

  await flow('the popup while writing a quick note', async () => {
    await button(popup, 'popupWriteNote').click();
    await popup.getByLabel(label('popupQuickNote')).fill("Bring the 15-minute idea to Thursday's retro.");
    await shoot(popup, 'popup-note', { fullPage: true });
    await button(popup, 'popupCancel').click();
  });

  await flow("the popup's week summary counts this week's captures", async () => {
    const captures = popup
      .locator('.summary-stats div')
      .filter({ hasText: label('summaryCaptures') })
      .locator('.stat-value');
    await captures.waitFor();
    const count = Number(await captures.textContent());
    if (count !== 4) throw new Error(`it says ${count} captures, not 4`);
    await shoot(popup, 'popup-summary', { fullPage: true });
  });

  await journal.setViewportSize({ width: 1280, height: 900 });
  await flow('the weekly report shows the week', async () => {
    await journal.goto(extensionUrl('report.html'));
    await shootWhenShown(journal, 'report', journal.getByRole('heading', { level: 1 }), { fullPage: true });
  });

  let shareFile;
  await flow('share with a manager: preview, name, save the share file', async () => {
    await journal.goto(extensionUrl('journal.html#/share'));
    await journal.getByLabel(label('shareKindNotes')).check();
    await button(journal, 'shareSave').click();
    await journal.getByLabel(label('shareNameLabel')).fill('Alex Demo');
    await button(journal, 'shareNameSave').click();
    const [download] = await Promise.all([journal.waitForEvent('download'), button(journal, 'shareSave').click()]);
    shareFile = await download.path();
    await shoot(journal, 'share', { fullPage: true });
  });

  await flow("the manager's team view shows the share, labelled self-reported", async () => {
    if (!shareFile) throw new Error('no share file was saved');
    await journal.goto(extensionUrl('journal.html#/team'));
    await journal.getByLabel(label('teamImportLabel')).setInputFiles(shareFile);
    await journal.getByRole('link', { name: 'Alex Demo' }).click();
    await shootWhenShown(journal, 'team-person', journal.getByRole('heading', { level: 1, name: 'Alex Demo' }), { fullPage: true });
    if (!/self-reported/i.test((await journal.locator('main').textContent()) ?? '')) throw new Error('no "self-reported" label');
  });

  await flow('back up the whole journal from Settings', async () => {
    await journal.goto(extensionUrl('journal.html#/settings'));
    const [download] = await Promise.all([journal.waitForEvent('download'), button(journal, 'backupExport').click()]);
    if (!/^commonplace-journal-\d{4}-\d{2}-\d{2}\.json$/.test(download.suggestedFilename()))
      throw new Error(`the backup was named ${download.suggestedFilename()}`);
    await shoot(journal, 'settings', { fullPage: true });
  });
}
