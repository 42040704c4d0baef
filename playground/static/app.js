// cir playground page. Plain JavaScript, no libraries, nothing loaded from elsewhere: the
// server sends `Content-Security-Policy: default-src 'self'`, so no inline scripts, no style
// attributes in HTML and no eval (styles set through element.style are fine).
//
// Parts: a C highlighter (one line at a time, with the block-comment state carried over),
// CodeView (highlighted text in chunks of lines with a line-number gutter; the editor puts a
// transparent textarea over it), the API calls with their errors shown in the status bar,
// the result tabs, shareable links (#src= or #z= in the fragment) and localStorage.

// ---------------------------------------------------------------- C highlighting

const KEYWORDS = new Set(`auto break case const continue default do else enum extern for goto if
inline register restrict return sizeof static struct switch typedef union volatile while
_Alignas _Alignof _Atomic _Generic _Noreturn _Static_assert _Thread_local alignas alignof
constexpr static_assert thread_local typeof typeof_unqual asm __asm __asm__ __attribute__
__extension__ __typeof __typeof__ __inline __inline__ __restrict __restrict__ __volatile__
__alignof__ __builtin_va_arg __builtin_offsetof __label__ __auto_type __typeval`.split(/\s+/));

const TYPES = new Set(`void char short int long float double signed unsigned _Bool bool
_Complex _Imaginary __int128 __int128_t __uint128_t _Float16 _Float32 _Float64 _Float128
__builtin_va_list FILE va_list wchar_t char8_t char16_t char32_t jmp_buf sigjmp_buf DIR
max_align_t`.split(/\s+/));

const CONSTANTS = new Set(`NULL true false nullptr EOF stdin stdout stderr EXIT_SUCCESS
EXIT_FAILURE __FILE__ __LINE__ __func__ __FUNCTION__ __DATE__ __TIME__`.split(/\s+/));

const INCLUDE_DIRECTIVES = new Set(['include', 'include_next', 'import', 'embed']);

// One token per match, in this order: line comment, block comment start, string (with an
// encoding prefix; unterminated strings end at the end of the line), character constant,
// preprocessing number, @ call, identifier, spaces, anything else.
const TOKEN = /(\/\/.*)|(\/\*)|((?:u8|[uUL])?"(?:[^"\\]|\\.?)*"?)|((?:u8|[uUL])?'(?:[^'\\]|\\.?)*'?)|(\.?\d(?:[eEpP][+-]|[\w.'])*)|(@\s*[A-Za-z_$][\w$]*|@)|([A-Za-z_$][\w$]*)|(\s+)|([^\w\s"'@/$]+|.)/y;

const PP_LINE = /^(\s*)(#\s*[A-Za-z_]*)/;
const INCLUDE_TARGET = /^(\s*)(<[^>]*>?)/;

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

function span(cls, text) {
  return `<span class="${cls}">${escapeHtml(text)}</span>`;
}

// Highlights one line. `state` is 1 when the line starts inside a block comment. Returns the
// HTML and the state at the end of the line.
function highlightLine(line, state) {
  let out = '';
  let pos = 0;
  const n = line.length;
  if (state === 1) {
    const end = line.indexOf('*/');
    if (end < 0) return { html: n ? span('t-com', line) : '', end: 1 };
    out += span('t-com', line.slice(0, end + 2));
    pos = end + 2;
  } else {
    const pp = PP_LINE.exec(line);
    if (pp) {
      out += escapeHtml(pp[1]) + span('t-pp', pp[2]);
      pos = pp[0].length;
      const directive = pp[2].slice(1).trim();
      if (INCLUDE_DIRECTIVES.has(directive)) {
        const inc = INCLUDE_TARGET.exec(line.slice(pos));
        if (inc) {
          out += escapeHtml(inc[1]) + span('t-inc', inc[2]);
          pos += inc[0].length;
        }
      }
    }
  }
  while (pos < n) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(line);
    if (!m) { // cannot happen (the last alternative takes any character); be safe anyway
      out += escapeHtml(line.slice(pos));
      break;
    }
    const text = m[0];
    if (m[1] !== undefined) {
      out += span('t-com', text);
    } else if (m[2] !== undefined) {
      const end = line.indexOf('*/', pos + 2);
      if (end < 0) {
        out += span('t-com', line.slice(pos));
        return { html: out, end: 1 };
      }
      out += span('t-com', line.slice(pos, end + 2));
      pos = end + 2;
      continue;
    } else if (m[3] !== undefined) {
      out += span('t-str', text);
    } else if (m[4] !== undefined) {
      out += span('t-chr', text);
    } else if (m[5] !== undefined) {
      out += span('t-num', text);
    } else if (m[6] !== undefined) {
      out += span('t-at', text);
    } else if (m[7] !== undefined) {
      out += identifier(line, pos + text.length, text);
    } else {
      out += escapeHtml(text);
    }
    pos += text.length;
  }
  return { html: out, end: 0 };
}

