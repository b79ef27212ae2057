// Embeds the MGI assistant on any site:
//   <script src="https://YOUR-HOST/embed.js" data-lang="fr" data-open="false" async></script>
// data-lang: a language code the bot speaks (default: the browser's language); data-open: true to start open.
// The server prepends MGI_EMBED: its languages, default language and button labels per language.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var config = MGI_EMBED;
  var asked = String(script.getAttribute('data-lang') || navigator.language || '').toLowerCase().split(/[-_]/)[0];
  var lang = config.languages.indexOf(asked) >= 0 ? asked : config.defaultLanguage;
  var startOpen = script.getAttribute('data-open') === 'true';
  var labels = config.labels[lang];

  var frame = document.createElement('iframe');
  frame.src = origin + '/?embed=1&lang=' + lang;
  frame.title = labels.title;
  frame.setAttribute('loading', 'lazy');
  frame.style.cssText = 'position:fixed;right:16px;bottom:80px;width:min(400px,calc(100vw - 32px));height:min(600px,calc(100vh - 112px));border:0;border-radius:12px;box-shadow:0 8px 24px rgba(0,0,0,.2);background:#fff;z-index:2147483000;';

  var button = document.createElement('button');
  button.type = 'button';
  button.style.cssText = 'position:fixed;right:16px;bottom:16px;height:48px;padding:0 18px;border:0;border-radius:24px;background:#0b5394;color:#fff;font:600 15px system-ui,sans-serif;cursor:pointer;box-shadow:0 4px 12px rgba(0,0,0,.2);z-index:2147483001;';

  function setOpen(open) {
    frame.style.display = open ? 'block' : 'none';
    button.textContent = open ? '×  ' + labels.close : labels.open;
    button.setAttribute('aria-expanded', String(open));
  }

  button.addEventListener('click', function () {
    setOpen(frame.style.display === 'none');
  });
  setOpen(startOpen);
  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
