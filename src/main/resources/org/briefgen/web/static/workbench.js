// briefgen workbench: sorting and filtering tables, following a run or a check, focusing the message a page opens on, enlarging a
// letter's page. Nothing else;
// every page works without it.
(function () {
  'use strict';

  function cellText(row, column) {
    var cell = row.cells[column];
    return cell ? cell.textContent.trim().toLowerCase() : '';
  }

  function setUpSorting(table) {
    var buttons = table.querySelectorAll('button.sort');
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        var th = button.closest('th');
        var column = Number(button.getAttribute('data-column'));
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('th[aria-sort]').forEach(function (other) {
          other.setAttribute('aria-sort', 'none');
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellText(a, column);
          var y = cellText(b, column);
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function setUpFilter(table) {
    var text = document.querySelector('[data-filter-table="' + table.id + '"]');
    var status = document.querySelector('[data-status-table="' + table.id + '"]');
    var shown = document.getElementById(table.id + '-shown');
    function apply() {
      var words = text ? text.value.trim().toLowerCase() : '';
      var wanted = status ? status.value : '';
      var count = 0;
      var rows = table.tBodies[0].rows;
      for (var i = 0; i < rows.length; i++) {
        var row = rows[i];
        var match = (!words || row.textContent.toLowerCase().indexOf(words) >= 0)
          && (!wanted || row.getAttribute('data-status') === wanted);
        row.hidden = !match;
        if (match) { count++; }
      }
      if (shown) { shown.textContent = count + ' of ' + rows.length + ' shown'; }
    }
    if (text) { text.addEventListener('input', apply); }
    if (status) { status.addEventListener('change', apply); }
    if (text || status) { apply(); }
  }

  function followProgress(box) {
    var source = box.getAttribute('data-src');
    function finished() {
      var job = box.querySelector('.job');
      return job && job.getAttribute('data-finished') === 'true';
    }
    function poll() {
      if (finished()) { return; }
      fetch(source, { credentials: 'same-origin' }).then(function (response) {
        return response.ok ? response.text() : Promise.reject(response.status);
      }).then(function (html) {
        // the fragment is the server's own page, escaped like every page
        var parsed = new DOMParser().parseFromString(html, 'text/html');
        var job = parsed.querySelector('.job');
        if (job) { box.replaceChildren(document.importNode(job, true)); }
        if (finished()) {
          // a check followed to its end: what waited for it (issuing) is offered when every letter can be made,
          // and otherwise points at why not
          var problems = box.querySelector('.job').getAttribute('data-problems');
          document.querySelectorAll('[data-enable-when-checked]').forEach(function (button) {
            if (problems === '0') {
              button.disabled = false;
              button.removeAttribute('aria-describedby');
            } else if (document.getElementById('cannot-issue')) {
              button.setAttribute('aria-describedby', 'cannot-issue');
            }
          });
          // the run ended: the keyboard and the screen reader go to what it says, not to the page's top
          var state = document.getElementById('job-state');
          if (state) { state.setAttribute('tabindex', '-1'); state.focus(); }
          return;
        }
        window.setTimeout(poll, 400);
      }).catch(function () { window.setTimeout(poll, 2000); });
    }
    window.setTimeout(poll, 300);
  }

  // a list of choices too long to send whole: asked again of the server as the officer types
  function followChoices(list) {
    var source = list.getAttribute('data-src');
    var timer;
    document.querySelectorAll('input[list="' + list.id + '"]').forEach(function (input) {
      input.addEventListener('input', function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
          fetch(source + '?q=' + encodeURIComponent(input.value.trim()), { credentials: 'same-origin' })
            .then(function (response) {
              return response.ok ? response.text() : Promise.reject(response.status);
            }).then(function (html) {
              // the server's own page, escaped like every page
              var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(list.id);
              if (fresh) {
                list.replaceChildren.apply(list, Array.prototype.map.call(fresh.children, function (option) {
                  return document.importNode(option, true);
                }));
              }
            }).catch(function () { /* the list offered before stays */ });
        }, 250);
      });
    });
  }

  // a letter's page shown at twice its width in its own box, which takes the focus so that the arrows scroll it
  function setUpZoom(figure) {
    var button = figure.querySelector('button.zoom');
    var box = figure.querySelector('.page-box');
    var label = button.firstChild;
    button.hidden = false;
    button.addEventListener('click', function () {
      var zoomed = figure.classList.toggle('zoomed');
      button.setAttribute('aria-pressed', zoomed ? 'true' : 'false');
      label.textContent = zoomed ? 'Shrink' : 'Enlarge';
      if (zoomed) {
        box.setAttribute('tabindex', '0');
        box.focus();
      } else {
        box.removeAttribute('tabindex');
      }
    });
    // Escape, in the enlarged page, shrinks it and gives the focus back to its button
    box.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && figure.classList.contains('zoomed')) {
        button.click();
        button.focus();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('figure.page').forEach(setUpZoom);
    document.querySelectorAll('datalist[data-src]').forEach(followChoices);
    document.querySelectorAll('table.data').forEach(function (table) {
      if (table.querySelector('button.sort')) { setUpSorting(table); }
      if (table.id) { setUpFilter(table); }
    });
    // a message the page opens on (a response recorded, a form refused) takes the focus
    var message = document.querySelector('[data-focus]');
    if (message) { message.focus(); }
    var progress = document.getElementById('progress');
    if (progress) { followProgress(progress); }
  });
}());
