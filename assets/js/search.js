// Offline search over window.LIS_SEARCH_INDEX (search-index.js) with Fuse.js.
// Swedish words are reduced to a stem so that "åtgärd" also finds "åtgärder" and "åtgärderna".
(function () {
  'use strict';

  // Longest first. A light Swedish stemmer: enough for plural and definite forms.
  var SUFFIXES = ['arnas', 'ernas', 'ornas', 'erna', 'arna', 'orna', 'ande', 'ende', 'heten', 'heter',
    'ens', 'ets', 'het', 'are', 'ast', 'ade', 'ad', 'en', 'et', 'er', 'ar', 'or', 'na', 'as', 'es', 'a', 'e', 's'];
  var MIN_STEM = 4;

  function stem(word) {
    for (var i = 0; i < SUFFIXES.length; i++) {
      var suffix = SUFFIXES[i];
      if (word.length - suffix.length >= MIN_STEM && word.slice(-suffix.length) === suffix) {
        return word.slice(0, -suffix.length);
      }
    }
    return word;
  }

  function words(text) {
    return text.toLocaleLowerCase('sv').split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  function snippet(text, terms) {
    var lower = text.toLocaleLowerCase('sv');
    var at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) {
      at = lower.indexOf(terms[i]);
    }
    var start = Math.max(0, at - 60);
    if (start > 0) {
      // Start at a word, not in the middle of one.
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 220);
    var lastSpace = text.lastIndexOf(' ', end);
    end = end < text.length && lastSpace > start ? lastSpace : end;
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  function search(query) {
    var index = window.LIS_SEARCH_INDEX || [];
    var fuse = new window.Fuse(index, {
      keys: [{ name: 's', weight: 3 }, { name: 'p', weight: 2 }, { name: 'x', weight: 1 }],
      ignoreLocation: true,
      useExtendedSearch: true,
      threshold: 0.3
    });
    var terms = words(query).map(stem);
    if (terms.length === 0) {
      return { terms: terms, hits: [] };
    }
    var hits = fuse.search(terms.map(function (t) { return "'" + t; }).join(' '));
    if (hits.length === 0) {
      hits = fuse.search(query);
    }
    return { terms: terms, hits: hits };
  }

  function render(query, result) {
    var script = document.querySelector('script[data-root]');
    var root = script ? script.getAttribute('data-root') : '';
    var texts = document.getElementById('sok-texter');
    var status = document.getElementById('sok-status');
    var list = document.getElementById('sok-resultat');
    list.textContent = '';
    status.textContent = result.hits.length
      ? texts.getAttribute('data-count').replace('{0}', String(result.hits.length)).replace('{1}', query)
      : texts.getAttribute('data-none').replace('{0}', query);
    result.hits.slice(0, 100).forEach(function (hit) {
      var entry = hit.item;
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + entry.u;
      link.textContent = entry.p;
      if (entry.s) {
        var section = document.createElement('span');
        section.className = 'search-results__section';
        section.textContent = ' – ' + entry.s;
        link.appendChild(section);
      }
      item.appendChild(link);
      var text = document.createElement('p');
      text.textContent = snippet(entry.x, result.terms);
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  var input = document.getElementById('sok-fraga');
  if (input) {
    input.value = query;
  }
  if (query.trim()) {
    render(query, search(query));
  }
})();