function identifier(line, after, word) {
  if (KEYWORDS.has(word)) return span('t-kw', word);
  if (TYPES.has(word) || /^[A-Za-z]\w*_t$/.test(word) || /^Cir[A-Z][A-Za-z]*$/.test(word)) {
    return span('t-ty', word);
  }
  if (CONSTANTS.has(word)) return span('t-num', word);
  let i = after;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  if (line[i] === '(') return span('t-fn', word);
  return escapeHtml(word);
}

// ---------------------------------------------------------------- code views

// Highlighted code with line numbers, one <div> per line (each holding the line's HTML and its
// "\n"). An update compares the new lines with the old ones from both ends and rebuilds only the
// lines in between, plus the lines after them whose block-comment start state changed, so a
// keystroke in a file of thousands of lines replaces one line's HTML.
class CodeView {
  constructor(root) {
    this.root = root;
    this.gutter = root.querySelector('.gutter');
    this.hl = root.querySelector('.hl');
    this.textarea = root.querySelector('textarea');
    this.lines = []; // { text, start, end, el }
    this.text = null;
  }

  render(text) {
    if (text === this.text) return;
    this.text = text;
    const newTexts = text.split('\n');
    const old = this.lines;
    const oldN = old.length;
    const newN = newTexts.length;
    let p = 0;
    while (p < oldN && p < newN && old[p].text === newTexts[p]) p++;
    let s = 0;
    while (s < oldN - p && s < newN - p && old[oldN - 1 - s].text === newTexts[newN - 1 - s]) s++;

    // replace old lines [p, oldN - s) by new lines [p, newN - s)
    for (let i = p; i < oldN - s; i++) old[i].el.remove();
    const before = s > 0 ? old[oldN - s].el : null;
    let state = p > 0 ? old[p - 1].end : 0;
    const fresh = [];
    const frag = document.createDocumentFragment();
    for (let i = p; i < newN - s; i++) {
      const h = highlightLine(newTexts[i], state);
      const el = document.createElement('div');
      el.innerHTML = h.html + '\n';
      frag.appendChild(el);
      fresh.push({ text: newTexts[i], start: state, end: h.end, el });
      state = h.end;
    }
    this.hl.insertBefore(frag, before);
    const tail = old.slice(oldN - s);
    // the unchanged lines after the edit keep their HTML unless their start state changed
    for (const line of tail) {
      if (line.start === state) break;
      const h = highlightLine(line.text, state);
      line.el.innerHTML = h.html + '\n';
      line.start = state;
      line.end = h.end;
      state = h.end;
    }
    this.lines = old.slice(0, p).concat(fresh, tail);

    if (this.gutter.childNodes.length === 0 || newN !== oldN) {
      let numbers = '';
      for (let i = 1; i <= newN; i++) numbers += i === 1 ? '1' : '\n' + i;
      this.gutter.textContent = numbers;
      // what scrolls under the sticky gutter is hidden, so caret moves must keep out of it
      this.root.style.scrollPaddingLeft = this.gutter.offsetWidth + 'px';
    }
  }
}

