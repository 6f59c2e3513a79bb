import type { Locator, Page } from '@playwright/test';

/** The import screen: file picker, paste box, drop target, progress and refusals. */
export class ImportScreen {
  /** The screen's heading. */
  readonly heading: Locator;
  /** The file input behind "Choose a file…". */
  readonly fileInput: Locator;
  /** The paste box. */
  readonly pasteBox: Locator;
  /** The button that analyses the pasted text. */
  readonly analyseButton: Locator;
  /** A refusal (role=alert). */
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.fileInput = page.getByLabel(/^Choose a file|^选择文件/);
    this.pasteBox = page.getByRole('textbox', { name: /^Page text|^版面文字/ });
    this.analyseButton = page.getByRole('button', { name: /^Analyse|^分析/ });
    this.refusal = page.getByRole('alert').filter({ has: page.getByRole('heading') });
  }

  /** Opens the import screen directly. */
  async open(): Promise<void> {
    await this.page.goto('/#/import');
    await this.heading.waitFor();
  }

  /** Chooses a file in the picker, as bytes made in the test or a path. */
  async chooseFile(
    file: string | { name: string; mimeType: string; buffer: Buffer },
  ): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }

  /** Drops a file onto the screen, as a file manager would. */
  async dropFile(name: string, mimeType: string, bytes: Buffer): Promise<void> {
    await this.page.evaluate(
      ({ name, mimeType, data }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], name, { type: mimeType }));
        const target = document.querySelector('main') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(
            new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
          );
        }
      },
      { name, mimeType, data: [...bytes] },
    );
  }

  /** Pastes text outside any field, as Ctrl+V on the page does. */
  async pasteOnPage(text: string): Promise<void> {
    await this.page.evaluate((value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }),
      );
    }, text);
  }
}
