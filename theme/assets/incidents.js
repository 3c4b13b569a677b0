// The list of all incidents: the pages work without JavaScript; this sorts and filters every incident, not only the
// page's, from api/incident-list.json, and shows 100 rows at a time so 10,000 incidents stay quick.
(function () {
  "use strict";
  var PAGE = 100;
  var table = document.querySelector("[data-incident-table]");
  var form = document.querySelector("[data-incident-filters]");
  if (!table || !form || !window.fetch) { return; }

  var rows = null;
  var sort = { key: "date", descending: true };
  var page = 0;
  var body = table.tBodies[0];
  var count = form.querySelector("[data-incident-count]");

  fetch(table.getAttribute("data-list"))
    .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
    .then(function (list) { rows = list; enhance(); })
    .catch(function () { /* The static pages stay as they are. */ });

  function enhance() {
    form.hidden = false;
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("input", function () { page = 0; render(); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var key = th.getAttribute("data-sort");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        sort = { key: key, descending: sort.key === key ? !sort.descending : key === "date" || key === "duration" };
        page = 0;
        render();
      });
    });
  }

  function value(row, key) {
    switch (key) {
      case "duration": return row.duration_minutes;
      case "category": return row.category_title;
      case "services": return row.services.join(", ");
      default: return row[key];
    }
  }

  function compare(a, b) {
    var x = value(a, sort.key), y = value(b, sort.key);
    // Missing values go last whichever way the column is sorted.
    if (x === null || x === undefined || x === "") { return y === null || y === undefined || y === "" ? 0 : 1; }
    if (y === null || y === undefined || y === "") { return -1; }
    var order = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
    return sort.descending ? -order : order;
  }

  function matches(row, words, severity, category) {
    if (severity && row.severity !== severity) { return false; }
    if (category && row.category !== category) { return false; }
    if (!words.length) { return true; }
    var text = (row.title + " " + row.category_title + " " + row.category + " " + row.services.join(" ")).toLowerCase();
    return words.every(function (w) { return text.indexOf(w) >= 0; });
  }

  function render() {
    var words = form.elements.q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var severity = form.elements.severity.value;
    var category = form.elements.category.value;
    var shown = rows.filter(function (row) { return matches(row, words, severity, category); });
    shown.sort(compare);
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    page = Math.min(page, pages - 1);

    var fragment = document.createDocumentFragment();
    shown.slice(page * PAGE, page * PAGE + PAGE).forEach(function (row) { fragment.appendChild(rowElement(row)); });
    body.replaceChildren(fragment);

    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (th.getAttribute("data-sort") === sort.key) { th.setAttribute("aria-sort", sort.descending ? "descending" : "ascending"); }
      else { th.removeAttribute("aria-sort"); }
    });
    count.textContent = shown.length === rows.length
      ? rows.length + " incidents"
      : shown.length + " of " + rows.length + " incidents match";
    var staticCount = document.querySelector("[data-static-count]");
    if (staticCount) { staticCount.hidden = true; }
    renderPager(pages);
  }

  function cell(tr, text, className) {
    var td = document.createElement("td");
    if (className) { td.className = className; }
    if (text !== null) { td.textContent = text; }
    tr.appendChild(td);
    return td;
  }

  function link(parent, href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    parent.appendChild(a);
  }

  function rowElement(row) {
    var tr = document.createElement("tr");
    var date = cell(tr, null, "nowrap");
    var time = document.createElement("time");
    time.dateTime = row.date;
    time.textContent = row.date;
    date.appendChild(time);
    var title = cell(tr, null);
    link(title, row.url, row.title);
    if (row.status !== "published") {
      var badge = document.createElement("span");
      badge.className = "badge status-badge status-badge-" + row.status;
      badge.textContent = row.status === "in-review" ? "IN REVIEW" : row.status.toUpperCase();
      title.appendChild(document.createTextNode(" "));
      title.appendChild(badge);
    }
    cell(tr, row.severity || "—", "nowrap");
    link(cell(tr, null), row.category_url, row.category_title);
    cell(tr, row.duration, "nowrap");
    cell(tr, row.services.join(", "));
    return tr;
  }

  function renderPager(pages) {
    var old = document.querySelector("[data-static-pager], [data-pager]");
    var nav = document.createElement("nav");
    nav.className = "pager";
    nav.setAttribute("aria-label", "Pages of the incident list");
    nav.setAttribute("data-pager", "");
    if (pages > 1) {
      for (var i = 0; i < pages; i++) {
        if (i !== 0 && i !== pages - 1 && Math.abs(i - page) > 2) { continue; }
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = String(i + 1);
        if (i === page) { button.setAttribute("aria-current", "page"); }
        button.addEventListener("click", (function (target) {
          return function () { page = target; render(); table.scrollIntoView(); };
        })(i));
        nav.appendChild(button);
      }
    }
    if (old) { old.replaceWith(nav); } else { table.parentNode.after(nav); }
  }
})();