class Editor extends CodeView {
  constructor(root, onChange) {
    super(root);
    this.onChange = onChange;
    this.escaped = false;
    const ta = this.textarea;
    ta.addEventListener('input', () => this.sync(true));
    ta.addEventListener('keydown', (e) => this.keydown(e));
    // the textarea is as large as its text, so it should never scroll itself; if the browser
    // scrolls it anyway (a caret past the edge), undo that: the outer view does the scrolling
    ta.addEventListener('scroll', () => {
      if (ta.scrollTop || ta.scrollLeft) {
        const outer = this.root;
        outer.scrollTop += ta.scrollTop;
        outer.scrollLeft += ta.scrollLeft;
        ta.scrollTop = 0;
        ta.scrollLeft = 0;
      }
    });
  }

  get value() { return this.textarea.value; }

  set value(text) {
    this.textarea.value = text;
    this.textarea.setSelectionRange(0, 0);
    this.root.scrollTop = 0;
    this.root.scrollLeft = 0;
    this.sync(false);
  }

  // Puts the caret at LINE:COL (1-based) and scrolls it into the middle third of the view.
  goTo(line, col) {
    const ta = this.textarea;
    const lines = ta.value.split('\n');
    const l = Math.min(Math.max(line, 1), lines.length);
    let pos = 0;
    for (let i = 0; i < l - 1; i++) pos += lines[i].length + 1;
    pos += Math.min(Math.max((col || 1) - 1, 0), lines[l - 1].length);
    ta.focus({ preventScroll: true });
    ta.setSelectionRange(pos, pos);
    const lh = parseFloat(getComputedStyle(this.hl).lineHeight) || 20;
    this.root.scrollTop = Math.max(0, (l - 1) * lh - this.root.clientHeight / 3);
    this.root.scrollLeft = 0;
  }

  sync(edited) {
    this.render(this.textarea.value);
    if (edited && this.onChange) this.onChange(this.textarea.value);
  }

  // Inserts text at the selection through the browser's editing commands, so undo works.
  insert(text) {
    const ta = this.textarea;
    let ok = false;
    try { ok = document.execCommand('insertText', false, text); } catch { ok = false; }
    if (!ok) {
      ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, 'end');
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  keydown(e) {
    const ta = this.textarea;
    if (e.key === 'Escape') { this.escaped = true; return; }
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      if (this.escaped) { this.escaped = false; return; } // Esc then Tab leaves the editor
      e.preventDefault();
      const v = ta.value;
      const start = ta.selectionStart;
      const end = ta.selectionEnd;
      const lineStart = v.lastIndexOf('\n', start - 1) + 1;
      const multiLine = v.slice(start, end).includes('\n');
      if (!multiLine && !e.shiftKey) {
        const col = start - lineStart;
        this.insert(' '.repeat(4 - (col % 4)));
        return;
      }
      // indent or unindent the selected lines
      let blockEnd = end;
      if (end > start && v[end - 1] === '\n') blockEnd = end - 1;
      let lineEnd = v.indexOf('\n', blockEnd);
      if (lineEnd < 0) lineEnd = v.length;
      const block = v.slice(lineStart, lineEnd);
      const changed = block.split('\n').map((l) => {
        if (!e.shiftKey) return l.length ? '    ' + l : l;
        const m = /^( {1,4}|\t)/.exec(l);
        return m ? l.slice(m[0].length) : l;
      }).join('\n');
      if (changed === block) return;
      ta.setSelectionRange(lineStart, lineEnd);
      this.insert(changed);
      ta.setSelectionRange(lineStart, lineStart + changed.length);
      return;
    }
    this.escaped = false;
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && !e.isComposing) {
      // keep the indentation of the current line, one level more after "{"
      const v = ta.value;
      const start = ta.selectionStart;
      const lineStart = v.lastIndexOf('\n', start - 1) + 1;
      const before = v.slice(lineStart, start);
      let indent = /^[ \t]*/.exec(before)[0];
      if (/\{\s*$/.test(before)) indent += '    ';
      if (indent) {
        e.preventDefault();
        this.insert('\n' + indent);
      }
    }
  }
}

// ---------------------------------------------------------------- page state

