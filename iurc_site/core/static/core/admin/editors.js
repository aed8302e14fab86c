/* Page and snippet editors.
   - wagtail-modeltranslation's settings come from JSON data (the admin allows no inline script).
   - Each translated field is marked with its language, so the English and Chinese versions of a field read as a pair.
   - Each translated StreamField of a saved page links to "Copy text between languages" for that field. */
(function () {
  "use strict";
  var configElement = document.getElementById("iurc-modeltranslation-config");
  var config = configElement ? JSON.parse(configElement.textContent) : null;
  if (config) {
    window.wagtailModelTranslations = config;
  }

  var languagePattern = / \[(en|zh-hans)\]/;
  var streamPanelId = /^panel-child-content-(\w+?)_(en|zh_hans)-section$/;

  function markLanguages() {
    document.querySelectorAll("section.w-panel, div.w-panel__wrapper").forEach(function (panel) {
      var heading = panel.querySelector(".w-panel__heading, label, legend");
      var match = heading && languagePattern.exec(heading.textContent);
      if (match) {
        panel.classList.add("iurc-lang", "iurc-lang--" + match[1]);
      }
    });
  }

  function addCopyLinks() {
    var form = document.getElementById("page-edit-form");
    var action = form && form.getAttribute("action");
    if (!config || !action || !/\/edit\/$/.test(action)) {
      return;
    }
    var copyUrl = action.replace(/edit\/$/, "copy-language/");
    document.querySelectorAll("section.w-panel").forEach(function (panel) {
      var match = streamPanelId.exec(panel.id);
      var header = panel.querySelector(".w-panel__header");
      if (!match || !header || !panel.querySelector("[data-streamfield-stream-container]")) {
        return;
      }
      var target = match[2] === "en" ? "en" : "zh-hans";
      var source = target === "en" ? "zh-hans" : "en";
      var link = document.createElement("a");
      link.className = "iurc-copy-link";
      link.href = copyUrl + "?direction=" + source + ":" + target + "&fields=" + encodeURIComponent(match[1]);
      link.textContent = config.copyLabels[target];
      header.appendChild(link);
    });
  }

  /* wagtail-modeltranslation hides every translated panel when an inline item is added on a form that has no
     language picker (settings, navigation); such forms show both languages, so show them again. */
  function unhideWithoutPicker(event) {
    if (!event.target.closest("[id$='-ADD']") || document.querySelector(".locale-picker")) {
      return;
    }
    window.setTimeout(function () {
      document.querySelectorAll(".l10n-hidden").forEach(function (element) {
        element.classList.remove("l10n-hidden");
      });
      markLanguages();
    }, 0);
  }

  window.addEventListener("load", function () {
    markLanguages();
    addCopyLinks();
    document.addEventListener("click", unhideWithoutPicker);
  });
})();
