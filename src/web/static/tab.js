// The Teams tab: inside Teams, the user's locale and theme (light, dark, contrast) come from
// teams-js; outside Teams (app.initialize() rejects at once on a top-level page, and never settles
// in a foreign iframe: hence the race with a timeout), the browser's language is used.
(function () {
  'use strict';
  var root = document.documentElement;
  var here = new URL(window.location.href);
  var chosen = here.searchParams.get('lang');

  // The languages the bot speaks and its default, as the page lists them on <html>.
  var languages = String(root.getAttribute('data-languages') || '').split(' ');
  function languageOf(locale) {
    var base = String(locale || '').toLowerCase().split(/[-_]/)[0];
    return languages.indexOf(base) >= 0 ? base : root.getAttribute('data-default-language');
  }
  function useLanguage(language) {
    if (language === root.lang) return;
    here.searchParams.set('lang', language);
    window.location.replace(here.toString());
  }
  function applyTheme(theme) {
    root.setAttribute('data-theme', theme === 'dark' || theme === 'contrast' ? theme : 'light');
  }

  var timeout = new Promise(function (resolve) {
    setTimeout(function () { resolve(false); }, 3000);
  });
  var teams = window.microsoftTeams
    ? window.microsoftTeams.app.initialize().then(function () { return true; })
    : Promise.resolve(false);

  Promise.race([teams, timeout])
    .catch(function () { return false; })
    .then(function (inTeams) {
      if (!inTeams) {
        root.setAttribute('data-host', 'browser');
        if (!chosen) useLanguage(languageOf(navigator.language));
        return;
      }
      root.setAttribute('data-host', 'teams');
      return window.microsoftTeams.app.getContext().then(function (context) {
        applyTheme(context.app.theme);
        window.microsoftTeams.app.registerOnThemeChangeHandler(applyTheme);
        useLanguage(languageOf(context.app.locale));
      });
    });
})();
