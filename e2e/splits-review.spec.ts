import { expect, test } from './pages/splits-review.ts';
import { expectNoSeriousViolations } from './accessibility.ts';

const PHOTO = /^6\. 9月20日，清徐县徐沟镇清德铺村/;

test.describe('the split review', () => {
  test('shows the sample’s nine items, doubtful first, with their reasons', async ({
    splitsReview,
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await splitsReview.openSampleFromLibrary();

    // Ten splits: six articles, two teasers, one photo, and the slogan printed across a column.
    await expect(splitsReview.queueEntries).toHaveCount(10);
    await expect(
      splitsReview.queue.getByRole('button', { name: /, (Article|Teaser|Photo),/ }),
    ).toHaveCount(9);
    await expect(splitsReview.queue.getByRole('button', { name: /, Article,/ })).toHaveCount(6);
    await expect(splitsReview.queue.getByRole('button', { name: /, Teaser,/ })).toHaveCount(2);
    await expect(splitsReview.queue.getByRole('button', { name: /, Photo,/ })).toHaveCount(1);
    // Least confident first: the slogan (70%) heads the queue.
    await expect(splitsReview.queueEntries.first()).toContainText('70%');
    await expect(splitsReview.progress).toHaveText('0 of 10 decided');

    const first = splitsReview.split(1, 'Article');
    await expect(first).toContainText('headline group opens line 3');
    await expect(first).toContainText('97%');
    await expect(splitsReview.status(first)).toHaveText('Detected');
    await expect(
      splitsReview.preview.getByRole('heading', { name: '市委常委会召开会议' }),
    ).toBeVisible();
    await expect(splitsReview.preview).toContainText('殷雪鸢、梁涛');

    // n jumps to the least confident undecided split.
    await page.keyboard.press('n');
    await expect(splitsReview.split(8, 'Furniture')).toBeVisible();
    await expect(splitsReview.details).toContainText('slogan printed across the column');

    await expectNoSeriousViolations(page);
    await page.screenshot({ path: testInfo.outputPath('split-review.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: testInfo.outputPath('split-review-dark.png') });
  });

  test('moves, accepts, merges and undoes splits, and keeps them over a reload', async ({
    splitsReview,
    page,
  }) => {
    // A long journey of saves; give it room on a busy machine.
    test.slow();
    await splitsReview.openSampleFromLibrary();

    // Move the photo's start a line down, and back up with the keyboard.
    await splitsReview.pick(PHOTO);
    const photo = splitsReview.split(6, 'Photo');
    await expect(photo).toHaveAccessibleName('Split 6: Photo, lines 58–60');
    await splitsReview.action(photo, 'Move start down').click();
    await expect(photo).toHaveAccessibleName('Split 6: Photo, line 60');
    await expect(splitsReview.split(5, 'Teaser')).toHaveAccessibleName(
      'Split 5: Teaser, lines 52–58',
    );
    await expect(splitsReview.saveStatus).toHaveText('Saved');
    await page.keyboard.press('Alt+ArrowUp');
    await expect(photo).toHaveAccessibleName('Split 6: Photo, lines 58–60');
    await expect(splitsReview.notice).toHaveText('Split 6 now starts on line 58.');
    await expect(splitsReview.saveStatus).toHaveText('Saved');

    // Accept the first split with its button.
    await splitsReview.pick(/^1\. 市委常委会召开会议/);
    const first = splitsReview.split(1, 'Article');
    await splitsReview.action(first, 'Accept').click();
    await expect(splitsReview.status(first)).toHaveText('Confirmed');
    await expect(splitsReview.progress).toHaveText('1 of 10 decided');

    // Reject the third split (merge it into the second), then undo.
    await splitsReview.pick(/^3\. 退役军人招聘会/);
    await page.keyboard.press('r');
    await expect(splitsReview.split(2, 'Article')).toHaveAccessibleName(
      'Split 2: Article, lines 23–46',
    );
    await expect(splitsReview.queueEntries).toHaveCount(9);
    await expect(splitsReview.saveStatus).toHaveText('Saved');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(splitsReview.notice).toHaveText('Undone: merge split 3.');
    await expect(splitsReview.queueEntries).toHaveCount(10);
    await expect(splitsReview.split(3, 'Article')).toHaveAccessibleName(
      'Split 3: Article, lines 38–46',
    );
    await expect(splitsReview.saveStatus).toHaveText('Saved');

    // Split the seventh article at its crosshead on line 84, with the line cursor and s.
    await splitsReview.pick(/^7\. 彰显道德力量/);
    await splitsReview.moveCursorTo(84);
    await page.keyboard.press('s');
    await expect(splitsReview.notice).toHaveText('New item from line 84.');
    await expect(splitsReview.split(9, 'Article')).toHaveAccessibleName(
      'Split 9: Article, lines 84–90',
    );
    await expect(splitsReview.preview).toContainText('张慧');
    await expect(splitsReview.saveStatus).toHaveText('Saved');

    // Accept everything still undecided.
    await splitsReview.tool('Accept all remaining').click();
    await expect(splitsReview.progress).toHaveText('11 of 11 decided');
    await expect(splitsReview.saveStatus).toHaveText('Saved');

    await page.reload();
    await splitsReview.heading.waitFor();
    await expect(splitsReview.progress).toHaveText('11 of 11 decided');
    await expect(splitsReview.queueEntries).toHaveCount(11);
    await expect(splitsReview.status(splitsReview.split(1, 'Article'))).toHaveText('Confirmed');
    await splitsReview.pick(PHOTO);
    await expect(splitsReview.split(6, 'Photo')).toHaveAccessibleName(
      'Split 6: Photo, lines 58–60',
    );
    await splitsReview.pick(/^9\. 个人品德——乐于助人好榜样/);
    await expect(splitsReview.split(9, 'Article')).toHaveAccessibleName(
      'Split 9: Article, lines 84–90',
    );
    await expect(splitsReview.status(splitsReview.split(9, 'Article'))).toHaveText('Confirmed');
  });

  test('changes a kind and retags a line by keyboard, and undoes and redoes it', async ({
    splitsReview,
    page,
  }) => {
    await splitsReview.openSampleFromLibrary();

    await splitsReview.pick(/^4\. “山西这十年”/);
    await page.keyboard.press('1');
    await expect(splitsReview.split(4, 'Article')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(splitsReview.split(4, 'Teaser')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(splitsReview.split(4, 'Article')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(splitsReview.split(4, 'Teaser')).toBeVisible();

    // Retag line 7 (韦韬主持) from subtitle to byline through the menu.
    await splitsReview.pick(/^1\. 市委常委会召开会议/);
    await splitsReview.moveCursorTo(7);
    await page.keyboard.press('t');
    const menu = page.getByRole('dialog', { name: 'Retag line 7' });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Subtitle' })).toBeFocused();
    await menu.getByRole('button', { name: 'Byline' }).click();
    await expect(menu).toBeHidden();
    await expect(splitsReview.notice).toHaveText('Line 7 is now: Byline.');
    await expect(splitsReview.preview).toContainText('韦韬主持');
    await expect(splitsReview.saveStatus).toHaveText('Saved');

    // Every key is listed in the shortcut overlay.
    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(overlay).toContainText('Split review');
    await expect(overlay).toContainText('Reject the split: merge with the item before');
    await expect(overlay).toContainText('Move the split’s start a line down');
    await page.keyboard.press('Escape');
    await expect(overlay).toBeHidden();
  });
});
