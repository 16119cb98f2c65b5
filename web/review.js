// The review page: what deskbench found in each file of the task, with the choice to keep or
// replace each value or single mention, the reviewer's own terms, re-scrub, save and done.
// Every piece of file text reaches the page through textContent, never as HTML.
'use strict';

const state = {
  view: null,        // GET /api/report
  file: null,        // index of the file shown
  preview: null,     // GET /api/preview/<file>
  tab: 'file',
  previewLimit: 2000, // segments of the preview built so far
  shown: 150,        // how many rows or groups the panel shows (large tasks: a page at a time)
};
const PAGE = 150;

function more(total, render) {
  if (state.shown >= total) return null;
  return el('button', { type: 'button', class: 'small-button more', onclick: () => { state.shown += PAGE; render(); } },
    'Show ' + Math.min(PAGE, total - state.shown) + ' more (' + (total - state.shown) + ' not shown)');
}

const TYPE_NAMES = {
  PERSON: 'Person', ORGANIZATION: 'Organisation', EMAIL: 'Email address', PHONE: 'Phone number',
  LOCATION: 'Place', STREET_ADDRESS: 'Street address', URL: 'Web address', IP_ADDRESS: 'IP address',
  SECRET: 'Secret (password, key)', USER_TERM: 'Your term', DATE_OF_BIRTH: 'Date of birth',
  CREDIT_CARD: 'Card number', IBAN: 'Bank account (IBAN)', CONFIDENTIAL_MARKER: 'Confidential marking',
};
const typeName = (t) => TYPE_NAMES[t] || t.replace(/_/g, ' ').toLowerCase().replace(/^./, (c) => c.toUpperCase());

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function say(message, kind) {
  const box = document.getElementById('status');
  box.textContent = message;
  box.className = 'status' + (kind ? ' ' + kind : '');
}

async function api(method, path, body) {
  const options = { method, headers: {}, credentials: 'same-origin' };
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, options);
  } catch (e) {
    throw new Error('deskbench is not answering: it stopped (after Done, or when the page was left idle). Run “deskbench task review” again to continue.');
  }
  const text = await res.text();
  let data = null;
  try { data = JSON.parse(text); } catch (e) { data = { error: text.trim() }; }
  if (!res.ok) throw new Error((data && data.error) || ('HTTP ' + res.status));
  return data;
}

// ---- files ----------------------------------------------------------------------------------

const STATUS_WORDS = { scrubbed: 'changed', clean: 'nothing found', refused: 'refused', error: 'error', skipped: 'skipped' };

function renderFiles() {
  const list = document.getElementById('files');
  list.replaceChildren();
  for (const f of state.view.files) {
    const count = f.finding_count ? String(f.finding_count) : '';
    const button = el('button', {
      type: 'button', class: 'file' + (f.index === state.file ? ' current' : ''),
      'aria-current': f.index === state.file ? 'true' : null,
      'data-path': f.path, onclick: () => showFile(f.index),
    },
      el('span', { class: 'file-name', text: f.path }),
      el('span', { class: 'file-meta' },
        el('span', { class: 'badge ' + f.status, text: STATUS_WORDS[f.status] || f.status }),
        count ? el('span', { class: 'count', 'aria-label': count + ' findings', text: count }) : null));
    list.append(el('li', {}, button));
  }
}

function currentFile() { return state.view.files[state.file]; }

