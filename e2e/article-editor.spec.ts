import { copyFromPage } from './fixtures/copy-from-page.ts';
import { expect, test } from './pages/article-editor.ts';
import { expectNoSeriousViolations } from './accessibility.ts';

/** How often `needle` occurs in `text`. */
function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

test.describe('the article editor', () => {
  test('fixes article 2’s headline; it is saved, corrected and still there after a reload', async ({
    articleEditor,
    page,
  }, testInfo) => {
    await articleEditor.openSampleArticle(23);
    await expect(articleEditor.position()).toHaveText('Item 2 of 9');
    await expect(articleEditor.headline).toHaveValue('韦韬带队走访省直有关部门并举行工作会谈');
    await expect(articleEditor.statusBadge()).toHaveText('Detected');
    await expect(articleEditor.saveStatus).toHaveText(/^Saved/);

    // The headline was printed on two lines: the copy editor restores the break as a space.
    await articleEditor.headline.click();
    await articleEditor.headline.press('End');
    for (let step = 0; step < '并举行工作会谈'.length; step += 1) {
      await articleEditor.headline.press('ArrowLeft');
    }
    await articleEditor.headline.pressSequentially(' ');
    await expect(articleEditor.saveStatus).toHaveText(/^(Unsaved changes|Saving…)/);
    // Spaces are not counted: still nineteen characters.
    await expect(page.getByText('19 chars')).toBeVisible();
    await articleEditor.waitUntilSaved();
    await expect(articleEditor.statusBadge()).toHaveText('Corrected');

    await expectNoSeriousViolations(page);
    await page.screenshot({ path: testInfo.outputPath('article-editor.png'), fullPage: true });

    await page.reload();
    await expect(articleEditor.headline).toHaveValue('韦韬带队走访省直有关部门 并举行工作会谈');
    await expect(articleEditor.statusBadge()).toHaveText('Corrected');
    await expect(articleEditor.saveStatus).toHaveText(/^Saved/);

    // Approved is shown once the approval is stored, and stays.
    await articleEditor.approveButton.click();
    await expect(articleEditor.statusBadge()).toHaveText('Approved');
    await expect(articleEditor.approveButton).toBeDisabled();
    await page.reload();
    await expect(articleEditor.statusBadge()).toHaveText('Approved');
  });

  test('applies the 阴性阴性 suggestion from its popover, and keeps it over a reload', async ({
    articleEditor,
    page,
  }) => {
    await articleEditor.openSampleArticle(38);
    const mark = articleEditor.flagMark('阴性阴性');
    await expect(mark, 'the proofreading engine flags 阴性阴性 on line 44').toBeVisible();
    await expect(articleEditor.tab('Flags')).toContainText(/\d/);

    // F8 from the body goes to the flag and opens its popover with Apply focused.
    await articleEditor.body.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    const popover = articleEditor.flagPopover();
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('阴性阴性');
    await expect(popover.getByRole('button', { name: 'Apply', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();

    // A click on the marked text opens it too.
    await mark.click();
    await expect(popover).toBeVisible();
    await popover.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(popover).toBeHidden();
    await expect(mark).toHaveCount(0);
    const text = await articleEditor.bodyText();
    expect(text).toContain('核酸检测阴性证明');
    expect(text).not.toContain('阴性阴性');

    // Undo brings the text and its flag back; redo applies it again.
    await page.keyboard.press('Control+z');
    await expect(articleEditor.flagMark('阴性阴性')).toBeVisible();
    await page.keyboard.press('Control+y');
    await expect(articleEditor.flagMark('阴性阴性')).toHaveCount(0);

    await articleEditor.waitUntilSaved();
    await expect(articleEditor.statusBadge()).toHaveText('Corrected');
    await page.reload();
    await expect(articleEditor.body).toContainText('核酸检测阴性证明');
    await expect(articleEditor.flagMark('阴性阴性')).toHaveCount(0);
    await articleEditor.tab('Flags').click();
    await articleEditor.panel.getByText(/Applied and dismissed/).click();
    await expect(articleEditor.panel).toContainText('applied');
  });

  test('takes Chinese typed through an input method once, and saves it', async ({
    articleEditor,
    page,
  }) => {
    await articleEditor.openSampleArticle(23);
    const before = await articleEditor.bodyText();
    await articleEditor.caretAtEndOfBlock(0);

    // The person types "zhong wen" in a pinyin input method and picks 中文.
    const cdp = await page.context().newCDPSession(page);
    for (const step of ['z', 'zh', 'zhong', 'zhong w', 'zhong wen']) {
      await cdp.send('Input.imeSetComposition', {
        text: step,
        selectionStart: step.length,
        selectionEnd: step.length,
      });
    }
    await cdp.send('Input.insertText', { text: '中文' });
    // And a second word right after it.
    await cdp.send('Input.imeSetComposition', {
      text: 'zhong',
      selectionStart: 5,
      selectionEnd: 5,
    });
    await cdp.send('Input.insertText', { text: '中' });

    await expect.poll(() => articleEditor.bodyText()).toContain('参加。中文中');
    const after = await articleEditor.bodyText();
    expect(occurrences(after, '中文中')).toBe(1);
    expect(after).not.toContain('zhong');
    expect(occurrences(after, '中')).toBe(occurrences(before, '中') + 2);
    expect(occurrences(after, '文')).toBe(occurrences(before, '文') + 1);

    await articleEditor.waitUntilSaved();
    await page.reload();
    await expect(articleEditor.body).toContainText('参加。中文中');
    expect(await articleEditor.bodyText()).toBe(after);
  });

  test('keeps an edit made just before a reload, before the autosave ran', async ({
    articleEditor,
    page,
  }) => {
    await articleEditor.openSampleArticle(23);
    await articleEditor.caretAtEndOfBlock(1);
    await page.keyboard.insertText('（完）');
    // No wait for the save: the reload comes inside the autosave's delay.
    await page.reload();
    await expect(articleEditor.body).toContainText('广泛共识。（完）');
    await articleEditor.waitUntilSaved();
    await page.reload();
    await expect(articleEditor.body).toContainText('广泛共识。（完）');
  });

  test('pastes plain text only: HTML and Slate fragments cannot bring in links or scripts', async ({
    articleEditor,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await articleEditor.openSampleArticle(23);
    const fragment = btoa(
      encodeURIComponent(
        JSON.stringify([
          { type: 'link', url: 'javascript:alert(1)', children: [{ text: 'evil link' }] },
        ]),
      ),
    );

    // A real paste: a page the person copied from put HTML carrying a Slate fragment on the clipboard.
    await copyFromPage(context, {
      html: `<a href="javascript:alert(1)" data-slate-fragment="${fragment}">evil link</a><img src=x onerror="window.pwned = 1">`,
      text: '第一段粘贴\n\n第二段粘贴',
    });
    await page.bringToFront();
    await articleEditor.caretAtEndOfBlock(0);
    await page.keyboard.press('Control+v');
    await expect(articleEditor.body).toContainText('第二段粘贴');

    // The same through the input event a browser sends, with the Slate fragment type itself.
    await articleEditor.caretAtEndOfBlock(2);
    await articleEditor.body.evaluate((element, encoded) => {
      const data = new DataTransfer();
      data.setData('application/x-slate-fragment', encoded);
      data.setData(
        'text/html',
        `<a href="javascript:alert(1)" data-slate-fragment="${encoded}">evil link</a>`,
      );
      data.setData('text/plain', '第三段粘贴');
      element.dispatchEvent(
        new InputEvent('beforeinput', {
          inputType: 'insertFromPaste',
          dataTransfer: data,
          bubbles: true,
          cancelable: true,
        }),
      );
    }, fragment);
    await expect(articleEditor.body).toContainText('第三段粘贴');

    const text = await articleEditor.bodyText();
    expect(text).toContain('参加。第一段粘贴\n第二段粘贴\n');
    expect(text).toContain('广泛共识。第三段粘贴');
    expect(text).not.toContain('evil');
    await expect(articleEditor.body.locator('a, script, img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });

  test('goes between articles with the keyboard and never takes the editor’s own keys', async ({
    articleEditor,
    page,
  }) => {
    await articleEditor.openSampleArticle(23);
    await articleEditor.caretAtEndOfBlock(0);
    await page.keyboard.insertText('XY');
    await expect(articleEditor.body).toContainText('参加。XY');
    // Undo is the editor's, even with the shortcut registry listening.
    await page.keyboard.press('Control+z');
    await expect(articleEditor.body).not.toContainText('参加。XY');
    // Inside the editor, ] is just a character.
    await page.keyboard.press(']');
    await expect(articleEditor.body).toContainText('参加。]');
    // Ctrl+S saves now.
    await page.keyboard.press('Control+s');
    await articleEditor.waitUntilSaved();

    // Outside the editor, ] and [ go to the next and previous item.
    await articleEditor.headline.focus();
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(']');
    await expect(articleEditor.position()).toHaveText('Item 3 of 9');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(articleEditor.position()).toHaveText('Item 2 of 9');
    await expect(articleEditor.body).toContainText('参加。]');
  });
});
