// Injected by `postmortemsite serve` only: reloads the page after a rebuild and shows build errors over it.
(function () {
  'use strict';
  var base = '/__postmortemsite/';
  var script = document.currentScript;
  var version = script ? script.getAttribute('data-version') : '-1';
  var overlayId = 'postmortemsite-build-errors';

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function hideOverlay() {
    var old = document.getElementById(overlayId);
    if (old) { old.parentNode.removeChild(old); }
  }

  function showOverlay(state) {
    hideOverlay();
    var errors = state.diagnostics.filter(function (d) { return d.severity === 'error'; });
    var overlay = element('div');
    overlay.id = overlayId;
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;' +
      'background:#1b1f24;color:#f6f8fa;border-top:4px solid #ff6b6b;padding:1rem 1.25rem;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;';
    var heading = element('strong', null, 'Build failed: ' + errors.length + ' error' + (errors.length === 1 ? '' : 's') +
      '. The page shows the last good build; fix the file and save to rebuild.');
    heading.style.cssText = 'display:block;margin-bottom:0.5rem;color:#ffb4b4;';
    overlay.appendChild(heading);
    var list = element('ul');
    list.style.cssText = 'margin:0;padding-left:1.2rem;';
    state.diagnostics.forEach(function (d) {
      var item = element('li', 'diagnostic', d.location + ': ' + d.severity + ' ' + d.code + ': ' + d.message);
      if (d.hint) { item.appendChild(element('div', 'hint', 'hint: ' + d.hint)); }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    var close = element('button', null, 'Dismiss');
    close.type = 'button';
    close.style.cssText = 'margin-top:0.75rem;';
    close.onclick = hideOverlay;
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  function fetchDiagnostics() {
    var request = new XMLHttpRequest();
    request.open('GET', base + 'diagnostics');
    request.onload = function () {
      var state = JSON.parse(request.responseText);
      if (state.failed) { showOverlay(state); } else { hideOverlay(); }
    };
    request.send();
  }

  var source = new EventSource(base + 'events?version=' + encodeURIComponent(version));
  source.addEventListener('reload', function () {
    source.close();
    location.reload();
  });
  source.addEventListener('failed', fetchDiagnostics);
})();
