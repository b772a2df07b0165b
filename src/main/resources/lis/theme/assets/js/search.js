// Offline search over window.LIS_SEARCH_INDEX (search-index.js) with Fuse.js.
// Swedish words are reduced to a stem so that "åtgärd" also finds "åtgärder" and "åtgärderna".
(function () {
  'use strict';

  var MAX_RESULTS = 100;
  // Longest first. A light Swedish stemmer: enough for plural and definite forms.
  var SUFFIXES = ['arnas', 'ernas', 'ornas', 'erna', 'arna', 'orna', 'ande', 'ende', 'heten', 'heter',
    'ens', 'ets', 'het', 'are', 'ast', 'ade', 'ad', 'en', 'et', 'er', 'ar', 'or', 'na', 'as', 'es', 'a', 'e', 's'];
  var MIN_STEM = 4;
  // Words this short (IT, IA, KLASSA's K) must match as whole words, not inside other words.
  var SHORT_WORD = 3;

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

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  function wholeWord(term) {
    return new RegExp('(^|[^\\p{L}\\p{N}])' + escapeRegExp(term) + '($|[^\\p{L}\\p{N}])', 'iu');
  }

  function fuse(ignoreDiacritics) {
    return new window.Fuse(window.LIS_SEARCH_INDEX || [], {
      keys: [{ name: 's', weight: 3 }, { name: 'p', weight: 2 }, { name: 'x', weight: 1 }],
      ignoreLocation: true,
      useExtendedSearch: true,
      ignoreDiacritics: ignoreDiacritics,
      threshold: 0.3
    });
  }

  function search(query) {
    var terms = words(query).map(function (w) { return w.length > SHORT_WORD ? stem(w) : w; });
    if (terms.length === 0) {
      return { terms: terms, hits: [] };
    }
    var extended = terms.map(function (t) { return "'" + t; }).join(' ');
    var hits = fuse(false).search(extended);
    if (hits.length === 0) {
      hits = fuse(true).search(extended);
    }
    if (hits.length === 0 && terms.every(function (t) { return t.length > SHORT_WORD; })) {
      hits = fuse(false).search(query);
    }
    var short = terms.filter(function (t) { return t.length <= SHORT_WORD; }).map(wholeWord);
    hits = hits.filter(function (hit) {
      var entry = hit.item;
      var text = entry.p + ' ' + entry.s + ' ' + entry.x;
      return short.every(function (pattern) { return pattern.test(text) || pattern.test(fold(text)); });
    });
    return { terms: terms, hits: hits };
  }

  // Appends text to parent with every occurrence of a term wrapped in <mark>.
  function appendMarked(parent, text, terms) {
    var alternatives = terms.map(function (t) {
      return t.length <= SHORT_WORD ? '(?<![\\p{L}\\p{N}])' + escapeRegExp(t) + '(?![\\p{L}\\p{N}])' : escapeRegExp(t);
    });
    var pattern = new RegExp('(' + alternatives.join('|') + ')', 'giu');
    var last = 0;
    text.replace(pattern, function (match, group, offset) {
      parent.appendChild(document.createTextNode(text.slice(last, offset)));
      var mark = document.createElement('mark');
      mark.textContent = match;
      parent.appendChild(mark);
      last = offset + match.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
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

  function render(query, result) {
    var script = document.querySelector('script[data-root]');
    var root = script ? script.getAttribute('data-root') : '';
    var texts = document.getElementById('sok-texter');
    var status = document.getElementById('sok-status');
    var list = document.getElementById('sok-resultat');
    var count = result.hits.length;
    list.textContent = '';
    if (count === 0) {
      status.textContent = texts.getAttribute('data-none').replace('{0}', query);
    } else if (count > MAX_RESULTS) {
      status.textContent = texts.getAttribute('data-capped').replace('{0}', String(count))
        .replace('{1}', query).replace('{2}', String(MAX_RESULTS));
    } else {
      status.textContent = texts.getAttribute('data-count').replace('{0}', String(count)).replace('{1}', query);
    }
    result.hits.slice(0, MAX_RESULTS).forEach(function (hit) {
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
      appendMarked(text, snippet(entry.x, result.terms), result.terms);
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
