// Progressive enhancement for every page. The site works without it.
(function () {
  'use strict';
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
