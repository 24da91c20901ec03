/* Raadgiver chat widget for any web page:
     <script src="https://host/widget.js" data-api="https://host" async></script>
   Optional attributes:
     data-lang="da" | "en"    the chat's language (otherwise the page's <html lang>, then the browser's; a
                              language the reader picks in the chat wins over all of these)
     data-label="…"           the launcher's text (default "Spørg om erhvervsfremme" / "Ask about business support")
     data-greeting="…"        a short greeting beside the launcher until the reader opens the chat or closes it
     data-position="right"    "left" or "right": the corner the launcher sits in
     data-offset="20 96"      distance from the side and from the bottom in px ("20" for both), so the
                              launcher clears the page's own cookie banner or "to top" button

   Adds a labelled launcher that opens the chat page (data-api + "/?embed=1") in an iframe panel; on a phone
   (up to 480 px wide) the panel fills the screen and the page behind it does not scroll. The launcher and
   panel live in a shadow root, and the host element resets every property inline, so the host page's CSS
   cannot restyle them; the chat itself is a separate document inside the iframe. */
(function () {
  'use strict';

  const HOST_ID = 'raadgiver-chat-widget';
  if (document.getElementById(HOST_ID)) return; // included twice: one launcher is enough

  const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  const scriptUrl = new URL(script.src, window.location.href);
  const api = new URL(script.getAttribute('data-api') || scriptUrl.origin, window.location.href).href.replace(/\/+$/, '');
  const apiOrigin = new URL(api).origin;

  const TEXT = {
    da: {
      label: 'Spørg om erhvervsfremme',
      frame: 'Raadgiver – chat om Region Midtjyllands dokumenter',
      closeGreeting: 'Luk hilsenen',
    },
    en: {
      label: 'Ask about business support',
      frame: "Raadgiver – chat about the Central Denmark Region's documents",
      closeGreeting: 'Close the greeting',
    },
  };

  const asLanguage = (value) => {
    const code = String(value || '').toLowerCase().slice(0, 2);
    return code === 'da' || code === 'en' ? code : null;
  };
  // The page's own language is passed on to the chat; without one the chat follows the browser, as here.
  const pageLang = asLanguage(script.getAttribute('data-lang')) || asLanguage(document.documentElement.lang);
  const lang = pageLang || asLanguage(navigator.language) || 'da';
  const text = TEXT[lang];
  const attribute = (name) => (script.getAttribute(name) || '').trim();
  const label = attribute('data-label') || text.label;
  const greeting = attribute('data-greeting');
  const side = attribute('data-position').toLowerCase() === 'left' ? 'left' : 'right';

  /** "20" or "20 96" (px, optionally with "px"): [side, bottom]; anything else gives the default 20 px. */
  function offsets(value) {
    const numbers = value.split(/[\s,]+/).filter(Boolean).map((part) => {
      const match = /^(\d{1,4}(?:\.\d+)?)(px)?$/i.exec(part);
      return match ? Number(match[1]) : NaN;
    });
    if (!numbers.length || numbers.length > 2 || numbers.some(Number.isNaN)) return [20, 20];
    return numbers.length === 1 ? [numbers[0], numbers[0]] : numbers;
  }
  const [sideOffset, bottomOffset] = offsets(attribute('data-offset'));
  const other = side === 'left' ? 'right' : 'left';
  const LAUNCHER_HEIGHT = 48;
  const PHONE = '(max-width: 480px)';

  const CSS = `
    .root { all: initial; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px; line-height: 1.3; color: #1a1a1a; }
    .launcher {
      all: initial; box-sizing: border-box; position: fixed; ${side}: ${sideOffset}px; bottom: ${bottomOffset}px; z-index: 2147483646;
      display: inline-flex; align-items: center; gap: 8px; height: ${LAUNCHER_HEIGHT}px; max-width: calc(100vw - ${sideOffset + 16}px);
      padding: 0 18px 0 14px; border-radius: 24px; cursor: pointer;
      background: #00558c; color: #ffffff; border: 2px solid #ffffff;
      font: 600 16px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
      box-shadow: 0 4px 14px rgba(0, 0, 0, 0.3);
    }
    .launcher:hover { background: #00436f; }
    .launcher:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
    .launcher .text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .launcher svg { flex: none; width: 24px; height: 24px; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
    .launcher .icon-close { display: none; }
    .launcher[aria-expanded="true"] .icon-open { display: none; }
    .launcher[aria-expanded="true"] .icon-close { display: block; }
    .greeting {
      all: initial; box-sizing: border-box; position: fixed; ${side}: ${sideOffset}px; bottom: ${bottomOffset + LAUNCHER_HEIGHT + 12}px;
      z-index: 2147483646; display: flex; align-items: flex-start; gap: 4px; max-width: min(300px, calc(100vw - ${sideOffset + 16}px));
      padding: 10px 6px 10px 14px; border-radius: 12px; background: #ffffff; color: #1a1a1a; border: 1px solid #c4ccd4;
      font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.2);
    }
    .greeting[hidden], .panel[hidden], .launcher[hidden] { display: none; }
    .greeting-text { all: unset; cursor: pointer; color: #1a1a1a; padding: 2px 0; }
    .greeting-text:hover { text-decoration: underline; }
    .greeting-text:focus-visible, .greeting-close:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
    .greeting-close {
      all: unset; box-sizing: border-box; flex: none; display: inline-flex; align-items: center; justify-content: center;
      width: 28px; height: 28px; border-radius: 6px; cursor: pointer; color: #4b5563;
    }
    .greeting-close:hover { background: #e6f0f7; color: #00558c; }
    .greeting-close svg { width: 16px; height: 16px; fill: none; stroke: currentColor; stroke-width: 2.5; stroke-linecap: round; }
    .panel {
      all: initial; box-sizing: border-box; position: fixed; ${side}: ${sideOffset}px; bottom: ${bottomOffset + LAUNCHER_HEIGHT + 12}px;
      z-index: 2147483647; width: 400px; max-width: calc(100vw - ${2 * sideOffset}px); height: 640px;
      max-height: calc(100vh - ${bottomOffset + LAUNCHER_HEIGHT + 32}px);
      border-radius: 12px; overflow: hidden; background: #ffffff; display: block;
      box-shadow: 0 8px 32px rgba(0, 0, 0, 0.3); border: 1px solid #c4ccd4;
    }
    .panel iframe { all: initial; display: block; width: 100%; height: 100%; border: 0; }
    @media ${PHONE} {
      /* A phone: the chat fills the screen (its own header has the close button), the launcher waits behind it. */
      .panel { ${side}: 0; ${other}: 0; top: 0; bottom: 0; width: 100%; height: 100%; max-width: none; max-height: none; border: 0; border-radius: 0; }
      .launcher[aria-expanded="true"] { display: none; }
    }
  `;

  const SVG_OPEN = '<svg class="icon-open" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 4h16v11H8l-4 4V4z"/><path d="M8 9h8M8 12h5"/></svg>';
  const SVG_CLOSE = '<svg class="icon-close" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18"/></svg>';

  const host = document.createElement('div');
  host.id = HOST_ID;
  // Inline !important beats any stylesheet rule, so "* { position: relative; font-size: 40px }" cannot reach it.
  host.style.setProperty('all', 'initial', 'important');
  const shadow = host.attachShadow({ mode: 'open' });

  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS); // not a <style> element, so a host page CSP without 'unsafe-inline' still allows it
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = CSS;
    shadow.append(style);
  }

  const root = document.createElement('div');
  root.className = 'root';
  root.lang = lang;

  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.id = 'raadgiver-chat-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', label);

  // The launcher's visible text is its accessible name; aria-expanded says whether the chat is open.
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.id = 'raadgiver-chat-bubble';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', panel.id);
  launcher.innerHTML = SVG_OPEN + SVG_CLOSE; // our own constant markup, no outside text
  const launcherText = document.createElement('span');
  launcherText.className = 'text';
  launcherText.textContent = label;
  launcher.append(launcherText);

  const GREETING_KEY = 'raadgiver.greetingClosed';
  const greetingClosed = () => { try { return window.sessionStorage.getItem(GREETING_KEY) === '1'; } catch (err) { return false; } };
  let greetingBox = null;
  if (greeting && !greetingClosed()) {
    greetingBox = document.createElement('div');
    greetingBox.className = 'greeting';
    const greetingText = document.createElement('button');
    greetingText.type = 'button';
    greetingText.className = 'greeting-text';
    greetingText.textContent = greeting;
    greetingText.addEventListener('click', () => open());
    const closeGreeting = document.createElement('button');
    closeGreeting.type = 'button';
    closeGreeting.className = 'greeting-close';
    closeGreeting.setAttribute('aria-label', text.closeGreeting);
    closeGreeting.innerHTML = SVG_CLOSE.replace('icon-close', 'icon');
    closeGreeting.addEventListener('click', () => { hideGreeting(); launcher.focus(); });
    greetingBox.append(greetingText, closeGreeting);
  }

  function hideGreeting() {
    if (!greetingBox) return;
    greetingBox.hidden = true;
    try { window.sessionStorage.setItem(GREETING_KEY, '1'); } catch (err) { /* blocked: shown again next page */ }
  }

  root.append(panel, ...(greetingBox ? [greetingBox] : []), launcher);
  shadow.append(root);

  /* On a phone the open panel fills the screen: the page behind it must not scroll under the reader's finger. */
  const phone = window.matchMedia(PHONE);
  let savedOverflow = null;

  function lockScroll(lock) {
    const html = document.documentElement;
    const body = document.body;
    if (lock && !savedOverflow) {
      savedOverflow = [html.style.overflow, body.style.overflow, html.style.overscrollBehavior];
      html.style.overflow = 'hidden';
      body.style.overflow = 'hidden';
      html.style.overscrollBehavior = 'none';
    } else if (!lock && savedOverflow) {
      [html.style.overflow, body.style.overflow, html.style.overscrollBehavior] = savedOverflow;
      savedOverflow = null;
    }
  }

  const updateScrollLock = () => lockScroll(!panel.hidden && phone.matches);
  phone.addEventListener('change', updateScrollLock);

  let frame = null;
  let frameLoaded = false;

  function focusChat() {
    if (!frame) return;
    frame.focus();
    frame.contentWindow.postMessage({ type: 'raadgiver:focus' }, apiOrigin);
  }

  function open() {
    hideGreeting();
    if (!frame) {
      // Created on first open, so pages that never use the chat do not load it.
      frame = document.createElement('iframe');
      frame.id = 'raadgiver-chat-frame';
      frame.title = text.frame;
      frame.src = `${api}/?embed=1` + (pageLang ? `&lang=${pageLang}` : '');
      frame.addEventListener('load', () => { frameLoaded = true; if (!panel.hidden) focusChat(); });
      panel.append(frame);
    }
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    updateScrollLock();
    if (frameLoaded) focusChat();
  }

  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    updateScrollLock();
    launcher.focus();
  }

  launcher.addEventListener('click', () => (panel.hidden ? open() : close()));
  // Only while focus is on the launcher or in the panel: Escape in the host page's own forms is theirs.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden && document.activeElement === host) close();
  });
  // Escape and the close button inside the iframe arrive as a message from the chat page.
  window.addEventListener('message', (event) => {
    if (frame && event.source === frame.contentWindow && event.origin === apiOrigin &&
        event.data && event.data.type === 'raadgiver:close') close();
  });

  function mount() { document.body.append(host); }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
