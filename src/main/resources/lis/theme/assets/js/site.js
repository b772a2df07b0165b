// Progressive enhancement for every page. The site works without it.
(function () {
  'use strict';

  // A table shown as cards on a narrow screen is restyled with CSS display, which makes some browsers
  // (Safari) forget it is a table. Explicit roles keep the rows, cells and headers for screen readers.
  var roles = { TABLE: 'table', THEAD: 'rowgroup', TBODY: 'rowgroup', TFOOT: 'rowgroup', TR: 'row', TD: 'cell' };
  document.querySelectorAll('table.table-cards').forEach(function (table) {
    table.querySelectorAll('*').forEach(function (element) {
      var role = element.tagName === 'TH'
        ? (element.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader')
        : roles[element.tagName];
      if (role && element.closest('table') === table) {
        element.setAttribute('role', role);
      }
    });
    table.setAttribute('role', 'table');
  });

  // Submit the header search by navigation, so it also works when the site is opened from file://.
  var form = document.querySelector('.search-form');
  if (!form) {
    return;
  }
  form.addEventListener('submit', function (event) {
    var input = form.querySelector('input[name="q"]');
    event.preventDefault();
    window.location.href = form.getAttribute('action') + '?q=' + encodeURIComponent(input.value.trim());
  });
})();
