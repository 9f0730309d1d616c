// Keyboard navigation between findings and table sorting. Everything else on the page works
// without this script; it reads only the page's own elements and writes no markup.
(function () {
  "use strict";
  // The panel's sections are kept as text in a <noscript> (see the template); a section is
  // made from its own slice of that text when first selected. The slice is markup the page
  // was written with, escaped like the rest of it: a quote or "<" from a draft or a source
  // is an entity there, so ' id="d12"' and "</section>" can only be the page's own.
  var store = document.getElementById("details");
  var stored = store ? store.textContent : "";
  var opened = document.getElementById("open");

  function section(id) {
    var found = document.getElementById(id);
    if (found || !stored || !opened) return found;
    var at = stored.indexOf(' id="' + id + '"');
    if (at < 0) return null;
    var from = stored.lastIndexOf("<section", at);
    var to = stored.indexOf("</section>", at) + "</section>".length;
    opened.appendChild(document.createRange().createContextualFragment(stored.slice(from, to)));
    return document.getElementById(id);
  }

  function show(hash) {
    section(hash.slice(1));
    location.replace(hash);
  }

  function selector() {
    var chosen = document.querySelector("input.show:checked");
    return ".nav" + (chosen ? chosen.getAttribute("data-nav") : ".find");
  }

  function current() {
    return document.querySelector(".nav.cur");
  }

  function select(el) {
    var old = current();
    if (old) old.classList.remove("cur");
    el.classList.add("cur");
    if (el.tagName === "A") show(el.getAttribute("href"));
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "nearest" });
  }

  function step(by) {
    var items = Array.prototype.slice.call(document.querySelectorAll(selector()));
    if (!items.length) return;
    var at = items.indexOf(current());
    if (at < 0) {
      var focused = items.indexOf(document.activeElement);
      at = focused >= 0 ? focused : by > 0 ? -1 : items.length;
    }
    select(items[Math.min(items.length - 1, Math.max(0, at + by))]);
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "j" || event.key === "n") step(1);
    else if (event.key === "k" || event.key === "p") step(-1);
    else if (event.key === "Escape" && document.getElementById("list")) location.replace("#list");
    else return;
    event.preventDefault();
  });

  // Another filter: the place kept is no longer among the ones shown.
  document.querySelectorAll("input.show").forEach(function (radio) {
    radio.addEventListener("change", function () {
      var old = current();
      if (old) old.classList.remove("cur");
    });
  });

  // A click on a marked sentence opens its section; the sentence stays outlined so the
  // place in the draft is not lost.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.s");
    if (!link) return;
    event.preventDefault();
    show(link.getAttribute("href"));
  });
  if (/^#d\d+$/.test(location.hash)) show(location.hash);

  window.addEventListener("hashchange", function () {
    var id = location.hash.slice(1);
    if (id.charAt(0) !== "d") return;
    var mark = document.getElementById("s" + id.slice(1));
    if (mark && !mark.classList.contains("cur")) {
      var old = current();
      if (old) old.classList.remove("cur");
      mark.classList.add("cur");
    }
  });

  var table = document.querySelector("table.sortable");
  if (!table) return;
  var body = table.tBodies[0];
  table.querySelectorAll("th button").forEach(function (button) {
    button.addEventListener("click", function () {
      var col = Number(button.getAttribute("data-col"));
      var th = button.parentNode;
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      function key(row) {
        var value = row.cells[col].getAttribute("data-sort");
        var number = Number(value);
        return value !== "" && !isNaN(number) ? number : value.toLowerCase();
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = x < y ? -1 : x > y ? 1 : 0;
        if (!order) order = Number(a.cells[0].getAttribute("data-sort")) - Number(b.cells[0].getAttribute("data-sort"));
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