const $ = (sel) => document.querySelector(sel);

const els = {
  example: $('#example'),
  libsList: $('#libs-list'),
  compile: $('#compile'),
  run: $('#run'),
  share: $('#share'),
  status: $('#status'),
  shareBox: $('#share-box'),
  shareLink: $('#share-link'),
  version: $('#version'),
  limits: $('#limits'),
  diagnostics: $('#diagnostics'),
  ctStderr: $('#ct-stderr'),
  runOutput: $('#run-output'),
  outputEmpty: $('#output-c-empty'),
  outputC: $('#output-c'),
};

const STORAGE_KEY = 'cir-playground:last';
const REQUEST_TIMEOUT_MS = 180000;

const state = {
  examples: [],
  libs: [],            // [{id, label}] from /api/config
  pendingLibs: null,   // libs to check once the allow-list has arrived
  busy: false,
};

const editor = new Editor($('#editor-view'), onSourceEdited);
const output = new CodeView(els.outputC);

function setStatus(kind, text, timing) {
  els.status.className = 'status ' + (kind || '');
  els.status.textContent = text;
  if (timing) {
    const t = document.createElement('span');
    t.className = 'time';
    t.textContent = timing;
    els.status.appendChild(t);
  }
}

// ---------------------------------------------------------------- tabs

const tabs = [...document.querySelectorAll('[role="tab"]')];

function selectTab(id) {
  for (const tab of tabs) {
    const on = tab.id === id;
    tab.setAttribute('aria-selected', on ? 'true' : 'false');
    tab.tabIndex = on ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !on;
  }
}

function setBadge(tabId, text, kind) {
  const badge = document.querySelector(`#${tabId} .badge`);
  badge.textContent = text || '';
  badge.className = 'badge' + (kind ? ' ' + kind : '');
}

for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab.id));
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(tab);
    let j = -1;
    if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') j = (i + tabs.length - 1) % tabs.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = tabs.length - 1;
    if (j >= 0) {
      e.preventDefault();
      selectTab(tabs[j].id);
      tabs[j].focus();
    }
  });
}

// ---------------------------------------------------------------- libraries

function selectedLibs() {
  return [...els.libsList.querySelectorAll('input[type="checkbox"]:checked')].map((c) => c.value);
}

function setLibs(ids) {
  const want = new Set(ids || []);
  if (!state.libs.length) {
    state.pendingLibs = [...want];
    return;
  }
  for (const box of els.libsList.querySelectorAll('input[type="checkbox"]')) {
    box.checked = want.has(box.value);
  }
}

function buildLibs(libs) {
  state.libs = libs;
  els.libsList.textContent = '';
  if (!libs.length) {
    const none = document.createElement('span');
    none.className = 'muted';
    none.textContent = 'none allowed';
    els.libsList.appendChild(none);
    return;
  }
  for (const lib of libs) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = lib.id;
    box.id = 'lib-' + lib.id;
    box.addEventListener('change', () => { clearShareState(); saveSoon(); });
    label.title = `cir -l ${lib.id}`;
    label.append(box, document.createTextNode(lib.label || lib.id));
    els.libsList.appendChild(label);
  }
  if (state.pendingLibs) {
    setLibs(state.pendingLibs);
    state.pendingLibs = null;
  }
}

// ---------------------------------------------------------------- examples

function buildExamples(examples) {
  state.examples = examples;
  els.example.textContent = '';
  const custom = document.createElement('option');
  custom.value = '';
  custom.textContent = 'Your own code';
  els.example.appendChild(custom);
  for (const ex of examples) {
    const opt = document.createElement('option');
    opt.value = ex.id;
    opt.textContent = ex.title || ex.id;
    els.example.appendChild(opt);
  }
}

function loadExample(id) {
  const ex = state.examples.find((e) => e.id === id);
  if (!ex) return false;
  els.example.value = ex.id;
  editor.value = ex.source;
  setLibs(ex.libs || []);
  clearShareState();
  saveSoon();
  return true;
}

els.example.addEventListener('change', () => {
  if (els.example.value) loadExample(els.example.value);
});

