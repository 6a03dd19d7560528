import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { DomainError } from '../kernel/errors';

/** PDF needs Chromium on the server; without it the export says how to install it. */
export class PdfUnavailable extends DomainError {
  readonly code = 'pdf-unavailable';
  readonly status = 503;
  constructor() {
    super('exports.pdfUnavailable');
  }
}

export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let browser: Promise<Browser> | null = null;
let idle: NodeJS.Timeout | null = null;

// One browser for all exports, closed after a minute without work (it holds ~100 MB).
async function shared(): Promise<Browser> {
  if (!existsSync(chromiumPath())) throw new PdfUnavailable();
  browser ??= chromium
    .launch({
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    })
    .catch((error) => {
      browser = null;
      throw error;
    });
  return browser;
}

function closeLater() {
  if (idle) clearTimeout(idle);
  idle = setTimeout(() => void closePdfBrowser(), 60_000);
  idle.unref();
}

export async function closePdfBrowser(): Promise<void> {
  const current = browser;
  browser = null;
  if (current) await (await current).close().catch(() => {});
}

/**
 * Prints our own HTML to a tagged (accessible) PDF with an outline, page numbers in the footer.
 * The page may load nothing from the network: everything it needs is inline.
 */
export async function htmlToPdf(html: string, footer: { page: string; of: string }): Promise<Uint8Array> {
  const context = await (await shared()).newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:9px;width:100%;text-align:center;color:#555">${footer.page} <span class="pageNumber"></span> ${footer.of} <span class="totalPages"></span></div>`,
      margin: { top: '20mm', bottom: '22mm', left: '20mm', right: '20mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await context.close();
    closeLater();
  }
}