async function showFile(index) {
  if (state.file !== index) { state.shown = PAGE; state.previewLimit = 2000; }
  state.file = index;
  state.preview = null;
  renderFiles();
  renderPanel();
  const f = currentFile();
  const box = document.getElementById('preview');
  document.getElementById('preview-heading').textContent = f.path;
  box.replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
  if (f.kind === 'none') {
    box.replaceChildren(el('div', { class: 'notice ' + f.status },
      el('strong', { text: f.status === 'refused' ? 'deskbench cannot scrub this file safely, so it is left out of the task.' : 'This file could not be read.' }),
      el('p', { text: f.reason })));
    return;
  }
  if (f.kind === 'pdf' || f.kind === 'image') {
    const src = '/api/output/' + f.index + '?v=' + encodeURIComponent(state.view.started);
    box.replaceChildren(
      el('p', { class: 'muted small', text: 'The scrubbed copy, as your browser shows it.' }),
      f.kind === 'pdf'
        ? el('iframe', { class: 'pdf', src, title: 'Scrubbed ' + f.path })
        : el('img', { class: 'image', src, alt: 'Scrubbed copy of ' + f.path }));
    return;
  }
  try {
    const preview = await api('GET', '/api/preview/' + index);
    if (state.file !== index) return;
    state.preview = preview;
    renderPreview();
  } catch (e) {
    box.replaceChildren(el('div', { class: 'notice error' }, el('strong', { text: 'The preview failed: ' }), e.message));
  }
}

// ---- previews -------------------------------------------------------------------------------

function findingMark(f) {
  const kept = f.decided === 'keep';
  // Clicks and Enter on a mark are handled once for the whole preview (see wire()).
  const mark = el('mark', {
    class: 'finding ' + (kept ? 'kept' : 'changed') + (f.decided !== f.action ? ' pending' : '') + (f.needs_decision ? ' unsure' : ''),
    tabindex: '0', 'data-finding': String(f.index),
    title: typeName(f.type) + (kept ? ' — kept as is' : ' — becomes “' + f.replacement + '”'),
  });
  if (kept) {
    mark.append(el('span', { class: 'before', text: f.text }));
  } else {
    mark.append(el('del', { class: 'before', text: f.text }),
      el('span', { class: 'arrow', 'aria-hidden': 'true', text: ' → ' }),
      el('ins', { class: 'after', text: f.action === 'keep' ? '(replaced after re-scrub)' : f.replacement }));
  }
  return mark;
}

// A segment's parts as inline nodes: text, and the findings marked.
function inline(parts, file) {
  return parts.map((p) => (typeof p === 'string' ? document.createTextNode(p)
    : file.findings[p.finding] ? findingMark(file.findings[p.finding]) : null));
}

// Parts split into lines (for text, code and Markdown): each line a list of parts.
function lines(segments) {
  const out = [[]];
  for (const s of segments) {
    for (const p of s.parts) {
      if (typeof p !== 'string') { out[out.length - 1].push(p); continue; }
      const pieces = p.split('\n');
      pieces.forEach((piece, i) => {
        if (i > 0) out.push([]);
        if (piece) out[out.length - 1].push(piece);
      });
    }
  }
  if (out.length > 1 && out[out.length - 1].length === 0) out.pop();
  return out;
}

function lineText(line) { return line.map((p) => (typeof p === 'string' ? p : '')).join(''); }

// Removes n leading characters from a line's first text parts (a Markdown marker).
function strip(line, n) {
  const out = [];
  for (const p of line) {
    if (n > 0 && typeof p === 'string') {
      const cut = Math.min(n, p.length);
      n -= cut;
      if (p.length > cut) out.push(p.slice(cut));
    } else out.push(p);
  }
  return out;
}

function renderText(file, segments, numbered) {
  const pre = el('pre', { class: numbered ? 'code numbered' : 'code' });
  lines(segments).forEach((line, i) => {
    pre.append(el('span', { class: 'line' },
      numbered ? el('span', { class: 'ln', 'aria-hidden': 'true', text: String(i + 1) }) : null,
      el('span', { class: 'lc' }, inline(line, file)), '\n'));
  });
  return pre;
}

