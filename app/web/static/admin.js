/* Raadgiver administration (/admin): the documents in the index (upload, replace, delete), the service's
   status (last ingest, catalogue and glossary checks), the report on the question log (live) and the logged
   questions. Plain JS, no framework, no build step, nothing from the network but this service's own API.

   The admin key is kept in this tab's sessionStorage only (never localStorage, never a cookie) and sent as
   `Authorization: Bearer <key>`; "Log ud" forgets it. Every text the API returns is set as textContent. */
(() => {
  'use strict';

  // Relative, like the chat: the service may sit behind a reverse proxy under a path prefix.
  const API = {
    documents: 'v1/documents',
    document: (source) => `v1/documents/${source.split('/').map(encodeURIComponent).join('/')}`,
    status: 'v1/admin/status',
    report: 'v1/admin/report',
    questions: 'v1/admin/questions',
  };
  const KEY_STORAGE = 'raadgiver.adminKey';
  const REPORT_REFRESH_MS = 60_000;
  const DAY_MS = 86_400_000;

  const $ = (id) => document.getElementById(id);
  const ui = {
    main: $('main'),
    nav: $('admin-nav'),
    logout: $('logout'),
    login: $('login'),
    loginTitle: $('login-title'),
    loginForm: $('login-form'),
    key: $('admin-key'),
    showKey: $('show-key'),
    loginError: $('login-error'),
    loginSubmit: $('login-submit'),
    admin: $('admin'),
    announcer: $('announcer'),
    statusTitle: $('status-title'),
    statusRefresh: $('status-refresh'),
    statusMessage: $('status-message'),
    statusBody: $('status-body'),
    uploadForm: $('upload-form'),
    uploadFile: $('upload-file'),
    uploadFileName: $('upload-file-name'),
    uploadError: $('upload-error'),
    uploadSubmit: $('upload-submit'),
    uploadProgress: $('upload-progress'),
    uploadProgressLabel: $('upload-progress-label'),
    uploadProgressBar: $('upload-progress-bar'),
    uploadProgressText: $('upload-progress-text'),
    uploadResult: $('upload-result'),
    uploadResultBody: $('upload-result-body'),
    documentsTitle: $('documents-list-title'),
    documentsRefresh: $('documents-refresh'),
    documentsMessage: $('documents-message'),
    documentsCaption: $('documents-caption'),
    documentsBody: $('documents-body'),
    deleteDialog: $('delete-dialog'),
    deleteText: $('delete-text'),
    deleteCancel: $('delete-cancel'),
    reportForm: $('report-form'),
    reportPeriod: $('report-period'),
    reportLive: $('report-live'),
    reportMessage: $('report-message'),
    reportBody: $('report-body'),
    questionsForm: $('questions-form'),
    questionsRange: $('questions-range'),
    questionsMessage: $('questions-message'),
    questionsBody: $('questions-body'),
    questionsPrev: $('questions-prev'),
    questionsNext: $('questions-next'),
  };

  const state = {
    key: null,
    lastIngest: null, // the status's last ingest report: its warnings are shown next to the documents
    documents: [],
    deleting: null, // the document the open delete dialog is about
    deleteOpener: null,
    uploading: false,
    reportTimer: null,
    questions: { offset: 0, limit: 50, more: false, filters: {} },
  };

  /* ---------- formatting ---------- */

  const dateTime = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeStyle: 'short' });
  const timeOnly = new Intl.DateTimeFormat('da-DK', { timeStyle: 'medium' });
  const number = new Intl.NumberFormat('da-DK');
  const percent = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 1 });

  function formatDate(value) {
    if (!value) return '–';
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : dateTime.format(date);
  }

  const milliseconds = (x) => (typeof x === 'number' ? `${number.format(Math.round(x))} ms` : '–');

  function formatSeconds(seconds) {
    if (typeof seconds !== 'number') return '–';
    return `${number.format(Math.round(seconds * 10) / 10)} s`;
  }

  const MODES = { answered: 'Besvaret', abstained: 'Ikke besvaret', programmes: 'Programmer anbefalet' };
  const CHANNELS = { web: 'Web', widget: 'Widget', api: 'API', slack: 'Slack' };
  // The decision's reasons for not answering, worded as the report words them (app/report/labels.py).
  const REASONS = {
    off_topic: 'ikke emnet for dokumenterne', missing: 'et årstal eller navn mangler i dokumenterne',
    not_available: 'tallet er ikke opgjort', wrong_type: 'dokumenterne har ikke den slags svar', unknown: 'ukendt',
  };
  const RATINGS = { up: 'Tommel op', down: 'Tommel ned' };

  /* ---------- small DOM helpers (textContent only: nothing from the API is parsed as HTML) ---------- */

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'className') node.className = value;
      else if (name === 'text') node.textContent = value;
      else if (name === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function announce(text) {
    // Cleared first, so the same words twice are spoken twice.
    ui.announcer.textContent = '';
    window.setTimeout(() => { ui.announcer.textContent = text; }, 50);
  }

  // The panels' messages are not live regions (four panels loading at once, a report refreshed every minute,
  // would talk over each other); an error is announced, and so is what the user's own action did.
  function setMessage(node, text, kind = '') {
    node.textContent = text || '';
    node.className = `message${kind ? ` message-${kind}` : ''}`;
    if (kind === 'error' && text) announce(text);
  }

  function focusHeading(node) {
    node.focus({ preventScroll: false });
    node.scrollIntoView({ block: 'start' });
  }

  // A cell of a table that becomes one card per row on a phone: its column's name, and its content in one box.
  function cell(label, props, ...children) {
    const { text, ...rest } = props;
    return el('td', { ...rest, dataset: { label } }, el('div', { className: 'cell-value', text }, ...children));
  }

  function definitionList(pairs, className = 'facts') {
    const list = el('dl', { className });
    for (const [term, value] of pairs) {
      list.append(el('div', {}, el('dt', { text: term }), el('dd', {}, value)));
    }
    return list;
  }

  // A scroll container is a tab stop only when it scrolls (then axe and keyboard users need it focusable).
  function updateScrollStops() {
    for (const region of document.querySelectorAll('.table-scroll')) {
      if (region.scrollWidth > region.clientWidth + 1) region.setAttribute('tabindex', '0');
      else region.removeAttribute('tabindex');
    }
  }

  /* ---------- the key, kept in this tab only ---------- */

  function storedKey() {
    try {
      return window.sessionStorage.getItem(KEY_STORAGE);
    } catch {
      return null; // storage blocked: the key lives in memory for this page only
    }
  }

  function storeKey(key) {
    try {
      if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
      else window.sessionStorage.removeItem(KEY_STORAGE);
    } catch {
      /* memory only */
    }
  }

  /* ---------- the API ---------- */

  class ApiError extends Error {
    constructor(status, detail, problem = {}, retryAfter = null) {
      super(detail);
      this.status = status;
      this.detail = detail;
      this.problem = problem;
      this.retryAfter = retryAfter;
    }
  }

  function problemDetail(problem, fallback) {
    if (problem && Array.isArray(problem.errors) && problem.errors.length) {
      return problem.errors.map((e) => e.message || e.msg).filter(Boolean).join('; ');
    }
    return (problem && (problem.detail || problem.title)) || fallback;
  }

  async function parseError(status, text, retryAfter) {
    let problem = {};
    try {
      problem = JSON.parse(text);
    } catch {
      /* not JSON: a proxy's error page */
    }
    return new ApiError(status, problemDetail(problem, `HTTP ${status}`), problem, retryAfter);
  }

  async function api(path, { method = 'GET', key = state.key } = {}) {
    let response;
    try {
      response = await fetch(path, {
        method,
        headers: { Accept: 'application/json', Authorization: `Bearer ${key}` },
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(0, 'Serveren kunne ikke nås. Tjek forbindelsen, og prøv igen.');
    }
    const text = await response.text();
    if (!response.ok) {
      const error = await parseError(response.status, text, response.headers.get('Retry-After'));
      if (response.status === 401 && key === state.key && state.key) sessionExpired();
      throw error;
    }
    return text ? JSON.parse(text) : null;
  }

  function explain(error, what) {
    if (error.status === 0) return error.detail;
    if (error.status === 401) return 'Administratornøglen blev afvist. Log ind igen.';
    if (error.status === 403) return 'Administration er slået fra på serveren (RAADGIVER_ADMIN_API_KEY er ikke sat).';
    if (error.status === 429) {
      return `For mange forespørgsler. Prøv igen${error.retryAfter ? ` om ${error.retryAfter} sekunder` : ' om lidt'}.`;
    }
    if (error.status === 503) return `${what}: tjenesten er ikke klar endnu (${error.detail}). Prøv igen om lidt.`;
    return `${what}: ${error.detail}`;
  }

  /* ---------- logging in and out ---------- */

  async function logIn(event) {
    event.preventDefault();
    const key = ui.key.value.trim();
    if (!key) {
      loginFailed('Skriv administratornøglen.');
      return;
    }
    ui.loginSubmit.disabled = true;
    ui.loginSubmit.textContent = 'Kontrollerer nøglen …';
    ui.loginError.textContent = '';
    try {
      const status = await api(API.status, { key });
      storeKey(key);
      state.key = key;
      ui.key.value = '';
      ui.showKey.checked = false;
      ui.key.type = 'password';
      showAdmin(status, { focus: true });
      announce('Du er logget ind.');
    } catch (error) {
      if (error.status === 401) loginFailed('Forkert administratornøgle. Nøglen blev afvist – tjek den, og prøv igen.');
      else if (error.status === 429) {
        loginFailed(`For mange forkerte nøgler på kort tid. Vent ${error.retryAfter || 60} sekunder, og prøv igen.`);
      } else loginFailed(explain(error, 'Du kunne ikke logges ind'));
    } finally {
      ui.loginSubmit.disabled = false;
      ui.loginSubmit.textContent = 'Log ind';
    }
  }

  function loginFailed(text) {
    ui.loginError.className = 'field-error';
    ui.loginError.textContent = text;
    ui.key.setAttribute('aria-invalid', 'true');
    ui.key.focus();
    ui.key.select();
  }

  function showLogin(message = '') {
    state.key = null;
    storeKey(null);
    stopReportTimer();
    ui.admin.hidden = true;
    ui.nav.hidden = true;
    ui.logout.hidden = true;
    ui.login.hidden = false;
    ui.statusBody.replaceChildren();
    ui.documentsBody.replaceChildren();
    ui.reportBody.replaceChildren();
    ui.questionsBody.replaceChildren();
    ui.uploadResult.hidden = true;
    ui.uploadResultBody.replaceChildren();
    ui.key.removeAttribute('aria-invalid');
    ui.loginError.className = 'field-error';
    ui.loginError.textContent = message;
    document.title = 'Log ind – administration – Raadgiver';
  }

  function logOut() {
    showLogin();
    ui.key.focus();
    announce('Du er logget ud. Nøglen er glemt i denne fane.');
  }

  function sessionExpired() {
    if (ui.deleteDialog.open) ui.deleteDialog.close('cancel');
    showLogin('Administratornøglen blev afvist (den er måske skiftet på serveren). Log ind igen.');
    ui.key.focus();
  }

  function showAdmin(status, { focus = false } = {}) {
    ui.login.hidden = true;
    ui.admin.hidden = false;
    ui.nav.hidden = false;
    ui.logout.hidden = false;
    ui.key.removeAttribute('aria-invalid');
    document.title = 'Administration – Raadgiver';
    renderStatus(status);
    if (focus) focusHeading(ui.statusTitle);
    loadDocuments();
    loadReport();
    loadQuestions(0);
    startReportTimer();
  }

  /* ---------- status ---------- */

  async function loadStatus() {
    setMessage(ui.statusMessage, 'Henter status …');
    try {
      renderStatus(await api(API.status));
    } catch (error) {
      if (error.status !== 401) setMessage(ui.statusMessage, explain(error, 'Status kunne ikke hentes'), 'error');
    }
  }

  function check(result) {
    if (!result) return el('span', { text: 'Ukendt' });
    return result.ok
      ? el('span', { className: 'badge badge-ok', text: 'OK' })
      : el('span', {}, el('span', { className: 'badge badge-error', text: 'Fejl' }), ' ', result.problem || '');
  }

  function pairsOf(list) {
    // The report keeps (source, reason) pairs as two-item lists; tolerate objects too.
    return (list || []).map((item) => (Array.isArray(item) ? item : [item.source, item.reason || item.problem]));
  }

  function renderStatus(status) {
    state.lastIngest = status.last_ingest || null;
    setMessage(ui.statusMessage, `Opdateret kl. ${timeOnly.format(new Date())}.`);
    const body = [
      definitionList([
        ['Dokumenter i indekset', number.format(status.documents)],
        ['Spørgsmålslog', status.question_log ? 'Slået til' : 'Slået fra (RAADGIVER_QUESTION_LOG_ENABLED)'],
        ['Programkatalog (programmes.yaml)', check(status.catalogue)],
        ['Ordliste (glossary.yaml)', check(status.glossary)],
        ['Indekset', check(status.index)],
      ]),
      el('h3', { text: 'Seneste indeksering' }),
    ];
    const last = status.last_ingest;
    if (!last) {
      body.push(el('p', { text: 'Der er ikke registreret nogen indeksering endnu.' }));
    } else {
      body.push(renderIngestReport(last, { finished: true }));
    }
    ui.statusBody.replaceChildren(...body);
    if (state.documents.length) renderDocuments(state.documents);
  }

  // An ingest report (the status's last ingest, or an upload's answer): counts, then what failed and why.
  function renderIngestReport(report, { finished = false, headingLevel = 4 } = {}) {
    const wrapper = el('div', { className: 'ingest-report' });
    const facts = [];
    if (finished) facts.push(['Afsluttet', formatDate(report.finished_at)]);
    facts.push(
      ['Resultat', report.ok === false || (report.failed || []).length
        ? el('span', { className: 'badge badge-error', text: 'Med fejl' })
        : el('span', { className: 'badge badge-ok', text: 'OK' })],
      ['Tilføjet', fileList(report.added)],
      ['Ændret (erstattet)', fileList(report.changed)],
      ['Uændret', fileList(report.unchanged)],
    );
    if ((report.removed || []).length) facts.push(['Fjernet', fileList(report.removed)]);
    facts.push(['Fejlede', number.format((report.failed || []).length)]);
    if (typeof report.chunks_embedded === 'number') facts.push(['Tekststykker indekseret', number.format(report.chunks_embedded)]);
    if (typeof report.chunks_total === 'number') facts.push(['Tekststykker i indekset', number.format(report.chunks_total)]);
    if (typeof report.seconds === 'number') facts.push(['Varighed', formatSeconds(report.seconds)]);
    wrapper.append(definitionList(facts));

    const heading = `h${headingLevel}`;
    const failed = pairsOf(report.failed);
    if (failed.length) {
      wrapper.append(
        el(heading, { text: 'Filer der fejlede' }),
        el('ul', { className: 'problems problems-error' },
          failed.map(([source, reason]) => el('li', {}, el('strong', { text: source }), `: ${reason}`))),
      );
    }
    const warnings = pairsOf(report.warnings);
    if (warnings.length) {
      wrapper.append(
        el(heading, { text: 'Advarsler' }),
        el('ul', { className: 'problems problems-warn' },
          warnings.map(([source, problem]) => el('li', {}, el('strong', { text: source }), `: ${problem}`))),
      );
    }
    const duplicates = pairsOf(report.duplicates);
    if (duplicates.length) {
      wrapper.append(
        el(heading, { text: 'Dubletter (ikke indekseret)' }),
        el('ul', { className: 'problems' },
          duplicates.map(([skipped, kept]) => el('li', {}, el('strong', { text: skipped }), ` har samme indhold som ${kept}`))),
      );
    }
    return wrapper;
  }

  function fileList(files) {
    if (!files || !files.length) return '0';
    if (files.length > 5) return `${number.format(files.length)} filer`;
    return `${number.format(files.length)}: ${files.join(', ')}`;
  }

  /* ---------- documents ---------- */

  const documentCount = (n) => `${number.format(n)} ${n === 1 ? 'dokument' : 'dokumenter'} i indekset.`;

  // quiet: the list is refreshed under a message that stays (e.g. that a document was deleted).
  async function loadDocuments({ quiet = false } = {}) {
    if (!quiet) setMessage(ui.documentsMessage, 'Henter dokumenterne …');
    try {
      const data = await api(API.documents);
      state.documents = data.documents || [];
      renderDocuments(state.documents);
      if (!quiet) setMessage(ui.documentsMessage, documentCount(state.documents.length));
    } catch (error) {
      if (error.status !== 401) setMessage(ui.documentsMessage, explain(error, 'Dokumenterne kunne ikke hentes'), 'error');
    }
  }

  function documentWarnings(source) {
    return pairsOf(state.lastIngest && state.lastIngest.warnings).filter(([name]) => name === source);
  }

  function renderDocuments(documents) {
    const sorted = [...documents].sort((a, b) => (a.title || a.source).localeCompare(b.title || b.source, 'da'));
    ui.documentsCaption.textContent = `Dokumenter i indekset (${number.format(sorted.length)})`;
    if (!sorted.length) {
      ui.documentsBody.replaceChildren(el('tr', {}, el('td', { colspan: '6', text: 'Indekset er tomt. Upload et dokument ovenfor.' })));
      updateScrollStops();
      return;
    }
    ui.documentsBody.replaceChildren(...sorted.map((doc) => {
      const warnings = documentWarnings(doc.source);
      const title = doc.title || doc.source;
      const remove = el('button', { type: 'button', className: 'btn btn-danger-quiet btn-small', dataset: { source: doc.source } },
        'Slet', el('span', { className: 'visually-hidden', text: ` ${title}` }));
      remove.addEventListener('click', () => confirmDelete(doc, remove));
      return el('tr', { dataset: { source: doc.source } },
        cell('Titel', {}, el('span', { className: 'doc-title', lang: 'da', text: title }),
          el('span', { className: 'doc-source', text: doc.source })),
        cell('År', { className: 'num', text: doc.year ?? '–' }),
        cell('Tekststykker', { className: 'num', text: number.format(doc.chunks) }),
        cell('Indekseret', { className: 'nowrap', text: formatDate(doc.ingested_at) }),
        cell('Status', {}, warnings.length
          ? [el('span', { className: 'badge badge-warn', text: 'Advarsel' }), ' ', warnings.map(([, problem]) => problem).join('; ')]
          : el('span', { className: 'badge badge-ok', text: 'Indekseret' })),
        el('td', { className: 'actions' }, remove));
    }));
    updateScrollStops();
  }

  /* ---------- upload (XMLHttpRequest: fetch cannot report how much of the file has been sent) ---------- */

  function upload(event) {
    event.preventDefault();
    if (state.uploading) return;
    const file = ui.uploadFile.files && ui.uploadFile.files[0];
    ui.uploadError.textContent = '';
    ui.uploadFile.removeAttribute('aria-invalid');
    if (!file) {
      ui.uploadError.textContent = 'Vælg først en fil.';
      ui.uploadFile.setAttribute('aria-invalid', 'true');
      ui.uploadFile.focus();
      return;
    }
    const replaces = state.documents.some((doc) => doc.source === file.name);
    const form = new FormData();
    form.append('file', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', API.documents);
    request.setRequestHeader('Authorization', `Bearer ${state.key}`);
    request.setRequestHeader('Accept', 'application/json');
    request.withCredentials = false;

    const started = Date.now();
    let ticker = null;
    const elapsed = () => Math.round((Date.now() - started) / 1000);
    const indexing = () => {
      ui.uploadProgressLabel.textContent = `Indekserer ${file.name} …`;
      ui.uploadProgressBar.removeAttribute('value'); // indeterminate: the server does not say how far it is
      ui.uploadProgressText.textContent = `Filen er sendt. Serveren læser og indekserer den (${elapsed()} s).`;
    };

    setUploading(true);
    ui.uploadResult.hidden = true;
    ui.uploadProgressLabel.textContent = `Sender ${file.name} …`;
    ui.uploadProgressBar.value = 0;
    ui.uploadProgressText.textContent = replaces
      ? `Sender filen. Den erstatter dokumentet med samme navn.`
      : 'Sender filen.';
    request.upload.addEventListener('progress', (e) => {
      if (!e.lengthComputable) return;
      ui.uploadProgressBar.value = Math.round((e.loaded / e.total) * 100);
    });
    request.upload.addEventListener('load', () => {
      indexing();
      // The polite region is spoken once; the seconds count on visibly, without re-announcing each tick.
      ticker = window.setInterval(() => {
        ui.uploadProgressBar.setAttribute('aria-valuetext', `${elapsed()} sekunder`);
        ui.uploadProgressLabel.textContent = `Indekserer ${file.name} … ${elapsed()} s`;
      }, 1000);
    });
    const finish = () => {
      window.clearInterval(ticker);
      setUploading(false);
    };
    request.addEventListener('load', async () => {
      finish();
      const text = request.responseText;
      if (request.status === 200 || request.status === 201) {
        let report = {};
        try {
          report = JSON.parse(text);
        } catch {
          /* a 2xx without JSON: shown as an empty report */
        }
        showUploadResult(file.name, report, request.status);
        ui.uploadForm.reset();
        await Promise.all([loadDocuments(), loadStatus()]);
        return;
      }
      const error = await parseError(request.status, text, request.getResponseHeader('Retry-After'));
      if (request.status === 401) {
        sessionExpired();
        return;
      }
      showUploadFailure(file.name, error);
      loadStatus();
    });
    const failedToSend = () => {
      finish();
      showUploadFailure(file.name, new ApiError(0, 'Serveren kunne ikke nås, eller forbindelsen blev afbrudt. Prøv igen.'));
    };
    request.addEventListener('error', failedToSend);
    request.addEventListener('abort', failedToSend);
    request.send(form);
  }

  function showChosenFile() {
    const file = ui.uploadFile.files && ui.uploadFile.files[0];
    ui.uploadFileName.textContent = file
      ? `Valgt: ${file.name} (${number.format(Math.max(1, Math.round(file.size / 1024)))} kB)`
      : 'Ingen fil valgt';
    ui.uploadError.textContent = '';
    ui.uploadFile.removeAttribute('aria-invalid');
  }

  function setUploading(on) {
    state.uploading = on;
    ui.uploadProgress.hidden = !on;
    ui.uploadSubmit.disabled = on;
    ui.uploadFile.disabled = on;
    ui.uploadForm.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function showUploadResult(name, report, status) {
    const what = (report.added || []).includes(name) ? `${name} er tilføjet og kan nu søges i.`
      : (report.changed || []).includes(name) ? `${name} har erstattet dokumentet med samme navn og kan nu søges i.`
        : (report.unchanged || []).includes(name) ? `${name} er uændret: indekset har allerede præcis denne fil.`
          : `${name} er behandlet (HTTP ${status}).`;
    ui.uploadResultBody.replaceChildren(
      el('p', { className: 'notice notice-ok' }, what),
      renderIngestReport(report, { headingLevel: 4 }),
    );
    ui.uploadResult.hidden = false;
    ui.uploadResult.focus();
    announce(what);
  }

  function showUploadFailure(name, error) {
    const reason = [0, 403, 429].includes(error.status) ? explain(error, '') : error.detail;
    const lead = error.status === 409
      ? `${name} blev ikke uploadet: en anden indeksering kører. Prøv igen om et minut.`
      : `${name} blev ikke indekseret. Indekset er ikke ændret.`;
    ui.uploadResultBody.replaceChildren(
      el('p', { className: 'notice notice-error' }, lead),
      definitionList([
        ['Fejlede', name],
        ['Årsag', reason],
      ]),
    );
    ui.uploadResult.hidden = false;
    ui.uploadResult.focus();
    announce(lead);
  }

  /* ---------- delete, with a confirmation ---------- */

  function confirmDelete(doc, opener) {
    state.deleting = doc;
    state.deleteOpener = opener;
    ui.deleteText.textContent = `»${doc.title || doc.source}« (${doc.source}) fjernes fra indekset og fra korpusset. `
      + 'Det kan ikke fortrydes, men du kan uploade filen igen.';
    ui.deleteDialog.returnValue = '';
    ui.deleteDialog.showModal();
    ui.deleteCancel.focus();
  }

  async function afterDeleteDialog() {
    const doc = state.deleting;
    const opener = state.deleteOpener;
    state.deleting = null;
    state.deleteOpener = null;
    if (!doc) return;
    if (ui.deleteDialog.returnValue !== 'delete') {
      if (opener && opener.isConnected) opener.focus();
      return;
    }
    const title = doc.title || doc.source;
    setMessage(ui.documentsMessage, `Sletter »${title}« …`);
    try {
      await api(API.document(doc.source), { method: 'DELETE' });
      state.documents = state.documents.filter((d) => d.source !== doc.source);
      renderDocuments(state.documents);
      const text = `»${title}« er slettet fra indekset.`;
      setMessage(ui.documentsMessage, text, 'ok');
      focusHeading(ui.documentsTitle);
      announce(text);
      loadDocuments({ quiet: true });
      loadStatus();
    } catch (error) {
      if (error.status === 401) return;
      setMessage(ui.documentsMessage, explain(error, `»${title}« kunne ikke slettes`), 'error');
      if (opener && opener.isConnected) opener.focus();
    }
  }

  /* ---------- the report (GET /v1/admin/report), live ---------- */

  // The report's known parts (app/api/schemas.py QuestionReport) get their own tables; a part the page does not
  // know (a newer server) is still shown, generically, under its own key.
  const REPORT_LABELS = {
    total: 'Spørgsmål', count: 'Antal', share: 'Andel', week: 'Uge', starts: 'Mandag', channel: 'Kanal', mode: 'Resultat',
    answered: 'Besvaret', abstained: 'Ikke besvaret', programmes: 'Programforslag', abstention_rate: 'Andel ikke besvaret',
    answer_rate: 'Andel besvaret', programmes_rate: 'Andel programforslag', web: 'Web', widget: 'Widget', api: 'API',
    slack: 'Slack', language: 'Sprog', question: 'Spørgsmål', comment: 'Kommentar', asked_at: 'Tidspunkt',
    cited: 'Kilder', document: 'Dokument', title: 'Titel', section: 'Afsnit', year: 'År', name: 'Navn',
    up: 'Tommel op', down: 'Tommel ned', none: 'Ingen feedback', p50: 'Median', p95: '95 %-fraktil',
  };
  const KNOWN_REPORT_KEYS = new Set(['generated_at', 'since', 'until', 'total', 'rates', 'by_mode', 'by_channel', 'by_week',
    'languages', 'feedback', 'latency_ms', 'themes', 'clustering', 'thumbs_down', 'most_cited', 'never_cited', 'top_programmes']);
  const MAX_ROWS = 50;
  const WEEKS_SHOWN = 26;
  const THEME_QUESTIONS_SHOWN = 10;

  const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
  const isScalar = (value) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
  const count = (n) => (typeof n === 'number' ? number.format(n) : '–');
  const share = (x) => (typeof x === 'number' ? percent.format(x) : '–');

  function reportLabel(key) {
    if (has(REPORT_LABELS, key)) return REPORT_LABELS[key];
    const words = String(key).replace(/[_-]+/g, ' ').trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function reportScalar(key, value) {
    if (value === null || value === undefined || value === '') return '–';
    if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
    if (typeof value === 'number') return /rate|share/i.test(key) && value >= 0 && value <= 1 ? share(value) : count(value);
    if (key === 'mode' && has(MODES, value)) return MODES[value];
    if (key === 'channel' && has(CHANNELS, value)) return CHANNELS[value];
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDate(value);
    return String(value);
  }

  // A table with column headers and a (hidden) caption, in a scroll container that is a region named after it
  // ("Rapport: ..." keeps the name apart from the page's own sections).
  function table(caption, columns, rows, { note = '' } = {}) {
    const node = el('table', { className: 'table' },
      el('caption', { className: 'visually-hidden', text: caption }),
      el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', className: c.num ? 'num' : undefined, text: c.label })))),
      el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((c) => {
        const cell = el('td', { className: c.num ? 'num' : undefined }, c.value(row));
        if (c.lang) cell.setAttribute('lang', c.lang(row));
        return cell;
      })))));
    const parts = [el('div', { className: 'table-scroll', role: 'region', 'aria-label': `Rapport: ${caption}` }, node)];
    if (note) parts.push(el('p', { className: 'hint', text: note }));
    return parts;
  }

  const column = (label, value, extra = {}) => ({ label, value, ...extra });
  const numberColumn = (label, key) => column(label, (row) => count(row[key]), { num: true });
  const empty = (text) => el('p', { className: 'hint', text });

  // A bar beside a count (hidden from screen readers: the number says it); its width is set through the CSSOM,
  // which the page's Content-Security-Policy (style-src 'self') allows.
  function withBar(value, max) {
    const bar = el('span', { className: 'bar', 'aria-hidden': 'true' });
    bar.style.inlineSize = `${max ? Math.round((value / max) * 100) : 0}%`;
    return el('span', { className: 'bar-cell' }, el('span', { className: 'bar-track', 'aria-hidden': 'true' }, bar), count(value));
  }

  function reportOverview(report) {
    const rates = report.rates || {};
    const feedback = report.feedback || {};
    const latency = report.latency_ms || {};
    const languages = (report.languages || []).map((l) => `${l.language}: ${count(l.count)}`).join(', ');
    const period = `${report.since ? formatDate(report.since) : 'loggens begyndelse'} – ${formatDate(report.until)}`;
    const modes = Object.fromEntries((report.by_mode || []).map((m) => [m.mode, m.count]));
    const rate = (x, mode) => (has(modes, mode) ? `${share(x)} (${count(modes[mode])})` : share(x));
    return [
      el('h3', { text: 'Overblik' }),
      el('dl', { className: 'figures' }, [
        ['Spørgsmål i alt', count(report.total)],
        ['Besvaret', rate(rates.answer_rate, 'answered')],
        ['Ikke besvaret', rate(rates.abstention_rate, 'abstained')],
        ['Programforslag', rate(rates.programmes_rate, 'programmes')],
        ['Tommel op / ned', `${count(feedback.up)} / ${count(feedback.down)}`],
        ['Svartid, median', milliseconds(latency.p50)],
      ].map(([term, value]) => el('div', {}, el('dt', { text: term }), el('dd', { text: value })))),
      definitionList([
        ['Periode', period],
        ['Uden feedback', count(feedback.none)],
        ['Svartid, 95 %-fraktil', milliseconds(latency.p95)],
        ['Sprog', languages || '–'],
        ['Rapporten er dannet', formatDate(report.generated_at)],
      ]),
    ];
  }

  function reportChannels(report) {
    const rows = report.by_channel || [];
    const parts = [el('h3', { text: 'Spørgsmål pr. kanal' })];
    if (!rows.length) return [...parts, empty('Ingen spørgsmål i perioden.')];
    return [...parts, ...table('Spørgsmål pr. kanal', [
      column('Kanal', (r) => CHANNELS[r.channel] || r.channel),
      numberColumn('I alt', 'total'), numberColumn('Besvaret', 'answered'), numberColumn('Ikke besvaret', 'abstained'),
      numberColumn('Programforslag', 'programmes'),
      column('Andel ikke besvaret', (r) => share(r.abstention_rate), { num: true }),
    ], rows)];
  }

  function reportWeeks(report) {
    const weeks = report.by_week || [];
    const parts = [el('h3', { text: 'Spørgsmål pr. uge' })];
    if (!weeks.length) return [...parts, empty('Ingen uger i perioden.')];
    const shown = weeks.slice(-WEEKS_SHOWN).reverse(); // newest first
    const max = Math.max(...shown.map((w) => w.total || 0));
    return [...parts, ...table('Spørgsmål pr. uge, nyeste først', [
      column('Uge', (w) => w.week), column('Mandag', (w) => formatDay(w.starts)),
      column('I alt', (w) => withBar(w.total || 0, max)),
      numberColumn('Web', 'web'), numberColumn('Widget', 'widget'), numberColumn('API', 'api'), numberColumn('Slack', 'slack'),
      numberColumn('Besvaret', 'answered'), numberColumn('Ikke besvaret', 'abstained'), numberColumn('Programforslag', 'programmes'),
    ], shown, { note: weeks.length > WEEKS_SHOWN ? `Viser de seneste ${WEEKS_SHOWN} af ${count(weeks.length)} uger.` : '' })];
  }

  function formatDay(value) {
    if (!value) return '–';
    const date = new Date(`${String(value).slice(0, 10)}T12:00:00`);
    return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleDateString('da-DK', { day: 'numeric', month: 'short', year: 'numeric' });
  }

  function reasonsText(reasons) {
    return Object.entries(reasons || {}).map(([reason, n]) => `${REASONS[reason] || reason} (${count(n)})`).join(', ') || '–';
  }

  function reportThemes(report) {
    const themes = report.themes || [];
    const clustering = report.clustering || {};
    const parts = [el('h3', { text: 'Ubesvarede spørgsmål efter tema' })];
    if (typeof clustering.abstained === 'number') {
      parts.push(el('p', { className: 'hint', text: `${count(clustering.abstained)} ubesvarede spørgsmål i perioden, `
        + `${count(clustering.distinct)} forskellige; grupperet i ${count(themes.length)} temaer.` }));
    }
    if (clustering.note) parts.push(el('p', { className: 'notice notice-warn', text: clustering.note }));
    if (!themes.length) return [...parts, empty('Ingen ubesvarede spørgsmål i perioden.')];
    const list = el('ol', { className: 'themes' });
    themes.forEach((theme, index) => {
      const questions = theme.questions || [];
      list.append(el('li', { className: 'theme' },
        el('h4', {}, `Tema ${index + 1}: `, el('span', { lang: 'da', text: theme.name || '–' })),
        definitionList([
          ['Mest typiske spørgsmål', el('span', { lang: (questions[0] && questions[0].language) || 'da', text: theme.central_question || '–' })],
          ['Stillet', `${count(theme.size)} ${theme.size === 1 ? 'gang' : 'gange'}`
            + (theme.distinct > 1 ? `, ${count(theme.distinct)} forskellige spørgsmål` : '')],
          ['Kanaler', Object.entries(theme.channels || {}).map(([c, n]) => `${CHANNELS[c] || c}: ${count(n)}`).join(', ') || '–'],
          ['Hvorfor ikke besvaret', reasonsText(theme.reasons)],
          ['Senest stillet', formatDate(theme.last_asked_at)],
        ]),
        questions.length ? el('details', {},
          el('summary', { text: `Spørgsmålene i temaet (${count(questions.length)})` }),
          el('ul', { className: 'plain-list' }, questions.slice(0, THEME_QUESTIONS_SHOWN).map((q) => el('li', {},
            el('span', { lang: q.language || 'da', text: q.question }), ` – ${count(q.count)} ${q.count === 1 ? 'gang' : 'gange'}`))),
          questions.length > THEME_QUESTIONS_SHOWN ? empty(`Viser de ${THEME_QUESTIONS_SHOWN} mest stillede.`) : null) : null));
    });
    return [...parts, list];
  }

  function reportThumbsDown(report) {
    const rows = report.thumbs_down || [];
    const parts = [el('h3', { text: 'Svar med tommel ned' })];
    if (!rows.length) return [...parts, empty('Ingen svar har fået tommel ned i perioden.')];
    return [...parts, ...table('Svar med tommel ned, nyeste først', [
      column('Tidspunkt', (r) => formatDate(r.asked_at)),
      column('Kanal', (r) => CHANNELS[r.channel] || r.channel),
      column('Spørgsmål', (r) => r.question, { lang: (r) => r.language || 'da' }),
      column('Resultat', (r) => MODES[r.mode] || r.mode),
      column('Kommentar', (r) => r.comment || '–', { lang: (r) => r.language || 'da' }),
      column('Kilder', (r) => ((r.cited || []).length
        ? el('ul', { className: 'cell-list' }, r.cited.map((c) => el('li', { lang: 'da', text: c }))) : '–')),
    ], rows.slice(0, MAX_ROWS), { note: rows.length > MAX_ROWS ? `Viser de nyeste ${MAX_ROWS} af ${count(rows.length)}.` : '' })];
  }

  function reportCitations(report) {
    const cited = report.most_cited || {};
    const documents = cited.documents || [];
    const sections = cited.sections || [];
    const parts = [el('h3', { text: 'Mest citerede dokumenter' })];
    parts.push(...(documents.length ? table('Mest citerede dokumenter', [
      column('Dokument', (d) => el('span', {}, el('span', { className: 'doc-title', lang: 'da', text: d.title || d.document }),
        el('span', { className: 'doc-source', text: d.document }))),
      numberColumn('Svar der citerer det', 'count'),
    ], documents.slice(0, MAX_ROWS)) : [empty('Ingen svar har citeret et dokument i perioden.')]));
    parts.push(el('h3', { text: 'Mest citerede afsnit' }));
    parts.push(...(sections.length ? table('Mest citerede afsnit', [
      column('Dokument', (d) => d.title || d.document, { lang: () => 'da' }),
      column('Afsnit', (d) => d.section || '–', { lang: () => 'da' }),
      numberColumn('Svar der citerer det', 'count'),
    ], sections.slice(0, MAX_ROWS)) : [empty('Ingen afsnit er citeret i perioden.')]));
    parts.push(el('h3', { text: 'Dokumenter der aldrig er citeret' }));
    if (report.never_cited === null) {
      parts.push(empty('Ukendt: indekset kunne ikke læses, da rapporten blev dannet.'));
    } else if (!(report.never_cited || []).length) {
      parts.push(empty('Alle dokumenter i indekset er citeret mindst én gang i perioden.'));
    } else {
      parts.push(...table('Dokumenter der aldrig er citeret', [
        column('Titel', (d) => d.title || d.document, { lang: () => 'da' }),
        column('År', (d) => (d.year ?? '–'), { num: true }),
        column('Fil', (d) => d.document),
      ], report.never_cited.slice(0, MAX_ROWS)));
    }
    return parts;
  }

  function reportProgrammes(report) {
    const rows = report.top_programmes || [];
    const parts = [el('h3', { text: 'Mest anbefalede programmer' })];
    if (!rows.length) return [...parts, empty('Ingen programmer er anbefalet i perioden.')];
    return [...parts, ...table('Mest anbefalede programmer', [
      column('Program', (r) => r.name), numberColumn('Svar der anbefaler det', 'count'),
    ], rows.slice(0, MAX_ROWS))];
  }

  // A part this page does not know: scalars as facts, lists of objects as tables, the rest as text.
  function reportGeneric(key, value) {
    const label = reportLabel(key);
    const parts = [el('h3', { text: label })];
    if (isScalar(value)) return [...parts, el('p', { text: reportScalar(key, value) })];
    if (Array.isArray(value)) {
      if (!value.length) return [...parts, empty('Ingen.')];
      if (value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
        const keys = [...new Set(value.flatMap((v) => Object.keys(v)))];
        return [...parts, ...table(label, keys.map((k) => column(reportLabel(k), (row) => genericText(k, row[k]))), value.slice(0, MAX_ROWS))];
      }
      return [...parts, el('ul', { className: 'plain-list' }, value.slice(0, MAX_ROWS).map((v) => el('li', { text: genericText(key, v) })))];
    }
    return [...parts, definitionList(Object.entries(value).map(([k, v]) => [reportLabel(k), genericText(k, v)]))];
  }

  function genericText(key, value) {
    if (isScalar(value)) return reportScalar(key, value);
    if (Array.isArray(value)) return value.map((v) => genericText(key, v)).join(', ');
    return Object.entries(value || {}).map(([k, v]) => `${reportLabel(k)}: ${genericText(k, v)}`).join('; ');
  }

  function renderReport(report) {
    if (!report || typeof report !== 'object') {
      ui.reportBody.replaceChildren(empty('Rapporten er tom.'));
      return;
    }
    const sections = [];
    if (has(report, 'total')) sections.push(reportOverview(report));
    if (report.total === 0) {
      sections.push([empty('Der er ikke logget nogen spørgsmål i perioden.')]);
    } else {
      if (has(report, 'by_channel')) sections.push(reportChannels(report));
      if (has(report, 'by_week')) sections.push(reportWeeks(report));
      if (has(report, 'themes')) sections.push(reportThemes(report));
      if (has(report, 'thumbs_down')) sections.push(reportThumbsDown(report));
      if (has(report, 'most_cited') || has(report, 'never_cited')) sections.push(reportCitations(report));
      if (has(report, 'top_programmes')) sections.push(reportProgrammes(report));
    }
    for (const [key, value] of Object.entries(report)) {
      if (!KNOWN_REPORT_KEYS.has(key)) sections.push(reportGeneric(key, value));
    }
    ui.reportBody.replaceChildren(...sections.map((parts) => el('div', { className: 'report-part' }, parts)));
    updateScrollStops();
  }

  function reportUnavailable(text) {
    ui.reportBody.replaceChildren(el('div', { className: 'notice notice-warn unavailable' },
      el('p', {}, el('strong', { text: 'Rapporten er ikke tilgængelig. ' }), text)));
  }

  async function loadReport() {
    if (!state.key) return;
    // since: '30d' for the last 30 days (the same forms as `raadgiver report --since`); left out: the whole log.
    const days = Number(ui.reportPeriod.value);
    const path = days ? `${API.report}?${new URLSearchParams({ since: `${days}d` })}` : API.report;
    setMessage(ui.reportMessage, 'Henter rapporten …');
    try {
      const report = await api(path);
      renderReport(report);
      setMessage(ui.reportMessage, `Opdateret kl. ${timeOnly.format(new Date())}${ui.reportLive.checked ? ' – opdateres automatisk hvert minut' : ''}.`);
    } catch (error) {
      if (error.status === 401) return;
      if (error.status === 404 || error.status === 405 || error.status === 501) {
        reportUnavailable('Serveren har endnu ikke rapporten (GET /v1/admin/report). Status, dokumenter og spørgsmål virker.');
        setMessage(ui.reportMessage, '');
      } else {
        reportUnavailable(explain(error, 'Rapporten kunne ikke hentes'));
        setMessage(ui.reportMessage, '');
      }
    }
  }

  function startReportTimer() {
    stopReportTimer();
    if (!ui.reportLive.checked) return;
    state.reportTimer = window.setInterval(() => {
      if (document.visibilityState === 'visible' && state.key) loadReport();
    }, REPORT_REFRESH_MS);
  }

  function stopReportTimer() {
    window.clearInterval(state.reportTimer);
    state.reportTimer = null;
  }

  /* ---------- logged questions (GET /v1/admin/questions), paged and filtered ---------- */

  function questionFilters() {
    const data = new FormData(ui.questionsForm);
    const filters = {};
    for (const name of ['mode', 'channel', 'feedback']) if (data.get(name)) filters[name] = data.get(name);
    // Dates are the admin's local days: from the start of "since" to the end of "until".
    const since = data.get('since');
    const until = data.get('until');
    if (since) filters.since = new Date(`${since}T00:00:00`).toISOString();
    if (until) filters.until = new Date(new Date(`${until}T00:00:00`).getTime() + DAY_MS).toISOString();
    return filters;
  }

  async function loadQuestions(offset, { focus = false } = {}) {
    const { limit, filters } = state.questions;
    const query = new URLSearchParams({ ...filters, limit: String(limit), offset: String(offset) });
    setMessage(ui.questionsMessage, 'Henter spørgsmålene …');
    ui.questionsPrev.disabled = true;
    ui.questionsNext.disabled = true;
    try {
      const page = await api(`${API.questions}?${query}`);
      state.questions.offset = page.offset;
      state.questions.more = page.more;
      renderQuestions(page);
      if (focus) focusHeading(ui.questionsRange);
    } catch (error) {
      if (error.status !== 401) setMessage(ui.questionsMessage, explain(error, 'Spørgsmålene kunne ikke hentes'), 'error');
      ui.questionsPrev.disabled = state.questions.offset === 0;
      ui.questionsNext.disabled = !state.questions.more;
    }
  }

  function renderQuestions(page) {
    const rows = page.questions || [];
    const first = page.offset + 1;
    const last = page.offset + rows.length;
    const filtered = Object.keys(state.questions.filters).length > 0;
    ui.questionsRange.textContent = rows.length
      ? `Spørgsmål ${number.format(first)}–${number.format(last)}${page.more ? '' : ` af ${number.format(last)}`}`
      : 'Ingen spørgsmål';
    setMessage(ui.questionsMessage, rows.length
      ? `Viser ${number.format(rows.length)} spørgsmål${filtered ? ', filtreret' : ''}.`
      : filtered ? 'Ingen spørgsmål passer til filtrene.' : 'Der er ikke logget nogen spørgsmål endnu.');
    ui.questionsPrev.disabled = page.offset === 0;
    ui.questionsNext.disabled = !page.more;
    ui.questionsBody.replaceChildren(...rows.map((q) => {
      const sources = (q.cited || []).map((c) => [c.title || c.document, c.section].filter(Boolean).join(' – '));
      const programmes = q.programmes || [];
      const cites = [];
      if (sources.length) cites.push(el('ul', { className: 'cell-list', 'aria-label': 'Kilder' }, sources.map((s) => el('li', { lang: 'da', text: s }))));
      if (programmes.length) cites.push(el('p', { className: 'cell-note' }, el('span', { className: 'cell-label', text: 'Programmer: ' }), programmes.join(', ')));
      const reason = q.reason && q.reason !== 'answered' ? ` (${REASONS[q.reason] || q.reason})` : '';
      return el('tr', { dataset: { mode: q.mode, channel: q.channel } },
        cell('Tidspunkt', { className: 'nowrap', text: formatDate(q.asked_at) }),
        cell('Kanal', {}, CHANNELS[q.channel] || q.channel, el('span', { className: 'cell-note', text: ` · ${q.language}` })),
        cell('Spørgsmål', { className: 'question-text', lang: q.language || 'da', text: q.question }),
        cell('Resultat', {}, el('span', { className: `badge badge-mode-${q.mode}`, text: MODES[q.mode] || q.mode }), reason),
        cell('Kilder', {}, cites.length ? cites : '–'),
        cell('Svartid', { className: 'num nowrap', text: milliseconds(q.latency_ms) }),
        cell('Feedback', {}, q.rating ? el('span', { className: `badge badge-${q.rating === 'up' ? 'ok' : 'error'}`, text: RATINGS[q.rating] }) : '–',
          q.comment ? el('p', { className: 'cell-note', lang: q.language || 'da', text: `»${q.comment}«` }) : null));
    }));
    updateScrollStops();
  }

  /* ---------- wiring ---------- */

  ui.loginForm.addEventListener('submit', logIn);
  ui.key.addEventListener('input', () => ui.key.removeAttribute('aria-invalid'));
  ui.showKey.addEventListener('change', () => { ui.key.type = ui.showKey.checked ? 'text' : 'password'; });
  ui.logout.addEventListener('click', logOut);
  ui.statusRefresh.addEventListener('click', loadStatus);
  ui.documentsRefresh.addEventListener('click', () => loadDocuments());
  ui.uploadForm.addEventListener('submit', upload);
  ui.uploadFile.addEventListener('change', showChosenFile);
  ui.uploadForm.addEventListener('reset', () => window.setTimeout(showChosenFile));
  ui.deleteDialog.addEventListener('close', afterDeleteDialog);
  ui.reportForm.addEventListener('submit', (event) => {
    event.preventDefault();
    loadReport();
    startReportTimer();
  });
  ui.reportLive.addEventListener('change', () => {
    startReportTimer();
    if (ui.reportLive.checked) loadReport();
    else setMessage(ui.reportMessage, 'Automatisk opdatering er slået fra.');
  });
  ui.questionsForm.addEventListener('submit', (event) => {
    event.preventDefault();
    state.questions.filters = questionFilters();
    state.questions.limit = Number(new FormData(ui.questionsForm).get('limit')) || 50;
    loadQuestions(0, { focus: true });
  });
  ui.questionsPrev.addEventListener('click', () => {
    loadQuestions(Math.max(0, state.questions.offset - state.questions.limit), { focus: true });
  });
  ui.questionsNext.addEventListener('click', () => {
    loadQuestions(state.questions.offset + state.questions.limit, { focus: true });
  });
  window.addEventListener('resize', updateScrollStops);
  // The section links move the focus to the section's heading, so the keyboard and screen readers go there too.
  ui.nav.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#"]');
    const heading = link && document.getElementById(`${link.getAttribute('href').slice(1)}-title`);
    if (!heading) return;
    event.preventDefault();
    window.history.replaceState(null, '', link.getAttribute('href'));
    focusHeading(heading);
  });

  // A key kept from earlier in this tab (a reload): checked again before anything is shown.
  async function start() {
    const key = storedKey();
    if (!key) {
      showLogin();
      return;
    }
    state.key = key;
    ui.login.hidden = true;
    try {
      showAdmin(await api(API.status, { key }));
    } catch (error) {
      if (error.status === 401) return; // sessionExpired has shown the login with its message
      showLogin(explain(error, 'Status kunne ikke hentes'));
      storeKey(key); // not a wrong key: kept, so a reload tries again
      state.key = null;
    }
  }

  start();
})();
