// lis serve: reloads the page after each successful build and shows a failed build as an overlay.
// The server sends the messages already in the site's language: the first line is the heading.
(function () {
  'use strict';
  var overlay = null;

  function show(text) {
    var lines = text.split('\n');
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.className = 'lis-live-overlay';
      overlay.setAttribute('role', 'alert');
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var heading = document.createElement('h2');
    heading.textContent = lines[0];
    var details = document.createElement('pre');
    details.textContent = lines.slice(1).join('\n');
    overlay.appendChild(heading);
    overlay.appendChild(details);
  }

  var events = new EventSource('/__lis/events');
  events.addEventListener('reload', function () { window.location.reload(); });
  events.addEventListener('failed', function (event) { show(event.data); });
}());
