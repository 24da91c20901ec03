/* Raadgiver chat widget for any web page:
     <script src="https://host/widget.js" data-api="https://host" async></script>
   Optional: data-lang="da" | "en" (otherwise the page's <html lang>, then the browser's language; a
   language the reader picks in the chat wins over all of these).

   Adds a chat bubble (bottom right) that opens the chat page (data-api + "/?embed=1") in an iframe panel.
   The bubble and panel live in a shadow root, and the host element resets every property inline, so the
   host page's CSS cannot restyle them; the chat itself is a separate document inside the iframe. */
(function () {
  'use strict';

  const HOST_ID = 'raadgiver-chat-widget';
  if (document.getElementById(HOST_ID)) return; // included twice: one bubble is enough

  const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  const scriptUrl = new URL(script.src, window.location.href);
  const api = new URL(script.getAttribute('data-api') || scriptUrl.origin, window.location.href).href.replace(/\/+$/, '');
  const apiOrigin = new URL(api).origin;

  const TEXT = {
    da: { open: 'Chat med Raadgiver', frame: 'Raadgiver – chat om Region Midtjyllands dokumenter' },
    en: { open: 'Chat with Raadgiver', frame: "Raadgiver – chat about the Central Denmark Region's documents" },
  };

  const asLanguage = (value) => {
    const code = String(value || '').toLowerCase().slice(0, 2);
    return code === 'da' || code === 'en' ? code : null;
  };
  // The page's own language is passed on to the chat; without one the chat follows the browser, as here.
  const pageLang = asLanguage(script.getAttribute('data-lang')) || asLanguage(document.documentElement.lang);
  const lang = pageLang || asLanguage(navigator.language) || 'da';
  const text = TEXT[lang];

  const CSS = `
    .root { all: initial; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px; color: #1a1a1a; }
    .bubble {
      all: initial; box-sizing: border-box; position: fixed; right: 20px; bottom: 20px; z-index: 2147483647;
      width: 60px; height: 60px; border-radius: 50%; cursor: pointer;
      background: #00558c; color: #ffffff; display: flex; align-items: center; justify-content: center;
      box-shadow: 0 4px 14px rgba(0, 0, 0, 0.3);
    }
    .bubble:hover { background: #00436f; }
    .bubble:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 3px; box-shadow: 0 0 0 3px #ffffff; }
    .bubble svg { width: 28px; height: 28px; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
    .bubble .icon-close { display: none; }
    .bubble[aria-expanded="true"] .icon-open { display: none; }
    .bubble[aria-expanded="true"] .icon-close { display: block; }
    .panel {
      all: initial; box-sizing: border-box; position: fixed; right: 20px; bottom: 92px; z-index: 2147483646;
      width: 400px; max-width: calc(100vw - 40px); height: 640px; max-height: calc(100vh - 112px);
      border-radius: 12px; overflow: hidden; background: #ffffff; display: block;
      box-shadow: 0 8px 32px rgba(0, 0, 0, 0.3); border: 1px solid #c4ccd4;
    }
    .panel[hidden] { display: none; }
    .panel iframe { all: initial; display: block; width: 100%; height: 100%; border: 0; }
    @media (max-width: 480px) {
      .panel { left: 8px; right: 8px; top: 8px; bottom: 88px; width: auto; height: auto; max-width: none; max-height: none; }
      .bubble { right: 16px; bottom: 16px; }
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
  panel.setAttribute('aria-label', text.open);

  const bubble = document.createElement('button');
  bubble.type = 'button';
  bubble.className = 'bubble';
  bubble.id = 'raadgiver-chat-bubble';
  bubble.setAttribute('aria-label', text.open);
  bubble.setAttribute('aria-expanded', 'false');
  bubble.setAttribute('aria-controls', panel.id);
  bubble.innerHTML = SVG_OPEN + SVG_CLOSE; // our own constant markup, no outside text

  root.append(panel, bubble);
  shadow.append(root);

  let frame = null;
  let frameLoaded = false;

  function focusChat() {
    if (!frame) return;
    frame.focus();
    frame.contentWindow.postMessage({ type: 'raadgiver:focus' }, apiOrigin);
  }

  function open() {
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
    bubble.setAttribute('aria-expanded', 'true');
    if (frameLoaded) focusChat();
  }

  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    bubble.setAttribute('aria-expanded', 'false');
    bubble.focus();
  }

  bubble.addEventListener('click', () => (panel.hidden ? open() : close()));
  // Only while focus is on the bubble or in the panel: Escape in the host page's own forms is theirs.
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