function onSourceEdited(text) {
  const ex = state.examples.find((e) => e.id === els.example.value);
  if (ex && ex.source !== text) els.example.value = '';
  clearShareState();
  saveSoon();
}

// ---------------------------------------------------------------- localStorage

let saveTimer = 0;

function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ source: editor.value, libs: selectedLibs() }));
  } catch { /* storage unavailable or full: nothing to do */ }
}

function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 400);
}

window.addEventListener('pagehide', () => { if (saveTimer) saveNow(); });

function loadSaved() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
    if (saved && typeof saved.source === 'string') {
      return { source: saved.source, libs: Array.isArray(saved.libs) ? saved.libs : [] };
    }
  } catch { /* ignore */ }
  return null;
}

// ---------------------------------------------------------------- shareable links

function bytesToBase64url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64urlToBytes(s) {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4);
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

async function transform(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

async function shareFragment(source, libs) {
  const bytes = new TextEncoder().encode(source);
  const plain = bytesToBase64url(bytes);
  let fragment = 'src=' + plain;
  if (typeof CompressionStream === 'function') {
    try {
      const packed = bytesToBase64url(await transform(bytes, new CompressionStream('deflate-raw')));
      if (packed.length < plain.length) fragment = 'z=' + packed;
    } catch { /* keep the uncompressed form */ }
  }
  if (libs.length) fragment += '&libs=' + libs.map(encodeURIComponent).join(',');
  return '#' + fragment;
}

async function readFragment(hash) {
  if (!hash || hash.length < 2) return null;
  const params = new URLSearchParams(hash.slice(1));
  const libs = (params.get('libs') || '').split(',').filter(Boolean);
  let bytes;
  if (params.has('z')) {
    if (typeof DecompressionStream !== 'function') {
      throw new Error('this browser cannot decompress the link (no DecompressionStream)');
    }
    bytes = await transform(base64urlToBytes(params.get('z')), new DecompressionStream('deflate-raw'));
  } else if (params.has('src')) {
    bytes = base64urlToBytes(params.get('src'));
  } else {
    return null;
  }
  return { source: new TextDecoder('utf-8', { fatal: true }).decode(bytes), libs };
}

function clearShareState() {
  els.shareBox.hidden = true;
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

els.share.addEventListener('click', async () => {
  const hash = await shareFragment(editor.value, selectedLibs());
  history.replaceState(null, '', location.pathname + location.search + hash);
  const link = location.href;
  els.shareLink.value = link;
  els.shareBox.hidden = false;
  let copied = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(link);
      copied = true;
    }
  } catch { copied = false; }
  els.shareLink.focus();
  els.shareLink.select();
  setStatus('ok', copied
    ? `Link copied to the clipboard (${link.length} characters).`
    : `The link is in the address bar and below; copy it from there (${link.length} characters).`);
});

window.addEventListener('hashchange', async () => {
  try {
    const shared = await readFragment(location.hash);
    if (shared) applySource(shared, 'Loaded the source from the link.');
  } catch (err) {
    setStatus('fail', `Could not read the source in the link: ${err.message}.`);
  }
});

function applySource(src, message) {
  editor.value = src.source;
  els.example.value = '';
  setLibs(src.libs);
  saveSoon();
  if (message) setStatus('', message);
}

// ---------------------------------------------------------------- API

class ApiError extends Error {
  constructor(message, kind) {
    super(message);
    this.kind = kind || 'fail';
  }
}

