/* IURC-China: progressive enhancement only; every page works without this file. */
(function () {
  "use strict";
  // Menu groups are <details>: they open and close without this script. With it, one group is open at a time,
  // and Escape or a click elsewhere closes it.
  var groups = Array.prototype.slice.call(document.querySelectorAll(".main-nav__disclosure"));
  groups.forEach(function (group) {
    group.addEventListener("toggle", function () {
      if (!group.open) return;
      groups.forEach(function (other) { if (other !== group) other.open = false; });
    });
  });
  document.addEventListener("click", function (event) {
    groups.forEach(function (group) { if (group.open && !group.contains(event.target)) group.open = false; });
  });

  // Collapse the main menu behind a "Menu" button on narrow screens.
  var toggle = document.querySelector(".main-nav__toggle");
  var list = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (list) {
    toggle.hidden = false;
    document.documentElement.classList.add("has-menu-toggle");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var openGroup = groups.filter(function (group) { return group.open; })[0];
    if (openGroup) {
      openGroup.open = false;
      openGroup.querySelector("summary").focus();
    } else if (toggle && toggle.getAttribute("aria-expanded") === "true") {
      toggle.setAttribute("aria-expanded", "false");
      toggle.focus();
    }
  });
})();
