// Sorting and filtering for register tables. Without JavaScript the tables are complete and readable.
(function () {
  'use strict';

  var collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

  function cellText(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.trim() : '';
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = collator.compare(cellText(a, index), cellText(b, index));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function makeFilterable(input) {
    var table = document.getElementById(input.getAttribute('data-filter-table'));
    var container = input.closest('.register-filter');
    var count = container.querySelector('.register-filter__count');
    var template = count.getAttribute('data-count-template');
    // Selects narrow the rows to those whose data-<name> attribute equals the chosen value (empty: all).
    var selects = Array.prototype.slice.call(container.querySelectorAll('select[data-filter-by]'));
    container.hidden = false;
    function apply() {
      var query = input.value.trim().toLocaleLowerCase('sv');
      var rows = table.tBodies[0].rows;
      var shown = 0;
      Array.prototype.forEach.call(rows, function (row) {
        var match = (!query || row.textContent.toLocaleLowerCase('sv').indexOf(query) >= 0)
          && selects.every(function (select) {
            return !select.value || row.getAttribute('data-' + select.getAttribute('data-filter-by')) === select.value;
          });
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      count.textContent = template.replace('{0}', String(shown)).replace('{1}', String(rows.length));
    }
    input.addEventListener('input', apply);
    selects.forEach(function (select) { select.addEventListener('change', apply); });
  }

  document.querySelectorAll('table[data-sortable]').forEach(makeSortable);
  document.querySelectorAll('input[data-filter-table]').forEach(makeFilterable);
})();