async function api(path, body) {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), REQUEST_TIMEOUT_MS);
  let res;
  let text;
  try {
    res = await fetch(path, body === undefined ? { signal: ctl.signal } : {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: ctl.signal,
    });
    text = await res.text();
  } catch (err) {
    throw new ApiError(ctl.signal.aborted
      ? `No answer from the server after ${REQUEST_TIMEOUT_MS / 1000} s.`
      : `Could not reach the server (${err.message || err}).`);
  } finally {
    clearTimeout(timer);
  }
  let data = null;
  try { data = JSON.parse(text); } catch { data = null; }
  if (!res.ok) {
    const detail = (data && (data.message || data.error)) || text.trim().slice(0, 300) || res.statusText;
    if (res.status === 503) throw new ApiError(`The server is busy: ${detail}`, 'busy');
    if (res.status === 413) throw new ApiError(`Too large for the server: ${detail}`, 'fail');
    throw new ApiError(`The server refused the request (HTTP ${res.status}): ${detail}`, 'fail');
  }
  if (!data || typeof data !== 'object') {
    throw new ApiError(`The server's answer to ${path} is not JSON (HTTP ${res.status}).`);
  }
  return data;
}

function fmtMs(ms) {
  if (typeof ms !== 'number' || !isFinite(ms)) return '';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

// ---------------------------------------------------------------- results

// 256-colour SGR codes beyond the first 16 come as ansi-fg-N / ansi-bg-N; their colours are
// computed here (the xterm palette) instead of 240 CSS rules.
function xterm256(n) {
  if (n < 232) {
    const levels = [0, 95, 135, 175, 215, 255];
    const i = n - 16;
    return `rgb(${levels[Math.floor(i / 36)]}, ${levels[Math.floor(i / 6) % 6]}, ${levels[i % 6]})`;
  }
  const g = 8 + 10 * (n - 232);
  return `rgb(${g}, ${g}, ${g})`;
}

function colourExtended(root) {
  for (const el of root.querySelectorAll('[class*="ansi-"]')) {
    for (const cls of el.classList) {
      const m = /^ansi-(fg|bg)-(\d+)$/.exec(cls);
      if (m && +m[2] >= 16 && +m[2] <= 255) {
        if (m[1] === 'fg') el.style.color = xterm256(+m[2]);
        else el.style.backgroundColor = xterm256(+m[2]);
      }
      const rgb = /^ansi-(fg|bg)-rgb-(\d+)-(\d+)-(\d+)$/.exec(cls);
      if (rgb) {
        const c = `rgb(${rgb[2]}, ${rgb[3]}, ${rgb[4]})`;
        if (rgb[1] === 'fg') el.style.color = c;
        else el.style.backgroundColor = c;
      }
    }
  }
}

// Turns each "input.c:LINE:COL" in the diagnostics into a button that puts the editor's caret
// there (built with DOM nodes: the server's HTML stays as it was sent).
function linkLocations(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  const LOC = /\b(?:input\.c|<stdin>|source\.c):(\d+)(?::(\d+))?/g;
  for (const node of nodes) {
    const text = node.nodeValue;
    LOC.lastIndex = 0;
    if (!LOC.test(text)) continue;
    LOC.lastIndex = 0;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (let m = LOC.exec(text); m; m = LOC.exec(text)) {
      frag.append(text.slice(last, m.index));
      const b = el('button', 'loc', m[0]);
      b.type = 'button';
      b.title = `Go to line ${m[1]} in the editor`;
      b.dataset.line = m[1];
      b.dataset.col = m[2] || '1';
      frag.append(b);
      last = m.index + m[0].length;
    }
    frag.append(text.slice(last));
    node.replaceWith(frag);
  }
}

els.diagnostics.addEventListener('click', (e) => {
  const b = e.target.closest('button.loc');
  if (b) editor.goTo(+b.dataset.line, +b.dataset.col);
});

function countDiagnostics(text) {
  const errors = (text.match(/^error\b/gm) || []).length;
  const warnings = (text.match(/^warning\b/gm) || []).length;
  return { errors, warnings };
}

function showCompile(c) {
  const rendered = typeof c.output === 'string' ? c.output : '';
  // a final newline ends the last line; it does not start another one in a read-only view
  output.render(rendered.endsWith('\n') ? rendered.slice(0, -1) : rendered);
  els.outputC.hidden = rendered === '';
  els.outputEmpty.hidden = rendered !== '';
  if (rendered === '') {
    els.outputEmpty.textContent = c.status === 'ok' ? 'cir wrote no C.' : 'No C: the compilation failed (see Diagnostics).';
  }
  els.outputC.scrollTop = 0;
  els.outputC.scrollLeft = 0;
  setBadge('tab-c', '');

  if (c.diagnostics_html) {
    els.diagnostics.innerHTML = c.diagnostics_html;
    colourExtended(els.diagnostics);
  } else {
    els.diagnostics.textContent = c.diagnostics_text || '';
  }
  linkLocations(els.diagnostics);
  const diagText = c.diagnostics_text || els.diagnostics.textContent;
  const { errors, warnings } = countDiagnostics(diagText);
  if (errors) setBadge('tab-diag', String(errors), 'err');
  else if (warnings) setBadge('tab-diag', String(warnings), 'warn');
  else if (c.status !== 'ok' && diagText.trim()) setBadge('tab-diag', '!', 'err');
  else setBadge('tab-diag', diagText.trim() ? '•' : '');

  els.ctStderr.textContent = c.ct_stderr || '';
  setBadge('tab-ct', c.ct_stderr ? '•' : '');
}

// "Label: message." — the server's message is a lower-case phrase ("compiled", "cir reported
// errors"); it is left out when it only repeats the label.
function sentence(label, message) {
  const m = (message || '').trim().replace(/[.]$/, '');
  if (!m || m.toLowerCase() === label.toLowerCase()) return label + '.';
  return `${label}: ${m}.`;
}

function statusOfCompile(c) {
  const what = c.status === 'ok' ? 'Compiled' : c.status === 'limit' ? 'Stopped at a limit' : 'Compilation failed';
  return { kind: c.status === 'ok' ? 'ok' : c.status === 'limit' ? 'limit' : 'error', text: sentence(what, c.message) };
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function showRun(r) {
  const box = els.runOutput;
  box.textContent = '';
  if (!r) {
    box.append(el('p', 'empty', 'Not run: the compilation failed (see Diagnostics).'));
    setBadge('tab-run', '');
    return;
  }
  const meta = el('div', 'run-meta');
  let exitText;
  let good = false;
  if (r.signal) exitText = `Killed by ${r.signal}`;
  else if (r.exit_code !== null && r.exit_code !== undefined) {
    exitText = `Exit status: ${r.exit_code}`;
    good = r.exit_code === 0 && r.status === 'ok';
  } else exitText = r.status === 'limit' ? 'Stopped at a limit' : 'No exit status';
  const exit = el('span', 'run-exit ' + (good ? 'ok' : 'bad'), exitText);
  exit.id = 'run-exit';
  meta.append(exit);
  if (r.message && !good) meta.append(el('span', 'run-message', r.message));
  if (typeof r.time_ms === 'number') meta.append(el('span', 'run-message', fmtMs(r.time_ms)));
  if (r.truncated) meta.append(el('span', 'run-message', '(output truncated)'));
  box.append(meta);

  box.append(el('h3', '', 'stdout'));
  const out = el('pre', 'term', r.stdout || '');
  out.id = 'run-stdout';
  out.tabIndex = 0;
  box.append(out);
  if (r.stderr) {
    box.append(el('h3', '', 'stderr'));
    const err = el('pre', 'term stderr-text', r.stderr);
    err.id = 'run-stderr';
    err.tabIndex = 0;
    box.append(err);
  }
  setBadge('tab-run', good ? '0' : (r.exit_code ?? '!') + '', good ? 'ok' : 'err');
}

function setBusy(busy) {
  state.busy = busy;
  els.compile.disabled = busy;
  els.run.disabled = busy;
  document.body.setAttribute('aria-busy', busy ? 'true' : 'false');
}

async function compile() {
  if (state.busy) return;
  setBusy(true);
  setStatus('working', 'Compiling…');
  const started = performance.now();
  try {
    const c = await api('/api/compile', { source: editor.value, libs: selectedLibs() });
    showCompile(c);
    const s = statusOfCompile(c);
    setStatus(s.kind, s.text, `cir ${fmtMs(c.time_ms)} · round trip ${fmtMs(performance.now() - started)}`);
    selectTab(c.status === 'ok' ? 'tab-c' : 'tab-diag');
  } catch (err) {
    setStatus(err.kind || 'fail', err.message);
  } finally {
    setBusy(false);
  }
}

async function run() {
  if (state.busy) return;
  setBusy(true);
  setStatus('working', 'Compiling and running…');
  const started = performance.now();
  try {
    const data = await api('/api/run', { source: editor.value, libs: selectedLibs() });
    const c = data.compile || {};
    showCompile(c);
    showRun(data.run);
    const timing = [`cir ${fmtMs(c.time_ms)}`];
    if (data.run && typeof data.run.time_ms === 'number') timing.push(`run ${fmtMs(data.run.time_ms)}`);
    timing.push(`round trip ${fmtMs(performance.now() - started)}`);
    if (!data.run) {
      const s = statusOfCompile(c);
      setStatus(s.kind === 'ok' ? 'error' : s.kind, s.text + ' The program was not run.', timing.join(' · '));
      selectTab(c.status === 'ok' ? 'tab-run' : 'tab-diag');
    } else {
      const r = data.run;
      const kind = r.status === 'ok' ? 'ok' : r.status === 'limit' ? 'limit' : 'error';
      const what = r.status === 'ok' ? 'Ran' : r.status === 'limit' ? 'Stopped at a limit' : 'Run failed';
      setStatus(kind, sentence(what, r.message), timing.join(' · '));
      selectTab('tab-run');
    }
  } catch (err) {
    setStatus(err.kind || 'fail', err.message);
  } finally {
    setBusy(false);
  }
}

els.compile.addEventListener('click', compile);
els.run.addEventListener('click', run);

window.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    if (e.shiftKey) run(); else compile();
  }
});

