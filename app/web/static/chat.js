/* The raadgiver web chat: asks /v1/ask/stream, renders the streamed answer (status, source cards, then the
   text line by line) with clickable citations, runs the programme finder (/v1/programmes/match), opens a
   source in its document (/v1/passages/{id}/context), says what it knows (/v1/about) and sends feedback
   (/v1/feedback).

   Server text is only ever inserted as text nodes (never innerHTML). UI texts live in i18n.js; elements
   remember their text key (data-i18n), so switching language re-translates what is already on screen. */
(function () {
  'use strict';

  const I18N = window.RaadgiverI18n;
  const API = {
    ask: 'v1/ask/stream',
    match: 'v1/programmes/match',
    feedback: 'v1/feedback',
    about: 'v1/about',
    context: (chunkId) => `v1/passages/${encodeURIComponent(chunkId)}/context`,
    openapi: 'openapi.json',
  };
  const STORAGE_KEYS = {
    conversation: 'raadgiver.conversationId',
    transcript: 'raadgiver.transcript',
    language: 'raadgiver.language',
    pending: 'raadgiver.pending', // the question being answered; still there after a reload = not answered
    questionLimit: 'raadgiver.questionLimit',
    about: 'raadgiver.about', // GET /v1/about, kept for the visit
  };
  // A source from this many years ago or earlier (year <= this year - 2) gets a "Kilde fra 2010" caveat: the
  // same rule as STALE_AFTER_YEARS in app/engine_types.py, which the engine and app/programmes/matcher.py use.
  const OLD_SOURCE_AGE_YEARS = 2;
  const STREAM_IDLE_TIMEOUT_MS = 90_000; // longer than the server's LLM timeout, so the server errors first
  const MAX_TRANSCRIPT_ENTRIES = 30;
  const CITATION = /\[(\d+(?:\s*[,;]\s*\d+)*)\]/g;
  // The API's limit (AskRequest.question.maxLength in /openapi.json) replaces this once it has been read.
  const DEFAULT_QUESTION_LIMIT = 2000;
  const COUNTER_FROM = 0.8; // the counter shows from 80 % of the limit
  const UNDO_MS = 10_000; // how long "Ny samtale" can be undone
  const WELCOME_DOCUMENTS_SHOWN = 5;
  // The region's documents are Danish: their titles and quotes are marked lang="da", so a screen reader reads
  // them in Danish inside an English page.
  const DOCUMENT_LANGUAGE = 'da';
  const LIST_ITEM = /^(\s*)[-·•]\s+(.*)$/;
  const QUOTE_LINE = /^\s*“/;

  const params = new URLSearchParams(window.location.search);
  const embedded = params.get('embed') === '1';
  // Which front door a question comes through, for the staff's report (the question log).
  const CHANNEL = { 'X-Raadgiver-Channel': embedded ? 'widget' : 'web' };

  const $ = (id) => document.getElementById(id);
  const ui = {
    langToggle: $('lang-toggle'),
    closeChat: $('close-chat'),
    openFinder: $('open-finder'),
    newConversation: $('new-conversation'),
    welcome: $('welcome'),
    welcomeKnows: $('welcome-knows'),
    welcomeContact: $('welcome-contact'),
    log: $('log'),
    announcer: $('announcer'),
    composer: $('composer'),
    question: $('question'),
    send: $('send'),
    stop: $('stop'),
    hint: $('question-hint'),
    counter: $('question-counter'),
    composerMessage: $('composer-message'),
    undo: $('undo'),
    undoButton: $('undo-button'),
    finder: $('finder'),
    finderForm: $('finder-form'),
    finderEmployees: $('finder-employees'),
    finderEmployeesError: $('finder-employees-error'),
    finderCancel: $('finder-cancel'),
  };

  /* ---------- storage that survives browsers blocking it (e.g. third-party iframes) ---------- */

  function safeStorage(getStorage) {
    const memory = new Map();
    let storage = null;
    try {
      storage = getStorage();
      storage.getItem('x');
    } catch (err) {
      storage = null;
    }
    return {
      get(key) {
        try { return storage ? storage.getItem(key) : (memory.get(key) ?? null); } catch (err) { return memory.get(key) ?? null; }
      },
      set(key, value) {
        memory.set(key, value);
        try { if (storage) storage.setItem(key, value); } catch (err) { /* quota or blocked: memory copy is enough */ }
      },
      remove(key) {
        memory.delete(key);
        try { if (storage) storage.removeItem(key); } catch (err) { /* blocked */ }
      },
    };
  }
  const session = safeStorage(() => window.sessionStorage);
  const local = safeStorage(() => window.localStorage);

  /* ---------- language ---------- */

  /** The reader's own earlier choice, then the embedding page's language (?lang=), then the browser's. */
  function initialLanguage() {
    const chosen = local.get(STORAGE_KEYS.language);
    if (I18N.LANGUAGES.includes(chosen)) return chosen;
    const fromUrl = params.get('lang');
    if (I18N.LANGUAGES.includes(fromUrl)) return fromUrl;
    return (navigator.language || '').toLowerCase().startsWith('en') ? 'en' : 'da';
  }

  let lang = initialLanguage();
  const t = (key, p) => I18N.t(lang, key, p);
  // Blocks whose content depends on the language beyond single texts (programme lists use offers vs offers_en,
  // an answer says it was given in the other language, the welcome's list of documents).
  const languageDependent = new Set();

  /** Sets el's text to key's translation and remembers the key so setLanguage() can re-translate it. */
  function bindText(el, key, p) {
    el.dataset.i18n = key;
    if (p) el.dataset.i18nParams = JSON.stringify(p); else delete el.dataset.i18nParams;
    el.textContent = t(key, p);
    return el;
  }

  /** Same as bindText for an attribute (aria-label, title, placeholder). */
  function bindAttr(el, attr, key, p) {
    const map = el.dataset.i18nAttrs ? JSON.parse(el.dataset.i18nAttrs) : {};
    map[attr] = [key, p || null];
    el.dataset.i18nAttrs = JSON.stringify(map);
    el.setAttribute(attr, t(key, p));
    return el;
  }

  function translate(root) {
    root.querySelectorAll('[data-i18n]').forEach((el) => {
      const p = el.dataset.i18nParams ? JSON.parse(el.dataset.i18nParams) : undefined;
      el.textContent = t(el.dataset.i18n, p);
    });
    root.querySelectorAll('[data-i18n-attrs]').forEach((el) => {
      const map = JSON.parse(el.dataset.i18nAttrs);
      for (const [attr, [key, p]] of Object.entries(map)) el.setAttribute(attr, t(key, p || undefined));
    });
  }

  function setLanguage(next) {
    lang = next;
    document.documentElement.lang = lang;
    document.title = t('docTitle');
    ui.langToggle.lang = lang === 'da' ? 'en' : 'da'; // the toggle names the other language, in that language
    translate(document);
    for (const block of languageDependent) {
      if (block.element.isConnected) block.render(); else languageDependent.delete(block);
    }
    updateFolds(document);
  }

  /* ---------- small DOM helpers ---------- */

  /** h('p', {class: 'x'}, 'text', child) – strings become text nodes, so server text is never parsed as HTML. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') el.className = value;
      else if (name === 'text') el.textContent = value;
      else el.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : String(child));
    }
    return el;
  }

  /** A text element bound to an i18n key. */
  function ht(tag, attrs, key, p) {
    return bindText(h(tag, attrs), key, p);
  }

  const ICONS = {
    thumbUp: 'M7 11v9H4v-9h3zm2 9h8.2a2 2 0 0 0 2-1.6l1.2-6A2 2 0 0 0 18.4 10H14l.8-4a1.6 1.6 0 0 0-2.9-1.2L9 10v10z',
    thumbDown: 'M7 13V4H4v9h3zm2-9h8.2a2 2 0 0 1 2 1.6l1.2 6a2 2 0 0 1-2 2.4H14l.8 4a1.6 1.6 0 0 1-2.9 1.2L9 14V4z',
    check: 'M5 12l5 5L20 7',
    cross: 'M6 6l12 12M18 6L6 18',
    retry: 'M20 12a8 8 0 1 1-2.3-5.6M20 4v5h-5',
    search: 'M11 5a6 6 0 1 1 0 12a6 6 0 0 1 0-12zM16 16l4 4',
    info: 'M12 8v.01M11 12h1v5h1M12 3a9 9 0 1 1 0 18a9 9 0 0 1 0-18z',
    question: 'M9.2 9a3 3 0 1 1 4.1 2.8c-.8.3-1.3 1-1.3 1.8v.4M12 17.5v.01',
    phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1z',
    mail: 'M4 6h16v12H4zM4 7l8 6 8-6',
    link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
    clock: 'M12 3a9 9 0 1 1 0 18a9 9 0 0 1 0-18zM12 7v5l3 2',
    chevron: 'M6 9l6 6 6-6',
    stop: 'M7 7h10v10H7z',
    document: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
    external: 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
    language: 'M4 5h9M8.5 3v2M6 5c.5 3 2.5 5.5 5 7M11 5c-.8 3.5-3.5 6.5-6.5 8M13 21l4-9 4 9M14.5 18h5',
  };

  function icon(name) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', ICONS[name]);
    svg.append(path);
    return svg;
  }

  function announce(text) {
    // Clearing first makes screen readers speak the same text twice in a row too.
    ui.announcer.textContent = '';
    window.setTimeout(() => { ui.announcer.textContent = text; }, 50);
  }

  function isNearBottom() {
    const el = document.scrollingElement;
    return el.scrollHeight - (el.scrollTop + window.innerHeight) < 120;
  }

  /** Keeps the newest message in view, unless the reader has scrolled up to read something else. */
  function followOutput(wasNearBottom) {
    if (wasNearBottom) window.scrollTo({ top: document.scrollingElement.scrollHeight });
  }

  /** The height the sticky header covers at the top (0 where it scrolls away). */
  function headerCover() {
    const header = document.querySelector('.topbar');
    return getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
  }

  /** After a reply is complete: show all of it if it fits between header and composer, else its start
      (from the question), so a long reply is read from the top. */
  function revealReply(questionEl, replyEl) {
    const headerBottom = headerCover();
    const composerTop = ui.composer.getBoundingClientRect().top;
    const space = composerTop - headerBottom;
    const question = questionEl.getBoundingClientRect();
    const reply = replyEl.getBoundingClientRect();
    const margin = 12;
    if (reply.bottom - question.top + 2 * margin <= space) window.scrollBy(0, reply.bottom - composerTop + margin);
    else window.scrollBy(0, question.top - headerBottom - margin);
  }

  /** The sticky header's and composer's heights as CSS variables: scroll-padding keeps whatever is scrolled
      into view (a retry button, a focused link) clear of them. */
  function trackStickyHeights() {
    const root = document.documentElement;
    const header = document.querySelector('.topbar');
    const update = () => {
      const sticky = getComputedStyle(header).position === 'sticky';
      root.style.setProperty('--header-height', `${sticky ? header.offsetHeight : 0}px`);
      root.style.setProperty('--composer-height', `${ui.composer.offsetHeight}px`);
    };
    update();
    if ('ResizeObserver' in window) {
      const observer = new ResizeObserver(update);
      observer.observe(header);
      observer.observe(ui.composer);
    }
    window.addEventListener('resize', update);
  }

  function documentName(path) {
    return String(path || '').split(/[\\/]/).pop();
  }

  function isOldYear(year) {
    return Number.isInteger(year) && year <= new Date().getFullYear() - OLD_SOURCE_AGE_YEARS;
  }

  function stripCitations(text) {
    return String(text || '').replace(CITATION, '').replace(/ +([.,;:])/g, '$1');
  }

  /** Only web addresses become links: a configured "javascript:" or the like stays plain text. */
  function webHref(url) {
    try {
      const parsed = new URL(String(url));
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (err) {
      return null;
    }
  }

  /** A link that opens in a new window, and says so to screen readers. */
  function externalLink(href, ...content) {
    return h('a', { href, target: '_blank', rel: 'noopener' }, ...content, ' ',
      ht('span', { class: 'visually-hidden' }, 'newWindow'));
  }

  let messageCounter = 0;
  let foldCounter = 0; // ids for folds that have no natural one (an answer's quotes, a programme's quotes)

  /* ---------- folds: at most three lines, "Vis mere" for the rest ---------- */

  /** Makes `content` a fold: three lines (or, with `hidesText`, only its marked part) until "Vis mere".
      Returns the toggle button, to be placed after `content`. */
  function makeFold(content, id, hidesText) {
    content.id = id;
    content.classList.add('fold', 'is-folded');
    if (hidesText) content.dataset.hidesText = 'true';
    const label = ht('span', {}, 'foldMore');
    const button = h('button', { type: 'button', class: 'fold-toggle', 'aria-expanded': 'false', 'aria-controls': id },
      label, icon('chevron'));
    button.addEventListener('click', () => {
      const folded = content.classList.toggle('is-folded');
      button.setAttribute('aria-expanded', String(!folded));
      bindText(label, folded ? 'foldMore' : 'foldLess');
      if (folded) content.scrollIntoView({ block: 'nearest' });
    });
    return button;
  }

  /** Shows a fold's toggle only where folding hides something (measured: "three lines" depends on the width). */
  function updateFold(content) {
    const button = content.nextElementSibling;
    if (!button || !button.classList.contains('fold-toggle')) return;
    if (!content.classList.contains('is-folded')) { button.hidden = false; return; }
    if (!content.getClientRects().length) return; // inside a closed card: measured when it opens
    const clipped = content.scrollHeight > content.clientHeight + 2;
    button.hidden = !(clipped || content.dataset.hidesText === 'true');
  }

  function updateFolds(root) {
    root.querySelectorAll('.fold').forEach(updateFold);
  }

  /* ---------- conversation state ---------- */

  let busy = false;
  let current = null; // the running request: { stop(), discard() }
  let unloading = false;

  function setBusy(value) {
    busy = value;
    const stopHadFocus = document.activeElement === ui.stop;
    const sendHadFocus = document.activeElement === ui.send;
    // aria-disabled, not disabled: a disabled button would drop keyboard focus to <body>.
    ui.send.setAttribute('aria-disabled', String(value));
    ui.log.setAttribute('aria-busy', String(value));
    // While an answer is on its way, Stop takes Send's place.
    ui.send.hidden = value;
    ui.stop.hidden = !value;
    if (value && sendHadFocus) ui.stop.focus();
    if (!value && stopHadFocus) ui.question.focus();
  }

  function loadTranscript(raw) {
    try {
      const entries = JSON.parse(raw === undefined ? session.get(STORAGE_KEYS.transcript) || '[]' : raw || '[]');
      return Array.isArray(entries) ? entries : [];
    } catch (err) {
      return [];
    }
  }

  function remember(entry) {
    const entries = loadTranscript();
    entries.push(entry);
    session.set(STORAGE_KEYS.transcript, JSON.stringify(entries.slice(-MAX_TRANSCRIPT_ENTRIES)));
  }

  function updateWelcome() {
    ui.welcome.hidden = ui.log.children.length > 0;
  }

  /* "Ny samtale" clears at once and can be undone for UNDO_MS: the conversation is kept until then. */
  let undoState = null;

  function newConversation() {
    if (current) current.discard();
    const snapshot = {
      conversation: session.get(STORAGE_KEYS.conversation),
      transcript: session.get(STORAGE_KEYS.transcript),
      pending: session.get(STORAGE_KEYS.pending),
    };
    session.remove(STORAGE_KEYS.conversation);
    session.remove(STORAGE_KEYS.transcript);
    session.remove(STORAGE_KEYS.pending);
    ui.log.replaceChildren();
    languageDependent.forEach((block) => { if (!block.element.isConnected) languageDependent.delete(block); });
    updateWelcome();
    ui.question.value = '';
    autosize();
    updateComposer();
    clearComposerMessage();
    if (loadTranscript(snapshot.transcript).length || snapshot.pending) showUndo(snapshot);
    ui.question.focus();
  }

  function showUndo(snapshot) {
    dismissUndo();
    const timer = () => window.setTimeout(() => {
      // Not while the reader is on the button: they are about to use it.
      if (ui.undo.matches(':hover, :focus-within')) undoState.timer = timer(); else dismissUndo();
    }, UNDO_MS);
    undoState = { ...snapshot, timer: timer() };
    ui.undo.hidden = false;
    announce(`${t('conversationCleared')} ${t('undo')}?`);
  }

  function dismissUndo() {
    if (!undoState) return;
    window.clearTimeout(undoState.timer);
    undoState = null;
    const hadFocus = ui.undo.contains(document.activeElement);
    ui.undo.hidden = true;
    if (hadFocus) ui.question.focus();
  }

  function undoNewConversation() {
    if (!undoState || busy) return;
    const { conversation, transcript, pending } = undoState;
    dismissUndo();
    if (conversation) session.set(STORAGE_KEYS.conversation, conversation);
    if (transcript) session.set(STORAGE_KEYS.transcript, transcript);
    if (pending) session.set(STORAGE_KEYS.pending, pending);
    restoreTranscript();
    announce(t('conversationRestored'));
    ui.question.focus();
  }

  /* ---------- messages ---------- */

  function userMessage(text) {
    const el = h('article', { class: 'msg msg-user' },
      ht('span', { class: 'visually-hidden' }, 'youAsked'), ' ',
      h('p', { class: 'msg-text', text }));
    ui.log.append(el);
    updateWelcome();
    return el;
  }

  /** An assistant message: a status line while waiting, then the streamed answer and its extras. Its
      data-trace records what it handled, in order ("start status sources:3 token:57 … done"), with the number
      of source cards and the answer's length on screen at each step. */
  function assistantMessage(question) {
    const key = `m${++messageCounter}`;
    const status = h('p', { class: 'msg-status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ht('span', {}, 'searching'));
    const body = h('div', { class: 'msg-body' });
    // A heading per answer: the outline goes h1, h2 (this), h3 (its sources), also once the welcome is gone.
    const el = h('article', { class: 'msg msg-assistant', id: key, 'aria-busy': 'true' },
      ht('h2', { class: 'visually-hidden' }, 'assistantAnswered'), status, body);
    ui.log.append(el);
    updateWelcome();
    return { key, el, status, body, question, steps: [] };
  }

  function trace(message, step) {
    message.steps.push(step);
    message.el.dataset.trace = message.steps.join(' ');
  }

  function setStatus(message, key, p) {
    message.status.hidden = false;
    bindText(message.status.lastChild, key, p);
  }

  function finishStatus(message) {
    message.status.hidden = true;
    message.el.removeAttribute('aria-busy');
  }

  function citationLink(messageKey, source) {
    const link = h('a', { class: 'cite', href: `#${messageKey}-src-${source.n}` }, String(source.n));
    bindAttr(link, 'aria-label', 'sourceLink', { n: source.n });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      showSourceCard(messageKey, source.n);
    });
    return link;
  }

  /** One line's text, with "[1]" / "[1, 2]" markers turned into links to the source cards. */
  function inlineText(text, messageKey, sourcesByN) {
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(CITATION)) {
      const numbers = match[1].split(/\s*[,;]\s*/).map(Number);
      fragment.append(text.slice(last, match.index));
      if (numbers.every((n) => sourcesByN.has(n))) {
        const group = h('span', { class: 'cite-group' });
        numbers.forEach((n) => group.append(citationLink(messageKey, sourcesByN.get(n))));
        fragment.append(group);
      } else {
        fragment.append(match[0]); // a marker without a source stays plain text rather than a dead link
      }
      last = match.index + match[0].length;
    }
    fragment.append(text.slice(last));
    return fragment;
  }

  /** A quote line ("“…” [1]"): the quoted words are the document's, so they carry its language. */
  function quoteLine(line, messageKey, sourcesByN, answerLanguage) {
    const end = line.lastIndexOf('”');
    if (answerLanguage === DOCUMENT_LANGUAGE || end < 0) return inlineText(line.trim(), messageKey, sourcesByN);
    const start = line.indexOf('“');
    return [h('span', { lang: DOCUMENT_LANGUAGE }, line.slice(start, end + 1)),
      inlineText(line.slice(end + 1), messageKey, sourcesByN)];
  }

  /** The answer text as blocks: lines starting with "- " or "  · " become (nested) lists, quotes ("“…”")
      become quotes that fold after three lines, other lines paragraphs; citations become links. */
  function renderAnswerText(container, text, messageKey, sourcesByN, answerLanguage) {
    const fragment = document.createDocumentFragment();
    let lists = []; // open lists, outermost first: { ul, indent, item }
    let gap = false;
    for (const line of String(text || '').split('\n')) {
      const item = LIST_ITEM.exec(line);
      if (item) {
        const indent = item[1].length;
        while (lists.length && lists[lists.length - 1].indent > indent) lists.pop();
        let top = lists[lists.length - 1];
        if (!top || indent > top.indent) {
          const ul = h('ul', { class: 'answer-list' });
          (top && top.item ? top.item : fragment).append(ul);
          top = { ul, indent, item: null };
          lists.push(top);
        }
        top.item = h('li', {}, inlineText(item[2], messageKey, sourcesByN));
        top.ul.append(top.item);
        continue;
      }
      lists = [];
      if (!line.trim()) { gap = true; continue; }
      let block;
      if (QUOTE_LINE.test(line)) {
        const quote = h('blockquote', { class: 'answer-quote' }, ...[].concat(quoteLine(line, messageKey, sourcesByN, answerLanguage)));
        fragment.append(quote, makeFold(quote, `${messageKey}-quote-${++foldCounter}`, false));
        block = quote;
      } else {
        block = h('p', { class: 'answer-line' }, inlineText(line, messageKey, sourcesByN));
        fragment.append(block);
      }
      if (gap) block.classList.add('after-gap');
      gap = false;
    }
    container.replaceChildren(fragment);
    if (answerLanguage) container.lang = answerLanguage;
    updateFolds(container);
  }

  function showSourceCard(messageKey, n) {
    const card = document.getElementById(`${messageKey}-src-${n}`);
    if (!card) return;
    document.querySelectorAll('.source-card.is-highlighted').forEach((el) => el.classList.remove('is-highlighted'));
    card.classList.add('is-highlighted');
    const folded = card.closest('details.sources-fold'); // a programme answer's sources start folded
    if (folded) folded.open = true;
    const details = card.querySelector('details');
    details.open = true;
    updateFolds(card);
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    card.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'center' });
    details.querySelector('summary').focus({ preventScroll: true });
  }

  /* ---------- source cards ---------- */

  /** Where the quote's sentences ("a … b": several) are in the passage: sorted, merged [start, end) ranges. */
  function quoteRanges(text, quote) {
    const ranges = [];
    for (const piece of String(quote || '').split(/\s*…\s*/)) {
      const words = piece.trim();
      if (!words) continue;
      const pattern = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      const match = new RegExp(pattern).exec(text);
      if (match) ranges.push([match.index, match.index + match[0].length]);
    }
    ranges.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const range of ranges) {
      const last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]); else merged.push([...range]);
    }
    return merged;
  }

  /** The passage with the cited sentences marked. Folded, it shows the marked sentences only ("… cited …"),
      at most three lines; without a quote, the passage's first three lines. */
  function passageQuote(source, id) {
    const text = String(source.text || '');
    const ranges = quoteRanges(text, source.quote);
    const quote = h('blockquote', { class: 'source-text', lang: DOCUMENT_LANGUAGE });
    let hidesText = false;
    const rest = (part) => {
      if (!part) return;
      if (!part.trim()) { quote.append(part); return; }
      hidesText = true;
      quote.append(h('span', { class: 'passage-rest' }, part), h('span', { class: 'passage-gap', 'aria-hidden': 'true' }, ' … '));
    };
    if (!ranges.length) {
      quote.append(text); // no cited sentence (or none found): the passage, from its start
    } else {
      let at = 0;
      for (const [start, end] of ranges) {
        rest(text.slice(at, start));
        quote.append(h('mark', {}, text.slice(start, end)));
        at = end;
      }
      rest(text.slice(at));
    }
    return [quote, makeFold(quote, id, hidesText)];
  }

  /** "Åbn i dokumentet": the passage inside the text around it (GET /v1/passages/{id}/context), the passage
      marked, and a link to the original where the region publishes one. Loaded on first use. */
  function contextOpener(source, id) {
    const panel = h('div', { class: 'context', id, hidden: true });
    const button = h('button', { type: 'button', class: 'btn-link context-open', 'aria-expanded': 'false', 'aria-controls': id },
      icon('document'), ht('span', {}, 'openInDocument'));
    let loaded = false;
    button.addEventListener('click', async () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
      if (!open || loaded) return;
      loaded = true;
      panel.setAttribute('aria-busy', 'true');
      panel.replaceChildren(ht('p', { class: 'context-status' }, 'contextLoading'));
      try {
        const res = await fetch(API.context(source.chunk_id), { headers: { Accept: 'application/json' } });
        if (!res.ok) throw new Error(`context HTTP ${res.status}`);
        renderContext(panel, await res.json(), `${id}-heading`);
      } catch (err) {
        loaded = false; // the next click tries again
        panel.replaceChildren(ht('p', { class: 'context-status error-text' }, 'contextFailed'));
      } finally {
        panel.removeAttribute('aria-busy');
      }
    });
    return [button, panel];
  }

  function sourceMeta(source) {
    const meta = h('span', { class: 'source-meta' });
    const parts = [];
    if (source.year) parts.push(h('span', {}, String(source.year)));
    if (source.section) parts.push(ht('span', {}, 'sourceSection', { section: source.section }));
    if (source.page !== null && source.page !== undefined) parts.push(ht('span', {}, 'sourcePage', { page: source.page }));
    parts.forEach((part, i) => { if (i) meta.append(' · '); meta.append(part); });
    return meta;
  }

  function renderContext(panel, context, headingId) {
    const text = h('div', { class: 'context-text', lang: DOCUMENT_LANGUAGE, tabindex: '0', role: 'group', 'aria-labelledby': headingId },
      context.before ? h('span', { class: 'context-around' }, context.before, '\n\n') : null,
      h('mark', { class: 'context-passage' },
        ht('span', { class: 'visually-hidden' }, 'contextPassage'), ' ', context.passage || '',
        ' ', ht('span', { class: 'visually-hidden' }, 'contextPassageEnd')),
      context.after ? h('span', { class: 'context-around' }, '\n\n', context.after) : null);
    const href = context.url ? webHref(context.url) : null;
    panel.replaceChildren(...[
      h('p', { class: 'context-heading', id: headingId },
        ht('span', {}, 'contextHeading'), ': ',
        h('span', { lang: DOCUMENT_LANGUAGE }, context.title || documentName(context.document))),
      h('p', { class: 'context-meta' }, sourceMeta(context)),
      text,
      href ? h('p', { class: 'context-original' }, externalLink(href, icon('external'), ht('span', {}, 'openOriginal'))) : null,
    ].filter(Boolean));
    // Show the passage at the top of the excerpt's scroll box, with a line of what comes before.
    const mark = text.querySelector('mark');
    text.scrollTop = Math.max(0, mark.offsetTop - 24);
  }

  /** One expandable source card: title, year, section and page; the cited sentences inside their passage. */
  function sourceCard(messageKey, idPrefix, source) {
    const id = `${messageKey}-${idPrefix}-${source.n}`;
    const summary = h('summary', {},
      h('span', { class: 'source-n', 'aria-hidden': 'true' }, String(source.n)),
      h('span', { class: 'source-main' },
        h('span', { class: 'source-title' }, h('span', { class: 'visually-hidden' }, `[${source.n}] `),
          h('span', { lang: DOCUMENT_LANGUAGE }, source.title || documentName(source.document))),
        sourceMeta(source),
        isOldYear(source.year) ? ht('span', { class: 'badge badge-old' }, 'oldSource', { year: source.year }) : null));
    const details = h('details', {}, summary,
      ...passageQuote(source, `${id}-text`),
      h('div', { class: 'source-foot' },
        ht('p', { class: 'source-document' }, 'sourceDocument', { document: documentName(source.document) }),
        ...(source.chunk_id ? contextOpener(source, `${id}-context`) : [])));
    return h('li', { class: 'source-card', id }, details);
  }

  /** Sources under a heading. Not a landmark (a <div>): one "Kilder" region per answer would make many
      regions of the same name. */
  function sourceList(messageKey, idPrefix, headingKey, sources) {
    const headingId = `${messageKey}-${idPrefix}-heading`;
    return h('div', { class: `sources sources-${idPrefix}` },
      ht('h3', { class: 'sources-heading', id: headingId }, headingKey),
      h('ol', { class: 'source-list', 'aria-labelledby': headingId }, ...sources.map((s) => sourceCard(messageKey, idPrefix, s))));
  }

  /** An abstention's nearest sections, by document: each title once, each of its sections once. */
  function suggestionList(messageKey, suggestions) {
    const headingId = `${messageKey}-sug-heading`;
    const documents = new Map();
    for (const s of suggestions) {
      const group = documents.get(s.document) || documents.set(s.document, { first: s, sections: new Map() }).get(s.document);
      const section = s.section || '';
      if (!group.sections.has(section)) group.sections.set(section, s);
    }
    const cards = [...documents.values()].map(({ first, sections }) => {
      const id = `${messageKey}-sug-${first.n}`;
      const items = [...sections.values()].map((s) => {
        const sid = `${messageKey}-sug-${first.n}-${s.n}`;
        const meta = [];
        if (s.page !== null && s.page !== undefined) meta.push(ht('span', { class: 'source-meta' }, 'sourcePage', { page: s.page }));
        return h('li', { class: 'suggestion-section' }, h('details', {},
          h('summary', {}, h('span', { class: 'suggestion-name', lang: DOCUMENT_LANGUAGE }, s.section || documentName(s.document)), ...meta),
          ...passageQuote(s, `${sid}-text`),
          s.chunk_id ? h('div', { class: 'source-foot' }, ...contextOpener(s, `${sid}-context`)) : null));
      });
      return h('li', { class: 'source-card suggestion-card', id },
        h('div', { class: 'suggestion-head' },
          h('span', { class: 'source-title', lang: DOCUMENT_LANGUAGE }, first.title || documentName(first.document)),
          h('span', { class: 'source-meta' }, first.year ? String(first.year) : '', first.year ? ' · ' : '',
            ht('span', {}, sections.size === 1 ? 'sourceSectionsOne' : 'sourceSections', { count: sections.size })),
          isOldYear(first.year) ? ht('span', { class: 'badge badge-old' }, 'oldSource', { year: first.year }) : null),
        h('ul', { class: 'suggestion-sections' }, ...items));
    });
    return h('div', { class: 'sources sources-sug' },
      ht('h3', { class: 'sources-heading', id: headingId }, 'suggestionsHeading'),
      h('ol', { class: 'source-list', 'aria-labelledby': headingId }, ...cards));
  }

  /** Routes whose answers end with the region's contact (when one is configured); abstentions always do. */
  const CONTACT_ROUTES = new Set(['finder', 'finder+facts', 'eligibility', 'programme_detail', 'contact']);
  const FINDER_ROUTES = new Set(['finder', 'finder+facts']);

  /** "tel:+4578410000" from "+45 7841 0000"; null when nothing dialable is left. */
  function telHref(phone) {
    const digits = String(phone).replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
    return /\d/.test(digits) ? `tel:${digits}` : null;
  }

  /** "Tal med en person": the region's human contact (corpus/contact.yaml), as links a phone can use. Not a
      landmark, for the same reason as the sources. */
  function contactBlock(messageKey, contact) {
    const headingId = `${messageKey}-contact-heading`;
    const rows = [];
    // The icon says phone / e-mail / web / hours to the eye; the hidden label says it to a screen reader.
    const row = (iconName, labelKey, value) => rows.push(h('li', {}, icon(iconName),
      h('span', {}, ht('span', { class: 'visually-hidden' }, labelKey), ' ', value)));
    if (contact.phone) {
      const href = telHref(contact.phone);
      row('phone', 'contactPhone', href ? h('a', { href }, contact.phone) : contact.phone);
    }
    if (contact.email) row('mail', 'contactEmail', h('a', { href: `mailto:${String(contact.email).trim()}` }, contact.email));
    if (contact.url) {
      const href = webHref(contact.url);
      // Shown without "https://" (shorter on a phone); the link itself keeps the full address.
      const shown = href ? String(contact.url).replace(/^https?:\/\//i, '').replace(/\/$/, '') : contact.url;
      row('link', 'contactWeb', href ? h('a', { href, target: '_blank', rel: 'noopener' }, shown) : contact.url);
    }
    if (contact.opening_hours) row('clock', 'contactHours', contact.opening_hours);
    return h('div', { class: 'contact', role: 'group', 'aria-labelledby': headingId },
      ht('h3', { class: 'contact-heading', id: headingId }, 'contactHeading'),
      contact.name ? h('p', { class: 'contact-name' }, contact.name) : null,
      rows.length ? h('ul', { class: 'contact-list' }, ...rows) : null);
  }

  /** A nudge towards the programme finder: `textKey` says why, the button opens it. */
  function finderOffer(textKey) {
    const button = h('button', { type: 'button', class: 'btn btn-secondary open-finder-inline' },
      icon('search'), ht('span', {}, 'findProgramme'));
    button.addEventListener('click', () => openFinder(button));
    return h('div', { class: 'finder-offer' }, ht('p', {}, textKey), button);
  }

  /* ---------- feedback ---------- */

  async function postFeedback(body) {
    const res = await fetch(API.feedback, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`feedback HTTP ${res.status}`);
  }

  /** Thumbs up/down for one answer; each click posts /v1/feedback and shows a thank-you. Thumbs down also
      opens an optional comment box (posted as a second, commented "down"). */
  function feedbackBar(messageKey, response) {
    const status = h('p', { class: 'feedback-status', role: 'status' });
    const buttons = {};
    const bar = h('div', { class: 'feedback' }, ht('span', { class: 'feedback-prompt' }, 'feedbackPrompt'));
    for (const [rating, labelKey, iconName] of [['up', 'feedbackUp', 'thumbUp'], ['down', 'feedbackDown', 'thumbDown']]) {
      const button = h('button', { type: 'button', class: `btn btn-icon btn-feedback feedback-${rating}`, 'aria-pressed': 'false' }, icon(iconName));
      bindAttr(button, 'aria-label', labelKey);
      bindAttr(button, 'title', labelKey);
      button.addEventListener('click', () => sendRating(rating));
      buttons[rating] = button;
      bar.append(button);
    }
    bar.append(status);

    const commentId = `${messageKey}-comment`;
    const commentBox = h('textarea', { id: commentId, class: 'feedback-comment-text', rows: '2', maxlength: '2000' });
    const commentSend = h('button', { type: 'submit', class: 'btn btn-secondary' }, ht('span', {}, 'feedbackCommentSend'));
    const commentStatus = h('p', { class: 'feedback-status', role: 'status' });
    const commentForm = h('form', { class: 'feedback-comment', hidden: true, novalidate: true },
      ht('label', { for: commentId }, 'feedbackCommentLabel'), commentBox,
      h('div', { class: 'feedback-comment-actions' }, commentSend, commentStatus));
    commentForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      const comment = commentBox.value.trim();
      if (!comment) { commentBox.focus(); return; }
      try {
        await postFeedback({ conversation_id: response.conversation_id, message_id: response.message_id, rating: 'down', comment });
        commentForm.replaceChildren(ht('p', { class: 'feedback-status', role: 'status' }, 'feedbackCommentThanks'));
      } catch (err) {
        bindText(commentStatus, 'feedbackFailed');
      }
    });

    async function sendRating(rating) {
      for (const [r, button] of Object.entries(buttons)) button.setAttribute('aria-pressed', String(r === rating));
      if (commentForm.isConnected && commentForm.querySelector('textarea')) commentForm.hidden = rating !== 'down';
      try {
        await postFeedback({ conversation_id: response.conversation_id, message_id: response.message_id, rating });
        bindText(status, 'feedbackThanks');
      } catch (err) {
        buttons[rating].setAttribute('aria-pressed', 'false');
        commentForm.hidden = true;
        bindText(status, 'feedbackFailed');
      }
    }
    return h('div', { class: 'feedback-area' }, bar, commentForm);
  }

  /* ---------- answers ---------- */

  /** A finder answer's text without its list of programmes ("- X – passer: ..." and its "· reason" lines):
   *  the cards show those. Returns [first line, the rest]. */
  function finderTextAroundList(answer) {
    const [intro, ...rest] = answer.split('\n');
    return [intro, rest.filter((line) => !/^- |^\s+· /.test(line)).join('\n').trim()];
  }

  /** "Svaret blev givet på engelsk" under an answer in the other language than the page's, with a button
      that asks again in the page's language. */
  function languageNote(message, answerLanguage) {
    const note = h('div', { class: 'note language-note' });
    const block = {
      element: note,
      render() {
        note.hidden = !answerLanguage || answerLanguage === lang;
        if (note.hidden) { note.replaceChildren(); return; }
        const again = h('button', { type: 'button', class: 'btn-link' }, t('askIn'));
        again.addEventListener('click', () => ask(message.question));
        note.replaceChildren(icon('language'), h('span', {}, t(`answeredIn_${answerLanguage}`), ' ', again));
      },
    };
    block.render();
    languageDependent.add(block);
    return note;
  }

  /** Renders a finished /v1/ask response into an assistant message. */
  function renderAnswer(message, response) {
    finishStatus(message);
    const sources = response.sources || [];
    const sourcesByN = new Map(sources.map((s) => [s.n, s]));
    const programmes = response.programmes || [];
    const answerLanguage = response.language || null;
    // A finder answer: its first line, then the programme cards, then the rest of the text (what does not
    // fit, the caveat, what to tell, the documents' facts). The cards replace the text's list.
    const asCards = programmes.length > 0 && FINDER_ROUTES.has(response.route);
    const [lead, after] = asCards ? finderTextAroundList(response.answer || '') : [response.answer || '', ''];
    const text = h('div', { class: 'answer-text' });
    const parts = [];
    if (response.abstained) {
      message.el.classList.add('msg-abstained');
      parts.push(h('p', { class: 'abstained-title' }, icon('info'), ht('span', {}, 'abstainedTitle')));
    }
    parts.push(text);
    let rest = null;
    if (asCards) {
      parts.push(programmeResults(programmes, message.key, { saidAbove: response.answer || '' }));
      if (after) {
        rest = h('div', { class: 'answer-text' });
        parts.push(rest);
      }
    }
    if (sources.length && programmes.length) {
      // A programme answer's sources are the programme cards' own quotes: fold them, so the cards come
      // right after the text. A citation link unfolds them.
      parts.push(h('details', { class: 'sources-fold' },
        ht('summary', {}, 'sourcesFolded', { count: sources.length }),
        sourceList(message.key, 'src', 'sourcesHeading', sources)));
    } else if (sources.length) {
      parts.push(sourceList(message.key, 'src', 'sourcesHeading', sources));
    }
    // Other answers that carry programmes (eligibility, a programme's price): the text says it; the cards
    // follow, the offer folded since the text names it.
    if (programmes.length && !asCards) {
      parts.push(programmeResults(programmes, message.key, { offerFolded: true, saidAbove: response.answer || '' }));
    }
    // The answer text lists the missing facts; the finder is where to give them.
    if (response.profile_hints && response.profile_hints.length) parts.push(finderOffer('sharpenOffer'));
    if (response.abstained) {
      const suggestions = response.suggestions || [];
      if (suggestions.length) parts.push(suggestionList(message.key, suggestions));
      // The web chat's own next step after an abstention: its programme finder.
      parts.push(finderOffer('programmeOffer'));
    }
    if (response.contact && (response.abstained || CONTACT_ROUTES.has(response.route))) {
      parts.push(contactBlock(message.key, response.contact));
    }
    if (message.question) parts.push(languageNote(message, answerLanguage));
    parts.push(feedbackBar(message.key, response));
    message.body.replaceChildren(...parts.filter(Boolean));
    renderAnswerText(text, lead, message.key, sourcesByN, answerLanguage);
    if (rest) renderAnswerText(rest, after, message.key, sourcesByN, answerLanguage);
  }

  /** A stopped answer: what arrived stays, marked as stopped, with "Spørg igen". */
  function renderStopped(message, partial, retry) {
    finishStatus(message);
    message.el.classList.add('msg-stopped');
    const streaming = message.body.querySelector('.answer-text.is-streaming');
    if (streaming) streaming.classList.remove('is-streaming');
    const again = h('button', { type: 'button', class: 'btn btn-secondary retry' }, icon('retry'), ht('span', {}, 'askAgain'));
    again.addEventListener('click', retry);
    message.body.append(h('div', { class: 'stopped-note' },
      h('p', { class: 'note' }, icon('stop'), ht('span', {}, partial && partial.trim() ? 'stopped' : 'stoppedNothing')), again));
  }

  /** Error text for a failed request, and a retry button that runs `retry`, scrolled clear of the composer. */
  function renderError(message, error, retry) {
    finishStatus(message);
    message.el.classList.add('msg-error');
    const [key, p] = errorText(error);
    const button = h('button', { type: 'button', class: 'btn btn-secondary retry' }, icon('retry'), ht('span', {}, 'retry'));
    button.addEventListener('click', retry);
    message.body.replaceChildren(h('div', { class: 'error' }, ht('p', { class: 'error-text' }, key, p), button));
    button.scrollIntoView({ block: 'nearest' }); // scroll-padding keeps it above the sticky composer
    announce(t(key, p));
  }

  function errorText(error) {
    switch (error.kind) {
      case 'rate-limited':
        return error.retryAfter ? ['errorRateLimited', { seconds: error.retryAfter }] : ['errorRateLimitedSoon'];
      case 'unavailable': return ['errorUnavailable'];
      case 'network': return ['errorNetwork'];
      case 'timeout': return ['errorTimeout'];
      case 'interrupted': return ['errorInterrupted'];
      case 'problem': return error.detail ? ['errorProblem', { detail: error.detail }] : ['errorUnknown'];
      default: return ['errorUnknown'];
    }
  }

  /* ---------- talking to the service ---------- */

  class RequestError extends Error {
    constructor(kind, extra) {
      super(kind);
      this.kind = kind;
      Object.assign(this, extra);
    }
  }

  /** Seconds from a Retry-After header (delta-seconds or an HTTP date); null if absent or unreadable. */
  function retryAfterSeconds(header) {
    if (!header) return null;
    if (/^\s*\d+\s*$/.test(header)) return Math.max(1, parseInt(header, 10));
    const date = Date.parse(header);
    return Number.isNaN(date) ? null : Math.max(1, Math.ceil((date - Date.now()) / 1000));
  }

  function problemDetail(problem) {
    if (!problem) return '';
    const detail = problem.detail ?? problem.title ?? '';
    if (Array.isArray(detail)) return detail.map((d) => d.msg || JSON.stringify(d)).join('; ');
    return typeof detail === 'string' ? detail : JSON.stringify(detail);
  }

  function errorFromProblem(status, problem, retryAfterHeader) {
    if (status === 429) {
      return new RequestError('rate-limited', { retryAfter: retryAfterSeconds(retryAfterHeader) ?? problem?.retry_after ?? null });
    }
    if (status === 503) return new RequestError('unavailable');
    return new RequestError('problem', { status, detail: problemDetail(problem) });
  }

  async function errorFromResponse(res) {
    let problem = null;
    try { problem = await res.json(); } catch (err) { /* not JSON: status alone decides */ }
    return errorFromProblem(res.status, problem, res.headers.get('Retry-After'));
  }

  /** A request the reader can stop (Stop) or that "Ny samtale" discards: an AbortController and why it ended. */
  function stoppable() {
    const controller = new AbortController();
    const request = {
      signal: controller.signal,
      stopped: false,
      discarded: false,
      stop() { request.stopped = true; controller.abort(); },
      discard() { request.discarded = true; controller.abort(); },
      abort() { controller.abort(); },
    };
    return request;
  }

  async function postJson(url, body, request) {
    let res;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...CHANNEL },
        body: JSON.stringify(body),
        signal: request && request.signal,
      });
      if (!res.ok) throw await errorFromResponse(res);
      return await res.json();
    } catch (err) {
      if (request && (request.stopped || request.discarded)) throw new RequestError(request.discarded ? 'discarded' : 'stopped', { text: '' });
      if (err instanceof RequestError) throw err;
      throw new RequestError('network');
    }
  }

  /** Reads a text/event-stream body and calls onEvent(name, data) per event. */
  async function readEventStream(body, onEvent, onActivity) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let eventName = 'message';
    let data = [];
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      onActivity();
      buffer += value;
      // A chunk may end between the \r and \n of a CRLF; keep that \r for the next round.
      const cut = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
      const ready = buffer.slice(0, cut).replace(/\r\n?/g, '\n');
      const lastNewline = ready.lastIndexOf('\n');
      if (lastNewline < 0) continue;
      const lines = ready.slice(0, lastNewline).split('\n');
      buffer = ready.slice(lastNewline + 1) + buffer.slice(cut);
      for (const line of lines) {
        if (line === '') {
          if (data.length) await onEvent(eventName, data.join('\n'));
          eventName = 'message';
          data = [];
        } else if (line.startsWith(':')) {
          // comment / keep-alive
        } else {
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          let value = colon < 0 ? '' : line.slice(colon + 1);
          if (value.startsWith(' ')) value = value.slice(1);
          if (field === 'event') eventName = value;
          else if (field === 'data') data.push(value);
        }
      }
    }
    if (data.length) await onEvent(eventName, data.join('\n'));
  }

  const STAGES = { searching: 'searching' }; // status event stage -> text key

  /** Asks one question over /v1/ask/stream: the status at once, the source cards when `sources` arrives, the
      text growing with each `token`. Resolves to the final response; Stop rejects with kind 'stopped' and
      what arrived. */
  async function streamAnswer(body, message, request) {
    let timedOut = false;
    let idleTimer = 0;
    const stillAlive = () => {
      window.clearTimeout(idleTimer);
      idleTimer = window.setTimeout(() => { timedOut = true; request.abort(); }, STREAM_IDLE_TIMEOUT_MS);
    };
    stillAlive();

    let sourcesByN = new Map();
    let text = '';
    let finalResponse = null;
    const answerText = h('div', { class: 'answer-text is-streaming' });
    const ended = () => {
      if (request.discarded) return new RequestError('discarded');
      if (request.stopped) return new RequestError('stopped', { text, sources: [...sourcesByN.values()] });
      return null;
    };

    const onEvent = (name, raw) => {
      if (request.stopped || request.discarded) return;
      let data;
      try { data = JSON.parse(raw); } catch (err) { throw new RequestError('problem', { detail: `unreadable ${name} event from the server` }); }
      if (name === 'status') {
        if (STAGES[data.stage]) setStatus(message, STAGES[data.stage]);
        trace(message, `status:${data.stage}`);
      } else if (name === 'sources') {
        if (data.conversation_id) session.set(STORAGE_KEYS.conversation, data.conversation_id);
        const sources = data.sources || [];
        sourcesByN = new Map(sources.map((s) => [s.n, s]));
        if (sources.length) setStatus(message, 'writing', { count: sources.length });
        // Cards first, so citation links in the streaming text already have a target.
        const wasNearBottom = isNearBottom();
        if (sources.length) message.body.replaceChildren(sourceList(message.key, 'src', 'sourcesHeading', sources));
        followOutput(wasNearBottom);
        trace(message, `sources:${message.body.querySelectorAll('.source-card').length}`);
      } else if (name === 'token') {
        const wasNearBottom = isNearBottom();
        if (!answerText.isConnected) {
          message.status.hidden = true;
          message.body.prepend(answerText);
        }
        text += data.text || '';
        renderAnswerText(answerText, text.replace(/\n$/, ''), message.key, sourcesByN, body.language);
        followOutput(wasNearBottom);
        trace(message, `token:${answerText.textContent.length}`);
      } else if (name === 'done') {
        finalResponse = data;
        trace(message, 'done');
      } else if (name === 'error') {
        throw errorFromProblem(data.status, data, null);
      }
    };

    try {
      let res;
      try {
        res = await fetch(API.ask, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', ...CHANNEL },
          body: JSON.stringify(body),
          signal: request.signal,
        });
      } catch (err) {
        throw ended() || new RequestError(timedOut ? 'timeout' : 'network');
      }
      if (!res.ok) throw await errorFromResponse(res);
      try {
        await readEventStream(res.body, onEvent, stillAlive);
      } catch (err) {
        if (ended()) throw ended();
        if (err instanceof RequestError) throw err;
        throw new RequestError(timedOut ? 'timeout' : 'interrupted');
      }
      if (ended()) throw ended();
      if (!finalResponse) throw new RequestError('interrupted');
      return finalResponse;
    } finally {
      window.clearTimeout(idleTimer);
    }
  }

  async function ask(question) {
    if (busy) return;
    dismissUndo();
    const request = stoppable();
    current = request;
    setBusy(true);
    session.set(STORAGE_KEYS.pending, JSON.stringify({ question }));
    const userEl = userMessage(question);
    const message = assistantMessage(question);
    trace(message, 'start');
    followOutput(true); // the reader just sent this; show it
    const body = { question, language: lang };
    const conversationId = session.get(STORAGE_KEYS.conversation);
    if (conversationId) body.conversation_id = conversationId;
    const again = () => {
      userEl.remove();
      message.el.remove();
      ask(question);
    };
    try {
      let response;
      let restarted = false;
      try {
        response = await streamAnswer(body, message, request);
      } catch (error) {
        // 404 with a conversation_id: the server forgot the conversation (expired). Ask in a new one.
        if (!(error.kind === 'problem' && error.status === 404 && body.conversation_id)) throw error;
        session.remove(STORAGE_KEYS.conversation);
        delete body.conversation_id;
        restarted = true;
        response = await streamAnswer(body, message, request);
      }
      if (response.conversation_id) session.set(STORAGE_KEYS.conversation, response.conversation_id);
      const following = isNearBottom();
      renderAnswer(message, response);
      if (restarted) message.body.prepend(h('p', { class: 'note' }, icon('info'), ht('span', {}, 'conversationExpired')));
      if (following) revealReply(userEl, message.el);
      remember({ kind: 'answer', question, response });
      announce(`${t('answerReady')} ${stripCitations(response.answer)}`);
    } catch (error) {
      if (error.kind === 'discarded' || unloading) return;
      if (error.kind === 'stopped') {
        trace(message, 'stopped');
        renderStopped(message, error.text, again);
        remember({ kind: 'stopped', question, text: error.text || '', sources: error.sources || [], language: body.language });
        announce(t(error.text && error.text.trim() ? 'stopped' : 'stoppedNothing'));
      } else {
        if (!(error instanceof RequestError)) console.error(error);
        trace(message, 'error');
        renderError(message, error, again);
      }
    } finally {
      if (current === request) current = null;
      if (!unloading) {
        if (!request.discarded) session.remove(STORAGE_KEYS.pending);
        setBusy(false);
      }
    }
  }

  /* ---------- programme finder ---------- */

  let finderOpener = null;

  function openFinder(opener) {
    finderOpener = opener || document.activeElement;
    ui.finderEmployeesError.hidden = true;
    ui.finderEmployees.removeAttribute('aria-invalid');
    ui.finder.showModal();
    ui.finderEmployees.focus();
  }

  function closeFinder() {
    if (ui.finder.open) ui.finder.close();
  }

  function finderRequest() {
    const form = new FormData(ui.finderForm);
    const request = {};
    const employees = String(form.get('employees') || '').trim();
    if (employees) request.employees = Number(employees);
    const newCompany = form.get('new_company');
    if (newCompany === 'yes') request.new_company = true;
    if (newCompany === 'no') request.new_company = false;
    const goal = String(form.get('goal') || '').trim();
    if (goal) request.goal = goal;
    const markets = String(form.get('markets') || '').split(',').map((m) => m.trim()).filter(Boolean);
    if (markets.length) request.markets = markets;
    return request;
  }

  /** "80 ansatte, mål: eksport" – the user's side of a programme search, in the current language. */
  function requestSummary(request) {
    const parts = [];
    if (request.employees !== undefined) parts.push(t('summaryEmployees', { employees: request.employees }));
    if (request.new_company === true) parts.push(t('summaryNew'));
    if (request.new_company === false) parts.push(t('summaryNotNew'));
    if (request.goal) parts.push(t('summaryGoal', { goal: request.goal }));
    if (request.markets) parts.push(t('summaryMarkets', { markets: request.markets.join(', ') }));
    return parts.length ? t('finderRequest', { summary: parts.join(', ') }) : t('finderRequestEmpty');
  }

  /** How many programmes a result shows before "Vis flere": the best three are what a company reads. */
  const PROGRAMMES_SHOWN_FIRST = 3;

  // programme.verdict -> card class, badge class, icon and text key. Without a verdict, `fits` decides.
  const VERDICTS = {
    fits: { kind: 'fits', icon: 'check', key: 'fits' },
    may_fit: { kind: 'may-fit', icon: 'question', key: 'mayFit' },
    no_fit: { kind: 'not-fits', icon: 'cross', key: 'notFits' },
  };

  function verdictOf(programme) {
    if (Object.prototype.hasOwnProperty.call(VERDICTS, programme.verdict || '')) return VERDICTS[programme.verdict];
    return programme.fits ? VERDICTS.fits : VERDICTS.no_fit;
  }

  /** A programme field in the reader's language: `field_en` in English when the service sent one. */
  function localized(programme, field) {
    return (lang === 'en' && programme[`${field}_en`]) || programme[field];
  }

  /** One programme: name, verdict badge, operator, offer, reasons, caveat (unless `sharedCaveat` already says
      it above the list) and its quotes, folded. With `offerFolded` (under an answer text, which already says
      what the best programmes offer) the offer is folded together with the quotes. */
  function programmeCard(programme, rank, sharedCaveat, offerFolded) {
    const verdict = verdictOf(programme);
    const name = localized(programme, 'name');
    const operator = localized(programme, 'operator');
    const reasons = localized(programme, 'reasons') || [];
    const offers = localized(programme, 'offers');
    const caveat = sharedCaveat ? null : localized(programme, 'caveat');
    const citations = programme.citations || [];
    return h('li', { class: `programme programme-${verdict.kind}` },
      // The badge flows after the name like a word: beside it when there is room, below it when not, so a
      // long name is never squeezed into a narrow column.
      h('div', { class: 'programme-head' },
        h('span', { class: 'programme-rank', 'aria-hidden': 'true' }, String(rank)),
        h('h4', { class: 'programme-name' }, h('span', { class: 'visually-hidden' }, `${t('rank', { rank })}: `), name),
        ' ',
        h('span', { class: `badge badge-verdict badge-${verdict.kind}` }, icon(verdict.icon), t(verdict.key))),
      operator ? h('p', { class: 'programme-operator' }, t('operator', { operator })) : null,
      offers && !offerFolded ? h('p', { class: 'programme-offers' }, offers) : null,
      reasons.length ? h('div', { class: 'programme-reasons' },
        h('h5', { class: 'visually-hidden' }, t('reasonsHeading')),
        h('ul', {}, ...reasons.map((reason) => h('li', { text: reason })))) : null,
      caveat ? h('p', { class: 'note programme-caveat' }, icon('info'), h('span', {}, t('caveat', { caveat }))) : null,
      // The quotes behind the facts are there for whoever wants to check; folded, they keep the card short.
      citations.length || (offers && offerFolded) ? h('details', { class: 'programme-evidence' },
        h('summary', {}, t(!(offers && offerFolded) ? 'evidenceCount' : citations.length ? 'offerAndEvidence' : 'offerOnly',
          { count: citations.length })),
        offers && offerFolded ? h('p', { class: 'programme-offers' }, offers) : null,
        ...citations.map(citationQuote)) : null);
  }

  function citationQuote(citation) {
    const factKey = `fact_${citation.fact}`;
    const caption = h('figcaption', {});
    if (citation.fact && I18N.has(lang, factKey)) caption.append(h('span', { class: 'fact' }, t(factKey)), ' · ');
    caption.append(documentName(citation.document));
    if (citation.year) caption.append(`, ${citation.year}`); // the programme's caveat says when that is old
    // The quote is the document's own words (Danish); a long one folds after three lines.
    const quote = h('blockquote', { lang: DOCUMENT_LANGUAGE }, citation.quote);
    return h('figure', { class: 'quote' }, quote, makeFold(quote, `quote-${++foldCounter}`, false), caption);
  }

  /** The ranked programme list: the best three, then "Vis flere (N)" unfolding the rest (and folding them
      again). Re-rendered on language change, since names, reasons and offers come in both languages; what is
      unfolded stays unfolded. `saidAbove`: the answer text above the list, so a caveat it already states is
      not repeated. */
  function programmeResults(programmes, messageKey, { offerFolded = false, saidAbove = '' } = {}) {
    const container = h('section', { class: 'programmes' });
    const restId = `${messageKey}-programmes-rest`;
    const state = { expanded: false, open: new Set() }; // open: indexes of cards whose quotes are unfolded
    const block = {
      element: container,
      render() {
        container.querySelectorAll('li.programme').forEach((card, i) => {
          const evidence = card.querySelector('details.programme-evidence');
          if (evidence && evidence.open) state.open.add(i); else state.open.delete(i);
        });
        const hadFocus = container.contains(document.activeElement) && document.activeElement.matches('button.programmes-more');
        // The same caveat on every card ("the documents are from 2010") is said once, above the list.
        const caveats = new Set(programmes.map((p) => localized(p, 'caveat') || ''));
        const sharedCaveat = programmes.length > 1 && caveats.size === 1 ? [...caveats][0] : '';
        const cards = programmes.map((p, i) => {
          const card = programmeCard(p, i + 1, sharedCaveat, offerFolded);
          const evidence = card.querySelector('details.programme-evidence');
          if (evidence && state.open.has(i)) evidence.open = true;
          return card;
        });
        const parts = [h('h3', { class: 'programmes-heading' }, t('programmesHeading'))];
        if (sharedCaveat && !saidAbove.includes(sharedCaveat)) parts.push(h('p', { class: 'note programme-caveat programmes-caveat' }, icon('info'), h('span', {}, t('caveat', { caveat: sharedCaveat }))));
        if (!cards.length) {
          parts.push(h('p', {}, t('programmesNone')));
        } else {
          parts.push(h('ol', { class: 'programme-list' }, ...cards.slice(0, PROGRAMMES_SHOWN_FIRST)));
          const rest = cards.slice(PROGRAMMES_SHOWN_FIRST);
          if (rest.length) {
            const more = h('button', {
              type: 'button',
              class: 'btn btn-secondary programmes-more',
              'aria-expanded': String(state.expanded),
              'aria-controls': restId,
            }, state.expanded ? t('showFewer') : t('showMore', { count: rest.length }), icon('chevron'));
            const list = h('ol', { class: 'programme-list programme-rest', id: restId, start: String(PROGRAMMES_SHOWN_FIRST + 1) }, ...rest);
            list.hidden = !state.expanded;
            more.addEventListener('click', () => {
              state.expanded = !state.expanded;
              more.setAttribute('aria-expanded', String(state.expanded));
              more.firstChild.textContent = state.expanded ? t('showFewer') : t('showMore', { count: rest.length });
              list.hidden = !state.expanded;
            });
            parts.push(more, list);
          }
        }
        container.replaceChildren(...parts);
        if (hadFocus) container.querySelector('button.programmes-more').focus();
      },
    };
    block.render();
    languageDependent.add(block);
    return container;
  }

  function renderProgrammeAnswer(message, response) {
    finishStatus(message);
    const programmes = response.programmes || [];
    const edit = h('button', { type: 'button', class: 'btn btn-secondary' }, ht('span', {}, 'editAnswers'));
    edit.addEventListener('click', () => openFinder(edit));
    message.body.replaceChildren(...[
      programmeResults(programmes, message.key),
      h('div', { class: 'programme-actions' }, edit),
      response.contact ? contactBlock(message.key, response.contact) : null,
    ].filter(Boolean));
  }

  function announceProgrammes(response) {
    const programmes = response.programmes || [];
    announce(programmes.length ? t('programmesReady', { count: programmes.length, name: localized(programmes[0], 'name') }) : t('programmesNone'));
  }

  function userProgrammeMessage(request) {
    const el = userMessage('');
    const text = el.querySelector('.msg-text');
    const block = { element: el, render() { text.textContent = requestSummary(request); } };
    block.render();
    languageDependent.add(block);
    return el;
  }

  async function findProgrammes(finderRequestBody) {
    if (busy) return;
    dismissUndo();
    const request = stoppable();
    current = request;
    setBusy(true);
    const userEl = userProgrammeMessage(finderRequestBody);
    const message = assistantMessage(null);
    setStatus(message, 'findingProgrammes');
    followOutput(true);
    const again = () => {
      userEl.remove();
      message.el.remove();
      findProgrammes(finderRequestBody);
    };
    try {
      const response = await postJson(API.match, finderRequestBody, request);
      const following = isNearBottom();
      renderProgrammeAnswer(message, response);
      if (following) revealReply(userEl, message.el);
      remember({ kind: 'programmes', request: finderRequestBody, response });
      announceProgrammes(response);
    } catch (error) {
      if (error.kind === 'discarded' || unloading) return;
      if (error.kind === 'stopped') {
        renderStopped(message, '', again);
        announce(t('stoppedNothing'));
      } else {
        if (!(error instanceof RequestError)) console.error(error);
        renderError(message, error, again);
      }
    } finally {
      if (current === request) current = null;
      if (!unloading) setBusy(false);
    }
  }

  function onFinderSubmit(event) {
    event.preventDefault();
    const employees = ui.finderEmployees.value.trim();
    const valid = ui.finderEmployees.validity.valid && (employees === '' || /^\d+$/.test(employees));
    ui.finderEmployeesError.hidden = valid;
    if (!valid) {
      ui.finderEmployees.setAttribute('aria-invalid', 'true');
      ui.finderEmployees.focus();
      return;
    }
    ui.finderEmployees.removeAttribute('aria-invalid');
    closeFinder();
    findProgrammes(finderRequest());
  }

  /* ---------- welcome: what the assistant knows (GET /v1/about) ---------- */

  /** "Jeg kender 3 dokumenter fra 2007–2010:" and their titles (the first few, then "Vis alle"), from the
      index itself; the region's contact under the examples. Without /v1/about the welcome stays general. */
  async function loadAbout() {
    // Read once per visit (it counts against the rate limit like any request), not on every page of the site.
    let about = null;
    try { about = JSON.parse(session.get(STORAGE_KEYS.about) || 'null'); } catch (err) { about = null; }
    if (!about) {
      try {
        const res = await fetch(API.about, { headers: { Accept: 'application/json' } });
        if (!res.ok) return;
        about = await res.json();
        session.set(STORAGE_KEYS.about, JSON.stringify(about));
      } catch (err) {
        return;
      }
    }
    const documents = Array.isArray(about.documents) ? about.documents : [];
    const years = Array.isArray(about.years) ? about.years.filter(Number.isInteger) : [];
    if (documents.length) {
      const block = {
        element: ui.welcomeKnows,
        render() {
          const one = documents.length === 1;
          const [first, last] = [years[0], years[years.length - 1]];
          let key = one ? 'welcomeKnowsOne' : 'welcomeKnows';
          if (years.length) key = first === last ? (one ? 'welcomeKnowsOneYear' : 'welcomeKnowsYear') : (one ? 'welcomeKnowsOneRange' : 'welcomeKnowsRange');
          const item = (doc) => {
            const title = h('span', { lang: DOCUMENT_LANGUAGE }, doc.title || documentName(doc.source));
            const href = doc.url ? webHref(doc.url) : null;
            return h('li', {}, href ? externalLink(href, title) : title, doc.year ? ` (${doc.year})` : '');
          };
          const shown = documents.slice(0, WELCOME_DOCUMENTS_SHOWN);
          const more = documents.slice(WELCOME_DOCUMENTS_SHOWN);
          ui.welcomeKnows.replaceChildren(...[
            h('p', { id: 'welcome-knows-label' }, t(key, { count: documents.length, first, last })),
            h('ul', { class: 'welcome-documents', 'aria-labelledby': 'welcome-knows-label' }, ...shown.map(item)),
            more.length ? h('details', { class: 'welcome-more' },
              h('summary', {}, t('welcomeAllDocuments', { count: documents.length })),
              h('ul', { class: 'welcome-documents' }, ...more.map(item))) : null,
            years.length && isOldYear(last) ? h('p', { class: 'note' }, icon('info'), h('span', {}, t('welcomeOld'))) : null,
          ].filter(Boolean));
          ui.welcomeKnows.hidden = false;
        },
      };
      block.render();
      languageDependent.add(block);
    }
    if (about.contact) {
      ui.welcomeContact.replaceChildren(contactBlock('welcome', about.contact));
      ui.welcomeContact.hidden = false;
    }
  }

  /* ---------- composer ---------- */

  let questionLimit = Number(session.get(STORAGE_KEYS.questionLimit)) || DEFAULT_QUESTION_LIMIT;
  let limitRequested = Boolean(session.get(STORAGE_KEYS.questionLimit));

  /** The API's own limit, from its OpenAPI schema (AskRequest.question.maxLength); read once, when a
      question gets long enough to need it. */
  async function loadQuestionLimit() {
    if (limitRequested) return;
    limitRequested = true;
    try {
      const res = await fetch(API.openapi, { headers: { Accept: 'application/json' } });
      if (!res.ok) return;
      const schema = await res.json();
      const maxLength = schema?.components?.schemas?.AskRequest?.properties?.question?.maxLength;
      if (Number.isInteger(maxLength) && maxLength > 0) {
        questionLimit = maxLength;
        session.set(STORAGE_KEYS.questionLimit, String(maxLength));
        updateComposer();
      }
    } catch (err) {
      /* the default limit stays; the server still refuses a longer question with a message */
    }
  }

  function autosize() {
    ui.question.style.height = 'auto';
    ui.question.style.height = `${Math.min(ui.question.scrollHeight, 160)}px`;
  }

  const characters = (text) => [...text].length; // as the API counts: code points, not UTF-16 units

  /** The Shift+Enter hint only where there is a keyboard to press it on. */
  const touchFirst = window.matchMedia('(pointer: coarse), (max-width: 480px)');

  /** Counter (from 80 % of the limit), "too long" message, aria-invalid and aria-describedby, for the
      question as it is now. */
  function updateComposer() {
    const count = characters(ui.question.value);
    if (count > questionLimit / 2) loadQuestionLimit();
    const over = count - questionLimit;
    ui.counter.hidden = count < questionLimit * COUNTER_FROM;
    if (!ui.counter.hidden) bindText(ui.counter, over > 0 ? 'questionCounterOver' : 'questionCounter', { count, limit: questionLimit, over });
    ui.counter.classList.toggle('is-over', over > 0);
    if (over > 0) {
      showComposerMessage('questionTooLong', { limit: questionLimit });
    } else if (ui.composerMessage.dataset.i18n === 'questionTooLong' || (count && ui.composerMessage.dataset.i18n === 'emptyQuestion')) {
      clearComposerMessage();
    }
    describeQuestion();
  }

  function describeQuestion() {
    const ids = [];
    if (!touchFirst.matches) ids.push('question-hint');
    if (!ui.counter.hidden) ids.push('question-counter');
    if (ui.composerMessage.textContent) ids.push('composer-message');
    if (ids.length) ui.question.setAttribute('aria-describedby', ids.join(' '));
    else ui.question.removeAttribute('aria-describedby');
  }

  function showComposerMessage(key, p) {
    if (ui.composerMessage.dataset.i18n !== key || ui.composerMessage.dataset.i18nParams !== JSON.stringify(p || null)) {
      bindText(ui.composerMessage, key, p);
    }
    ui.question.setAttribute('aria-invalid', 'true');
    describeQuestion();
  }

  function clearComposerMessage() {
    ui.composerMessage.textContent = '';
    delete ui.composerMessage.dataset.i18n;
    delete ui.composerMessage.dataset.i18nParams;
    ui.question.removeAttribute('aria-invalid');
    describeQuestion();
  }

  /** Send: says why when there is nothing to send or too much; never cuts the question. */
  function submitQuestion() {
    if (busy) return;
    const question = ui.question.value.trim();
    if (!question) {
      ui.question.value = '';
      showComposerMessage('emptyQuestion');
      ui.question.focus();
      return;
    }
    if (characters(question) > questionLimit) {
      showComposerMessage('questionTooLong', { limit: questionLimit });
      ui.question.focus();
      return;
    }
    ui.question.value = '';
    autosize();
    clearComposerMessage();
    updateComposer();
    ask(question);
  }

  /* ---------- start ---------- */

  function restoreTranscript() {
    ui.log.replaceChildren();
    for (const entry of loadTranscript()) {
      if (entry.kind === 'answer') {
        userMessage(entry.question);
        renderAnswer(assistantMessage(entry.question), entry.response);
      } else if (entry.kind === 'stopped') {
        const userEl = userMessage(entry.question);
        const message = assistantMessage(entry.question);
        const sources = entry.sources || [];
        if (sources.length) message.body.append(sourceList(message.key, 'src', 'sourcesHeading', sources));
        if (entry.text) {
          const text = h('div', { class: 'answer-text' });
          message.body.prepend(text);
          renderAnswerText(text, entry.text.replace(/\n$/, ''), message.key, new Map(sources.map((s) => [s.n, s])), entry.language);
        }
        renderStopped(message, entry.text, () => { userEl.remove(); message.el.remove(); forget(entry); ask(entry.question); });
      } else if (entry.kind === 'programmes') {
        userProgrammeMessage(entry.request);
        renderProgrammeAnswer(assistantMessage(null), entry.response);
      }
    }
    showPending();
    updateWelcome();
  }

  function forget(entry) {
    const entries = loadTranscript().filter((e) => JSON.stringify(e) !== JSON.stringify(entry));
    session.set(STORAGE_KEYS.transcript, JSON.stringify(entries));
  }

  /** A question still pending from before a reload was never answered: shown as not sent, with "Send igen". */
  function showPending() {
    let pending = null;
    try { pending = JSON.parse(session.get(STORAGE_KEYS.pending) || 'null'); } catch (err) { pending = null; }
    if (!pending || typeof pending.question !== 'string' || !pending.question.trim()) return;
    const userEl = userMessage(pending.question);
    userEl.classList.add('msg-not-sent');
    const button = h('button', { type: 'button', class: 'btn btn-secondary retry' }, icon('retry'), ht('span', {}, 'sendAgain'));
    const note = h('div', { class: 'msg msg-note not-sent' },
      h('p', { class: 'note' }, icon('info'), ht('span', {}, 'notSent')), button);
    button.addEventListener('click', () => {
      userEl.remove();
      note.remove();
      session.remove(STORAGE_KEYS.pending);
      ask(pending.question);
    });
    ui.log.append(note);
  }

  function start() {
    if (embedded) {
      document.body.classList.add('embedded');
      ui.closeChat.hidden = false;
    }
    setLanguage(lang);
    restoreTranscript();
    trackStickyHeights();
    describeQuestion();
    updateComposer();
    loadAbout();

    window.addEventListener('pagehide', () => { unloading = true; });
    window.addEventListener('pageshow', () => { unloading = false; });
    ui.composer.addEventListener('submit', (event) => { event.preventDefault(); submitQuestion(); });
    ui.question.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submitQuestion();
      }
    });
    ui.question.addEventListener('input', () => { autosize(); updateComposer(); });
    ui.stop.addEventListener('click', () => { if (current) current.stop(); });
    ui.undoButton.addEventListener('click', undoNewConversation);
    touchFirst.addEventListener('change', describeQuestion);

    // A card that opens, or a window that changes width, changes what three lines hold.
    document.addEventListener('toggle', (event) => { if (event.target.open) updateFolds(event.target); }, true);
    let resizeFrame = 0;
    window.addEventListener('resize', () => {
      window.cancelAnimationFrame(resizeFrame);
      resizeFrame = window.requestAnimationFrame(() => updateFolds(document));
    });

    ui.langToggle.addEventListener('click', () => {
      const next = lang === 'da' ? 'en' : 'da';
      local.set(STORAGE_KEYS.language, next);
      setLanguage(next);
    });
    ui.newConversation.addEventListener('click', newConversation);
    ui.openFinder.addEventListener('click', () => openFinder(ui.openFinder));
    ui.welcome.querySelectorAll('.example').forEach((button) => {
      button.addEventListener('click', () => ask(button.textContent.trim()));
    });

    ui.finderForm.addEventListener('submit', onFinderSubmit);
    ui.finderCancel.addEventListener('click', closeFinder);
    ui.finder.addEventListener('close', () => {
      const opener = finderOpener && finderOpener.isConnected ? finderOpener : ui.question;
      finderOpener = null;
      opener.focus();
    });

    if (embedded) {
      // The widget on the host page owns the panel; ask it to close (it then focuses its bubble).
      const requestClose = () => window.parent.postMessage({ type: 'raadgiver:close' }, '*');
      ui.closeChat.addEventListener('click', requestClose);
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && !ui.finder.open && !event.defaultPrevented) requestClose();
      });
      window.addEventListener('message', (event) => {
        if (event.source === window.parent && event.data && event.data.type === 'raadgiver:focus') ui.question.focus();
      });
    }
    document.querySelectorAll('[data-until-wired]').forEach((control) => {
      control.removeAttribute('readonly');
      control.removeAttribute('disabled');
      control.removeAttribute('data-until-wired');
    });
  }

  start();
})();
