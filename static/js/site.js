/* IURC-China: progressive enhancement only; every page works without this file. */
(function () {
  "use strict";
  // Collapse the main menu behind a "Menu" button on narrow screens.
  var toggle = document.querySelector(".main-nav__toggle");
  var list = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (!list) return;
  toggle.hidden = false;
  document.documentElement.classList.add("has-menu-toggle");
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      toggle.setAttribute("aria-expanded", "false");
      toggle.focus();
    }
  });
})();
