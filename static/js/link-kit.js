/* Link kit: "Copy" buttons next to the permalinks and the embed code. Without this file the text stays selectable. */
(function () {
  "use strict";
  var status = document.querySelector(".link-kit__status");

  function say(message) {
    if (!status) return;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  function copyBySelection(field) {
    field.focus();
    field.select();
    try {
      return document.execCommand("copy");
    } catch (error) {
      return false;
    }
  }

  document.querySelectorAll(".link-kit__copy[data-copy-target]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    if (!field) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var done = function () { say(status.getAttribute("data-copied")); };
      var failed = function () {
        if (copyBySelection(field)) done();
        else say(status.getAttribute("data-failed"));
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, failed);
      } else {
        failed();
      }
    });
  });

  // A click in a field selects all of it, ready to copy by hand.
  document.querySelectorAll(".link-kit__input, .link-kit__snippet").forEach(function (field) {
    field.addEventListener("focus", function () { field.select(); });
  });
})();
