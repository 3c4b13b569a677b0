// The action register's filters: status, owner, priority, overdue, and sorting by due date. The table is complete
// without script; this only hides rows and reorders them.
(function () {
  "use strict";
  var form = document.querySelector("[data-action-filters]");
  var table = document.querySelector("[data-action-table]");
  if (!form || !table) { return; }
  var body = table.tBodies[0];
  var original = Array.prototype.slice.call(body.rows);
  var count = form.querySelector("[data-action-count]");
  var sortButton = form.querySelector("[data-sort-due-button]");
  var dueHeader = table.querySelector("[data-sort-due]");
  var byDue = 0; // 0: as built (open and overdue first), 1: soonest due first, -1: latest first.

  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("change", apply);
  sortButton.addEventListener("click", function () {
    byDue = byDue === 1 ? -1 : 1;
    sortButton.textContent = byDue === 1 ? "Sort by due date (latest first)" : "Sort by due date (soonest first)";
    apply();
  });

  function apply() {
    var status = form.elements.status.value;
    var owner = form.elements.owner.value;
    var priority = form.elements.priority.value;
    var overdue = form.elements.overdue.checked;
    var rows = original.slice();
    if (byDue !== 0) {
      rows.sort(function (a, b) {
        var x = a.getAttribute("data-due"), y = b.getAttribute("data-due");
        if (!x) { return y ? 1 : 0; }
        if (!y) { return -1; }
        return byDue * (x < y ? -1 : x > y ? 1 : 0);
      });
      dueHeader.setAttribute("aria-sort", byDue === 1 ? "ascending" : "descending");
    }
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!status || row.getAttribute("data-status") === status)
        && (!owner || row.getAttribute("data-owner") === owner)
        && (!priority || row.getAttribute("data-priority") === priority)
        && (!overdue || row.getAttribute("data-overdue") === "yes");
      row.hidden = !visible;
      if (visible) { shown++; }
      body.appendChild(row);
    });
    count.textContent = shown + " of " + original.length + " action items shown";
  }
})();