// ---------------------------------------------------------------- start

function showConfig(cfg) {
  buildLibs(Array.isArray(cfg.libs) ? cfg.libs.filter((l) => l && typeof l.id === 'string') : []);
  if (cfg.version) els.version.textContent = /^\d/.test(cfg.version) ? `cir ${cfg.version}` : String(cfg.version);
  if (cfg.limits && typeof cfg.limits === 'object') {
    const parts = Object.entries(cfg.limits).map(([k, v]) => `${k.replace(/_/g, ' ')}: ${v}`);
    els.limits.textContent = parts.length ? 'Limits — ' + parts.join(', ') : '';
  }
}

async function start() {
  let initial = null;
  let fragmentError = null;
  try {
    initial = await readFragment(location.hash);
  } catch (err) {
    fragmentError = `Could not read the source in the link: ${err.message}.`;
  }
  const fromLink = !!initial;
  if (!initial) initial = loadSaved();
  if (initial) {
    editor.value = initial.source;
    state.pendingLibs = initial.libs;
  } else {
    editor.value = '';
  }

  const [cfg, exs] = await Promise.allSettled([api('/api/config'), api('/api/examples')]);
  const problems = [];
  if (cfg.status === 'fulfilled') showConfig(cfg.value);
  else problems.push(`Could not load the settings: ${cfg.reason.message}`);
  if (exs.status === 'fulfilled' && Array.isArray(exs.value.examples)) {
    buildExamples(exs.value.examples);
    if (!initial) {
      const first = state.examples.find((e) => e.id === 'fib') || state.examples[0];
      if (first) loadExample(first.id);
    } else {
      const same = state.examples.find((e) => e.source === initial.source);
      els.example.value = same ? same.id : '';
    }
  } else {
    els.example.textContent = '';
    els.example.appendChild(el('option', '', 'Your own code'));
    problems.push(`Could not load the examples: ${exs.status === 'rejected' ? exs.reason.message : 'the answer has no examples list'}`);
  }
  if (state.pendingLibs && !state.libs.length) state.pendingLibs = null;

  if (fragmentError) setStatus('fail', fragmentError);
  else if (problems.length) setStatus('fail', problems.join(' '));
  else setStatus('', fromLink ? 'Loaded the source from the link. Press Compile or Run.' : 'Ready. Press Compile (Ctrl+Enter) or Run.');
  document.body.dataset.ready = 'true';
}

start();
