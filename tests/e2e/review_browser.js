// Drives the review page in headless Chromium for review_browser_test.py:
//   node review_browser.js PLAYWRIGHT_DIR URL SCREENSHOT_DIR DENY_TERM KEEP_FILE KEEP_TEXT ALLOW_TERM
// Keeps the first mention of KEEP_TEXT in KEEP_FILE, adds DENY_TERM and ALLOW_TERM, re-scrubs, checks every
// file's preview, saves and says done. Prints what it saw as JSON for the test to check.
'use strict';
const path = require('path');
const [playwrightDir, url, shots, term, keepFile, keepText, allowTerm] = process.argv.slice(2);
const { chromium } = require(path.join(playwrightDir, 'node_modules', 'playwright-core'));

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  const shot = (name) => page.screenshot({ path: path.join(shots, name) });
  const result = { files: {}, problems };

  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  result.address = page.url();  // the token has moved into the cookie
  await shot('01-opened.png');

  // Keep one mention of a name in one file.
  await page.click(`button.file[data-path="${keepFile}"]`);
  await page.waitForSelector('#preview mark.finding');
  const row = page.locator('#panel-body li.finding-row').filter({ has: page.locator('.value .before', { hasText: keepText }) }).first();
  const index = await row.getAttribute('data-finding');
  await row.locator('input[data-keep-finding]').check();
  await page.waitForSelector(`#panel-body li.finding-row[data-finding="${index}"] input:checked`);
  await page.waitForSelector(`#preview mark.finding.kept[data-finding="${index}"]`);
  result.kept = { file: keepFile, finding: Number(index) };
  await shot('02-kept-one-mention.png');

  // A deny term, then a re-scrub that applies both.
  await page.fill('#term-input', term);
  await page.click('#add-deny');
  await page.locator('#deny-list li.chip', { hasText: term }).waitFor();
  // And an allow term: a name that may stay.
  await page.fill('#term-input', allowTerm);
  await page.click('#add-allow');
  await page.locator('#allow-list li.chip', { hasText: allowTerm }).waitFor();
  // What deskbench was not sure about takes the suggested action.
  if (await page.isVisible('#accept')) {
    await page.click('#accept');
    await page.locator('#status', { hasText: 'Suggestions accepted' }).waitFor();
  }
  await page.click('#rescrub');
  await page.locator('#status', { hasText: 'Scrubbed again' }).waitFor({ timeout: 120000 });
  await shot('03-rescrubbed.png');
  result.waiting_after_accept = await page.evaluate(async () => (await (await fetch('/api/report')).json()).waiting);

  // Every file: the term shows only as a finding that replaces it.
  const paths = await page.$$eval('button.file', (bs) => bs.map((b) => b.dataset.path));
  for (const p of paths) {
    await page.click(`button.file[data-path="${p}"]`);
    await page.waitForFunction(() => !document.querySelector('#preview').textContent.startsWith('Loading'));
    result.files[p] = await page.evaluate((t) => {
      const lower = t.toLowerCase();
      const box = document.getElementById('preview');
      let outside = '';
      const walk = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        if (!n.parentElement.closest('mark.finding')) outside += n.data + ' ';
      }
      const marks = [...box.querySelectorAll('mark.finding')].filter((m) => m.querySelector('.before').textContent.toLowerCase().includes(lower));
      return {
        term_outside_findings: outside.toLowerCase().includes(lower),
        term_findings: marks.length,
        term_kept_or_unchanged: marks.filter((m) => !m.querySelector('ins') || m.querySelector('ins').textContent.toLowerCase().includes(lower)).length,
        kept_marks: box.querySelectorAll('mark.finding.kept').length,
      };
    }, term);
    if (p === 'request.md') await shot('04-request-after-rescrub.png');
  }
  await page.click(`button.file[data-path="${keepFile}"]`);
  await page.waitForSelector('#preview mark.finding.kept');
  await shot('05-kept-mention-after-rescrub.png');
  await page.click('#tab-identity');
  await shot('06-by-person.png');
  await page.click('#tab-type');
  await shot('07-by-type.png');

  await page.click('#save');
  await page.locator('#status', { hasText: 'Decisions saved' }).waitFor();
  await page.click('#done');
  await page.waitForSelector('#finished', { state: 'visible' });
  await page.waitForSelector('main', { state: 'hidden' });
  await shot('08-done.png');
  await browser.close();
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