function renderMarkdown(file, segments) {
  const root = el('article', { class: 'markdown' });
  let list = null, para = null, code = null;
  const close = () => { list = null; para = null; };
  for (const line of lines(segments)) {
    const text = lineText(line);
    if (/^\s*```/.test(text)) {
      if (code) { code = null; } else { close(); code = el('pre', { class: 'code' }); root.append(code); }
      continue;
    }
    if (code) { code.append(el('span', {}, inline(line, file)), '\n'); continue; }
    const heading = /^(#{1,6})\s+/.exec(text);
    const bullet = /^\s*([-*+]|\d+[.)])\s+/.exec(text);
    if (!text.trim()) { close(); continue; }
    if (heading) {
      close();
      root.append(el('h' + Math.min(6, heading[1].length + 2), {}, inline(strip(line, heading[0].length), file)));
    } else if (bullet) {
      para = null;
      if (!list) { list = el(/\d/.test(bullet[1]) ? 'ol' : 'ul', {}); root.append(list); }
      list.append(el('li', {}, inline(strip(line, bullet[0].length), file)));
    } else if (/^>\s?/.test(text)) {
      close();
      root.append(el('blockquote', {}, inline(strip(line, /^>\s?/.exec(text)[0].length), file)));
    } else {
      list = null;
      if (!para) { para = el('p', {}); root.append(para); } else para.append(' ');
      para.append(...inline(line, file));
    }
  }
  return root;
}

// CSV: locations are "row 2, column email" (and "row 1 (header), column 1").
function renderCsv(file, segments) {
  const rows = new Map();
  const columns = [];
  for (const s of segments) {
    const m = /^row (\d+)( \(header\))?, column (.*)$/.exec(s.location);
    if (!m) return renderText(file, segments, false);
    if (!rows.has(m[1])) rows.set(m[1], { header: !!m[2], cells: [] });
    rows.get(m[1]).cells.push(s);
    if (!columns.includes(m[3])) columns.push(m[3]);
  }
  return table(file, [...rows.values()].map((r) => ({ header: r.header, cells: r.cells.map((c) => c.parts) })));
}

// rows: [{header, cells: [parts or null]}]; numbered: the first column holds row numbers.
function table(file, rows, numbered) {
  const t = el('table', { class: 'grid' });
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    r.cells.forEach((parts, i) => {
      const attrs = r.header ? { scope: 'col' } : numbered && i === 0 ? { class: 'rownum' } : {};
      tr.append(el(r.header ? 'th' : 'td', attrs, parts ? inline(parts, file) : ''));
    });
    body.append(tr);
  }
  t.append(body);
  return el('div', { class: 'table-wrap' }, t);
}

function columnNumber(letters) {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

// Office documents: the adapters' locations say where each piece of text sits.
//   Word:       "word/document.xml paragraph 3", "word/header1.xml paragraph 1"
//   Excel:      "Budget!B4"          PowerPoint: "slide 2, shape 'Title 1'", "notes of slide 2"
//   metadata:   "docProps/core.xml creator", "… sheet name", "… comments"
function renderOffice(file, segments) {
  const root = el('article', { class: 'office' });
  const sections = new Map();
  const section = (key, make) => {
    if (!sections.has(key)) { const s = make(); sections.set(key, s); root.append(s.node); }
    return sections.get(key);
  };
  const properties = [];
  // A Word (or OpenDocument) part: its paragraphs, and its tables where the cells are named.
  const part = (name) => section('part:' + name, () => {
    const title = /document\.xml$|content\.xml$/.test(name) ? 'Document' : /header/.test(name) ? 'Header' : /footer/.test(name) ? 'Footer' : /footnote/.test(name) ? 'Footnotes' : /comment/.test(name) ? 'Comments' : name;
    return { node: el('section', { class: 'part' }, el('h3', { text: title })), tables: new Map() };
  });
  for (const s of segments) {
    const loc = s.location;
    let m;
    if ((m = /^(.*)!\$?([A-Z]{1,3})\$?(\d+)$/.exec(loc))) {
      const sheet = section('sheet:' + m[1], () => ({ node: el('section', { class: 'sheet' }, el('h3', {}, 'Sheet ', el('q', { text: m[1] }))), cells: new Map() }));
      const row = Number(m[3]);
      if (!sheet.cells.has(row)) sheet.cells.set(row, new Map());
      sheet.cells.get(row).set(columnNumber(m[2]), s.parts);
    } else if (/, name$/.test(loc) || /^(master|layout|notes master|handout)/.test(loc)) {
      properties.push(s);  // shape names, and the text of slide masters and layouts
    } else if ((m = /^(notes of )?slide (\d+)(?:,|$)/.exec(loc))) {
      const slide = section('slide:' + m[2], () => ({ node: el('section', { class: 'slide' }, el('h3', { text: 'Slide ' + m[2] })), notes: null }));
      if (m[1]) {
        if (!slide.notes) { slide.notes = el('div', { class: 'notes' }, el('h4', { text: 'Speaker notes' })); slide.node.append(slide.notes); }
        slide.notes.append(el('p', {}, inline(s.parts, file)));
      } else {
        const cell = /, row (\d+), column (\d+)(?:, paragraph \d+)?$/.exec(loc);
        slide.node.append(el('p', { class: cell ? 'shape cell' : 'shape' }, cell ? el('span', { class: 'where small', text: 'table row ' + cell[1] + ', column ' + cell[2] + ': ' }) : null, inline(s.parts, file)));
      }
    } else if ((m = /^(.*?) table (\d+), row (\d+), cell (\d+), paragraph \d+$/.exec(loc))) {
      const sec = part(m[1]);
      let t = sec.tables.get(m[2]);
      if (!t) {
        t = { rows: new Map(), holder: el('div', { class: 'doc-table' }) };
        sec.tables.set(m[2], t);
        sec.node.append(t.holder);
      }
      if (!t.rows.has(m[3])) t.rows.set(m[3], new Map());
      const row = t.rows.get(m[3]);
      const cell = Number(m[4]);
      row.set(cell, row.has(cell) ? row.get(cell).concat(['\n'], s.parts) : s.parts);
    } else if ((m = /^(.*?) paragraph (\d+)$/.exec(loc))) {
      part(m[1]).node.append(el('p', {}, inline(s.parts, file)));
    } else {
      properties.push(s);
    }
  }
  for (const [key, s] of sections) {
    if (!key.startsWith('part:')) continue;
    for (const t of s.tables.values()) {
      const rows = [...t.rows.entries()].sort((a, b) => a[0] - b[0]).map(([, cells]) => {
        const last = Math.max(...cells.keys());
        return { cells: Array.from({ length: last }, (_, i) => cells.get(i + 1) || null) };
      });
      t.holder.append(table(file, rows, false));
    }
  }
  for (const [key, s] of sections) {
    if (!key.startsWith('sheet:')) continue;
    const rowNumbers = [...s.cells.keys()].sort((a, b) => a - b);
    const maxCol = Math.max(...rowNumbers.map((r) => Math.max(...s.cells.get(r).keys())));
    const head = { header: true, cells: [['']].concat(Array.from({ length: maxCol }, (_, i) => [String.fromCharCode(65 + (i % 26))])) };
    const rows = rowNumbers.map((r) => ({ cells: [[String(r)]].concat(Array.from({ length: maxCol }, (_, i) => s.cells.get(r).get(i + 1) || null)) }));
    s.node.append(table(file, maxCol <= 26 ? [head, ...rows] : rows, true));
  }
  if (properties.length) {
    const dl = el('dl', { class: 'properties' });
    for (const s of properties) dl.append(el('dt', { text: s.location }), el('dd', {}, inline(s.parts, file)));
    const found = properties.some((s) => s.parts.some((p) => typeof p !== 'string'));
    root.append(el('details', { class: 'props', open: found }, el('summary', { text: 'Other text: properties, names, comments (' + properties.length + ')' }), dl));
  }
  return root;
}

function renderPreview() {
  const f = currentFile();
  const box = document.getElementById('preview');
  // A very long file is shown a part at a time: building the whole page at once takes long.
  const all = state.preview.segments;
  const segs = all.length > state.previewLimit ? all.slice(0, state.previewLimit) : all;
  let body;
  if (f.kind === 'office') body = renderOffice(f, segs);
  else if (f.kind === 'markdown') body = renderMarkdown(f, segs);
  else if (f.kind === 'csv') body = renderCsv(f, segs);
  else body = renderText(f, segs, f.kind === 'code' || f.kind === 'json' || f.kind === 'html');
  const nodes = [body];
  if (segs.length < all.length) {
    nodes.push(el('button', { type: 'button', class: 'small-button more', onclick: () => { state.previewLimit *= 4; renderPreview(); } },
      'Show more of this file (' + (all.length - segs.length) + ' more pieces of text)'));
  }
  if (state.preview.truncated) nodes.unshift(el('p', { class: 'notice', text: 'This file is long: the preview shows its beginning only. Every finding is still listed.' }));
  if (f.notes.length) {
    nodes.push(el('details', { class: 'props' }, el('summary', { text: 'Removed or changed by deskbench (' + f.notes.length + ')' }),
      el('ul', {}, f.notes.map((n) => el('li', { text: n.part + ': ' + n.action })))));
  }
  box.replaceChildren(...nodes);
}

// ---- findings panel -------------------------------------------------------------------------

function keepSwitch(label, checked, onchange, attrs) {
  const input = el('input', Object.assign({ type: 'checkbox', class: 'switch' }, attrs || {}));
  input.checked = checked;
  input.addEventListener('change', () => onchange(input.checked));
  return el('label', { class: 'keep' }, input, el('span', { text: label }));
}

async function decide(body) {
  try {
    state.view = await api('POST', '/api/decision', body);
    refresh();
    say('Decision noted. Press Re-scrub to see the files with it, then Save.', 'info');
  } catch (e) { say('That did not work: ' + e.message, 'error'); }
}

// For what deskbench is not sure about: say so, and offer to confirm the replacement.
function unsure(item, valueId) {
  if (!item.needs_decision) return null;
  return el('div', { class: 'unsure-row' },
    el('span', { class: 'unsure-badge small', text: 'Not sure — your call' }),
    el('button', { type: 'button', class: 'small-button', 'data-confirm-value': valueId,
      'aria-label': 'Replace “' + item.text + '” everywhere', onclick: () => decide({ scope: 'value', value_id: valueId, keep: false }) }, 'Replace it'));
}

function findingRow(file, f) {
  const kept = f.decided === 'keep';
  return el('li', { class: 'finding-row', id: 'finding-' + file.index + '-' + f.index, 'data-finding': String(f.index), 'data-type': f.type },
    el('div', { class: 'what' },
      el('span', { class: 'type small', text: typeName(f.type) }),
      el('span', { class: 'value' }, el('span', { class: 'before', text: f.text }),
        kept ? null : el('span', { class: 'arrow', 'aria-hidden': 'true', text: ' → ' }),
        kept ? null : el('span', { class: 'after', text: f.replacement }))),
    el('div', { class: 'context small muted' }, '…' + f.before, el('b', { text: f.text }), f.after + '…'),
    el('div', { class: 'where small muted', text: f.location + (f.line && !/^line /.test(f.location) ? ' · line ' + f.line : '') }),
    unsure(f, f.value_id),
    keepSwitch('Keep here', kept, (keep) => decide({ scope: 'finding', file: file.index, finding: f.index, keep }),
      { 'aria-label': 'Keep “' + f.text + '” here (' + f.location + ')', 'data-keep-finding': String(f.index) }));
}

function valueRow(v) {
  const kept = v.decided === 'keep';
  return el('li', { class: 'value-row', 'data-value': v.id },
    el('div', { class: 'what' },
      el('span', { class: 'type small', text: typeName(v.type) }),
      el('span', { class: 'value' }, el('span', { class: 'before', text: v.text }),
        kept ? null : el('span', { class: 'arrow', 'aria-hidden': 'true', text: ' → ' }),
        kept ? null : el('span', { class: 'after', text: v.replacement })),
      el('span', { class: 'count small', text: v.count + (v.count === 1 ? ' time' : ' times') })),
    unsure(v, v.id),
    keepSwitch('Keep everywhere', kept, (keep) => decide({ scope: 'value', value_id: v.id, keep }),
      { 'aria-label': 'Keep “' + v.text + '” everywhere', 'data-keep-value': v.id }));
}

function renderPanel() {
  const body = document.getElementById('panel-body');
  for (const t of ['file', 'identity', 'type']) {
    document.getElementById('tab-' + t).setAttribute('aria-selected', String(state.tab === t));
  }
  body.replaceChildren();
  if (!state.view) return;
  if (state.tab === 'file') {
    const f = state.file === null ? null : currentFile();
    if (!f) { body.append(el('p', { class: 'muted', text: 'Choose a file to see its findings.' })); return; }
    if (!f.findings.length) { body.append(el('p', { class: 'muted', text: 'Nothing found in this file.' })); return; }
    if (f.findings_truncated) body.append(el('p', { class: 'notice small', text: 'Only the first ' + f.findings.length + ' of ' + f.finding_count + ' findings are listed; decisions per value (By person, By type) cover them all.' }));
    body.append(el('ul', { class: 'rows' }, f.findings.slice(0, state.shown).map((x) => findingRow(f, x))),
      more(f.findings.length, renderPanel));
    return;
  }
  const groups = new Map();
  for (const v of state.view.values) {
    const key = state.tab === 'identity' ? v.identity : v.type;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(v);
  }
  if (!groups.size) { body.append(el('p', { class: 'muted', text: 'Nothing found in this task.' })); return; }
  const rank = (vs) => -vs.reduce((n, v) => n + v.count, 0);
  const sorted = [...groups.entries()].sort((a, b) => rank(a[1]) - rank(b[1]));
  for (const [key, values] of sorted.slice(0, state.shown)) {
    let title;
    if (state.tab === 'type') title = typeName(key);
    else {
      const names = values.filter((v) => v.type === 'PERSON' || v.type === 'ORGANIZATION');
      const best = (names.length ? names : values).slice().sort((a, b) => b.text.length - a.text.length)[0];
      title = best.text;
    }
    const total = values.reduce((n, v) => n + v.count, 0);
    body.append(el('section', { class: 'group', 'data-group': key },
      el('h3', {}, el('span', { text: title }), el('span', { class: 'count small', text: total + (total === 1 ? ' mention' : ' mentions') })),
      el('ul', { class: 'rows' }, values.slice(0, PAGE).map(valueRow)),
      values.length > PAGE ? el('p', { class: 'muted small', text: (values.length - PAGE) + ' more values of this kind: decide them in the files, or add a term.' }) : null));
  }
  body.append(more(sorted.length, renderPanel));
}

function focusFinding(fileIndex, findingIndex) {
  state.tab = 'file';
  state.shown = Math.max(state.shown, findingIndex + 1);
  renderPanel();
  const row = document.getElementById('finding-' + fileIndex + '-' + findingIndex);
  if (row) {
    row.scrollIntoView({ block: 'center' });
    row.classList.add('flash');
    setTimeout(() => row.classList.remove('flash'), 1200);
    const input = row.querySelector('input');
    if (input) input.focus();
  }
}

// ---- terms ----------------------------------------------------------------------------------

function renderTerms() {
  for (const kind of ['deny', 'allow']) {
    const list = document.getElementById(kind + '-list');
    list.replaceChildren();
    const terms = state.view.terms[kind];
    if (!terms.length) list.append(el('li', { class: 'muted small', text: 'none yet' }));
    for (const t of terms) {
      list.append(el('li', { class: 'chip' }, el('span', { text: t }),
        el('button', { type: 'button', class: 'remove', 'aria-label': 'Remove ' + t, title: 'Remove', onclick: () => setTerms(kind, terms.filter((x) => x !== t)) }, '×')));
    }
  }
}

async function setTerms(kind, list) {
  const terms = Object.assign({}, state.view.terms, { [kind]: list });
  try {
    state.view = await api('POST', '/api/terms', terms);
    refresh();
    say('Terms updated. Press Re-scrub to apply them.', 'info');
  } catch (e) { say('That did not work: ' + e.message, 'error'); }
}

// ---- whole page -----------------------------------------------------------------------------

function refresh() {
  const v = state.view;
  document.getElementById('bundle-name').textContent = '“' + v.bundle + '”';
  const files = v.files.length;
  const values = v.values.length;
  document.getElementById('summary').textContent =
    files + (files === 1 ? ' file, ' : ' files, ') + v.findings + (v.findings === 1 ? ' finding' : ' findings') + ' of ' + values + (values === 1 ? ' value.' : ' distinct values.') +
    (v.waiting ? ' ' + v.waiting + (v.waiting === 1 ? ' finding needs' : ' findings need') + ' your decision.' : '') +
    (v.pending ? ' Changes wait for a re-scrub.' : '') + (v.unsaved ? ' Decisions not saved yet.' : '');
  document.getElementById('accept').hidden = !v.waiting;
  document.getElementById('rescrub').classList.toggle('attention', v.pending);
  document.getElementById('save').classList.toggle('attention', v.unsaved && !v.pending);
  renderFiles();
  renderTerms();
  renderPanel();
  if (state.preview) renderPreview();
}

async function busy(button, label, work) {
  const buttons = document.querySelectorAll('.actions button');
  buttons.forEach((b) => { b.disabled = true; });
  const old = button.textContent;
  button.textContent = label;
  document.body.setAttribute('aria-busy', 'true');
  try { await work(); } catch (e) { say('That did not work: ' + e.message, 'error'); } finally {
    button.textContent = old;
    buttons.forEach((b) => { b.disabled = false; });
    document.body.removeAttribute('aria-busy');
  }
}

function wire() {
  const preview = document.getElementById('preview');
  const markOf = (ev) => ev.target.closest && ev.target.closest('mark.finding');
  preview.addEventListener('click', (ev) => {
    const m = markOf(ev);
    if (m) focusFinding(state.file, Number(m.dataset.finding));
  });
  preview.addEventListener('keydown', (ev) => {
    const m = markOf(ev);
    if (m && ev.key === 'Enter') focusFinding(state.file, Number(m.dataset.finding));
  });
  document.getElementById('rescrub').addEventListener('click', (ev) => busy(ev.target, 'Scrubbing…', async () => {
    state.view = await api('POST', '/api/rescrub', {});
    refresh();
    if (state.file !== null) await showFile(state.file);
    say('Scrubbed again with your decisions and terms. Save when it looks right.', 'ok');
  }));
  document.getElementById('accept').addEventListener('click', (ev) => busy(ev.target, 'Accepting…', async () => {
    state.view = await api('POST', '/api/accept', {});
    refresh();
    say('Suggestions accepted for everything deskbench was not sure about. Re-scrub, then save.', 'info');
  }));
  document.getElementById('save').addEventListener('click', (ev) => busy(ev.target, 'Saving…', async () => {
    state.view = await api('POST', '/api/save', {});
    refresh();
    say('Decisions saved in ' + state.view.decisions_file + (state.view.pending ? '. Some changes still wait for a re-scrub.' : '.'), 'ok');
  }));
  document.getElementById('done').addEventListener('click', (ev) => busy(ev.target, 'Closing…', async () => {
    if (state.view && state.view.unsaved && !window.confirm('Your decisions are not saved. Close anyway?')) return;
    await api('POST', '/api/done', {});
    document.querySelector('main').hidden = true;
    document.querySelector('.actions').hidden = true;
    document.getElementById('next-step').textContent = 'deskbench task pack ' + state.view.bundle;
    document.getElementById('finished').hidden = false;
    say('', '');
  }));
  document.getElementById('term-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const input = document.getElementById('term-input');
    const term = input.value.trim();
    if (!term) { input.focus(); return; }
    const kind = ev.submitter && ev.submitter.value === 'allow' ? 'allow' : 'deny';
    input.value = '';
    setTerms(kind, state.view.terms[kind].concat([term]));
  });
  for (const t of ['file', 'identity', 'type']) {
    document.getElementById('tab-' + t).addEventListener('click', () => { state.tab = t; state.shown = PAGE; renderPanel(); });
  }
}

async function start() {
  wire();
  try {
    state.view = await api('GET', '/api/report');
    refresh();
    const first = state.view.files.findIndex((f) => f.finding_count > 0);
    if (state.view.files.length) await showFile(first >= 0 ? first : 0);
    document.body.dataset.ready = 'true';
  } catch (e) {
    say('The review could not load: ' + e.message, 'error');
  }
}

start();
