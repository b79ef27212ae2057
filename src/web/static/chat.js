// Starts Web Chat on the page: a token from the server (local Direct Line, or Azure Direct Line
// exchanged server-side: the secret never reaches the browser), then the chat in the page's language.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('mgi-config').textContent);
  var host = document.getElementById('webchat');

  function showUnavailable() {
    host.innerHTML = '';
    var message = document.createElement('p');
    message.className = 'chat-status';
    message.setAttribute('role', 'alert');
    message.textContent = config.strings.unavailable;
    host.appendChild(message);
  }

  fetch(config.tokenUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(function (session) {
      host.innerHTML = '';
      window.WebChat.renderWebChat(
        {
          directLine: window.WebChat.createDirectLine({ domain: session.domain, token: session.token, webSocket: false, pollingInterval: 200 }),
          locale: config.locale,
          nonce: config.nonce,
          styleOptions: {
            accent: '#0b5394',
            bubbleBorderRadius: 8,
            bubbleFromUserBorderRadius: 8,
            bubbleFromUserBackground: '#e8f0f8',
            primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
            suggestedActionLayout: 'flow',
            hideUploadButton: true,
            sendBoxTextWrap: true
          }
        },
        host
      );
    })
    .catch(showUnavailable);
})();
