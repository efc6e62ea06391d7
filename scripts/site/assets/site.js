/* dprk-russia-treaty explorer: sorting and filtering of tables, and search. Every page is complete
   without this script; it only adds controls. No network: the search index is a script loaded beside it. */
(() => {
  /** Case- and accent-insensitive form of a text (Hangul is decomposed and composed again unchanged). */
  function fold(text) {
    return String(text).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
  }

  function sortValue(cell) {
    return cell ? (cell.getAttribute('data-sort') || cell.textContent || '').trim() : '';
  }

  /* Sortable tables: each column header becomes a button; a second press reverses the order. */
  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    var body = table.tBodies[0];
    Array.prototype.forEach.call(headers, (th, index) => {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', () => {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, (h) => {
          h.removeAttribute('aria-sort');
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-type') === 'number';
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort((a, b) => {
          var x = sortValue(a.cells[index]);
          var y = sortValue(b.cells[index]);
          if (x === '' && y !== '') return 1;
          if (y === '' && x !== '') return -1;
          var c = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
          return ascending ? c : -c;
        });
        rows.forEach((row) => {
          body.appendChild(row);
        });
      });
    });
  }

  /* Filter: rows whose text holds every word typed stay visible. */
  function makeFilterable(tools) {
    var input = tools.querySelector('input[data-filter]');
    var table = document.getElementById(input.getAttribute('data-filter'));
    var status = tools.querySelector('[role="status"]');
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = rows.map((row) => fold(row.textContent));
    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach((row, i) => {
        var match = words.every((w) => texts[i].indexOf(w) >= 0);
        row.hidden = !match;
        if (match) shown++;
      });
      status.textContent = words.length ? `${shown} of ${rows.length} rows match` : `${rows.length} rows`;
    }
    tools.hidden = false;
    input.addEventListener('input', apply);
    var q = new URLSearchParams(location.search).get('filter');
    if (q) input.value = q;
    apply();
  }

  /* Search across every record's titles, names and summaries. */
  function search(index, form, input, status, list) {
    var root = form.getAttribute('action').replace(/search\.html$/, '');
    var entries = index.entries.map((e) => ({
      path: e[0],
      table: e[1],
      label: e[2],
      lang: e[3],
      text: e[4],
      foldedLabel: fold(e[2]),
      folded: fold(`${e[2]} ${e[4]}`),
    }));
    function snippet(entry, word) {
      var at = fold(entry.text).indexOf(word);
      if (at < 0) return entry.text.slice(0, 160) + (entry.text.length > 160 ? '…' : '');
      var start = Math.max(0, at - 60);
      // Start at a word: after the first space past the cut, when it comes before the match.
      var space = entry.text.indexOf(' ', start);
      if (start > 0 && space >= 0 && space < at) start = space + 1;
      return (start > 0 ? '…' : '') + entry.text.slice(start, start + 180) + (start + 180 < entry.text.length ? '…' : '');
    }
    function run() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      list.textContent = '';
      if (!words.length) {
        status.textContent = `Type a word to search ${entries.length} records.`;
        return;
      }
      var hits = entries
        .filter((e) => words.every((w) => e.folded.indexOf(w) >= 0))
        .map((e, order) => {
          var score = words.reduce((s, w) => s + (e.foldedLabel.indexOf(w) >= 0 ? 10 : 1), 0);
          return { entry: e, score: score, order: order };
        })
        .sort((a, b) => {
          // Equal scores keep the index's order: the treaty text and events before the documents cited.
          return b.score - a.score || a.order - b.order;
        });
      status.textContent = hits.length === 1 ? '1 record found' : `${hits.length} records found`;
      hits.slice(0, 200).forEach((hit) => {
        var e = hit.entry;
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = root + e.path;
        a.textContent = e.label;
        if (e.lang && e.lang !== 'en') a.lang = e.lang;
        var meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = ` · ${e.table}`;
        var text = document.createElement('span');
        text.className = 'snippet';
        text.textContent = snippet(e, words[0]);
        li.appendChild(a);
        li.appendChild(meta);
        li.appendChild(text);
        list.appendChild(li);
      });
    }
    var q = new URLSearchParams(location.search).get('q');
    if (q) input.value = q;
    input.addEventListener('input', run);
    run();
  }

  document.querySelectorAll('table.sortable').forEach(makeSortable);
  document.querySelectorAll('.table-tools').forEach(makeFilterable);
  var results = document.getElementById('search-results');
  var index = window.DPRK_RUSSIA_TREATY_SEARCH;
  if (results && index) {
    const form = document.querySelector('.search-form');
    search(index, form, form.querySelector('input[name="q"]'), document.getElementById('search-status'), results);
  }
})();
