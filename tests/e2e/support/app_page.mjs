// Page object: the app as a user sees it, by its visible Indonesian or English labels.
import assert from 'node:assert/strict';

export class AppPage {
  constructor(page) {
    this.page = page;
  }

  async open(url) {
    await this.page.goto(url);
  }

  /** First visit: fills the start screen. */
  async startAs(agency, region) {
    await this.page.getByLabel('Nama Instansi').fill(agency);
    await this.page.getByLabel('Nama Pemda').fill(region);
    await this.page.getByRole('button', { name: 'Mulai' }).click();
    await this.page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  }

  /** First visit as the secretariat: the role, its names and the assessment year. */
  async startAsSecretariat(secretariat, region, year = '2026') {
    await this.page.getByLabel('Sekretariat (Bappeda/BRIDA/Bagian Organisasi)').check();
    await this.page.getByLabel('Nama Sekretariat').fill(secretariat);
    await this.page.getByLabel('Nama Pemda').fill(region);
    await this.page.getByLabel('Tahun penilaian').selectOption(String(year));
    await this.page.getByRole('button', { name: 'Mulai' }).click();
    await this.page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  }

  async newInnovation() {
    await this.page.getByRole('button', { name: 'Inovasi baru' }).click();
    await this.page.getByRole('heading', { name: 'Profil Inovasi' }).waitFor();
    await this.page.getByLabel('Nama Inovasi').waitFor();
  }

  nameField() {
    return this.page.getByLabel('Nama Inovasi');
  }

  stageField() {
    return this.page.getByLabel('Tahapan Inovasi');
  }

  designField() {
    return this.page.getByLabel('Rancang Bangun dan Pokok Perubahan yang Dilakukan');
  }

  saveStatus() {
    return this.page.getByTestId('save-status');
  }

  /** Waits for the autosave indicator to say "Tersimpan" (or "Saved" in English). */
  async waitSaved(text = 'Tersimpan') {
    await this.page.waitForFunction(
      (expected) => document.querySelector('[data-testid=save-status]')?.textContent === expected,
      text,
      { timeout: 5000 },
    );
  }

  async backToList() {
    await this.page.getByRole('link', { name: '← Daftar inovasi' }).click();
    await this.page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  }

  /** Opens Ekspor from the list. */
  async openExport() {
    await this.page.getByRole('link', { name: 'Ekspor', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Ekspor bundel' }).waitFor();
  }

  /**
   * Exports from the Ekspor page: ticks `tick` (innovation names) or everything with
   * `selectAll`, presses "Buat berkas ekspor" and returns the download.
   */
  async exportBundle({ tick = [], selectAll = false } = {}) {
    await this.openExport();
    if (selectAll) await this.page.getByRole('button', { name: 'Pilih semua' }).click();
    for (const name of tick) await this.page.getByRole('checkbox', { name: new RegExp(name) }).check();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Buat berkas ekspor' }).click(),
    ]);
    await this.page.getByText(`Berkas diunduh: ${download.suggestedFilename()}`).waitFor();
    return download;
  }

  /** Opens Impor from the list and chooses bundle files (paths or {name, mimeType, buffer}). */
  async chooseBundles(files) {
    const heading = this.page.getByRole('heading', { name: 'Impor bundel' });
    const link = this.page.getByRole('link', { name: 'Impor', exact: true });
    // Right after a page load the app may still be starting: wait for either page first.
    await heading.or(link).first().waitFor();
    if (!(await heading.isVisible())) {
      await link.click();
      await heading.waitFor();
    }
    await this.page.getByLabel('Berkas bundel (.zip)').setInputFiles(files);
  }

  async assertNoHorizontalScroll(where) {
    const widths = await this.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(widths.scroll <= widths.client, `${where}: page is ${widths.scroll}px wide in a ${widths.client}px viewport`);
  }
}

/** Words (runs without spaces, hyphens or slashes) that the layout split over two lines inside `selector`. */
export async function brokenWords(page, selector) {
  return page.evaluate((selector) => {
    const broken = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('svg')) continue;
        for (const match of node.data.matchAll(/[^\s\-\/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}

/** Text inside `selector` that runs past the right edge of its block (clipped "…" lines and scrolling tables excepted). */
export async function overflowingText(page, selector) {
  return page.evaluate((selector) => {
    const found = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.data.trim() || node.parentElement.closest('svg, select, .table-scroll')) continue;
        let block = node.parentElement;
        while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        const style = getComputedStyle(block);
        if (style.overflowX === 'hidden' || style.textOverflow === 'ellipsis') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        const box = block.getBoundingClientRect();
        if (text.width > 0 && (text.right > box.right + 1 || text.left < box.left - 1)) found.push(node.data.trim().slice(0, 40));
      }
    }
    return found;
  }, selector);
}
