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

  var languagePattern = config ? new RegExp(" \\[(" + config.languages.join("|") + ")\\]") : null;
  var streamPanelId = /^panel-child-content-(\w+?)_(en|zh_hans)-section$/;

  function markLanguages() {
    document.querySelectorAll("section.w-panel, div.w-panel__wrapper").forEach(function (panel) {
      var heading = panel.querySelector(".w-panel__heading, label, legend");
      var match = heading && languagePattern && languagePattern.exec(heading.textContent);
      if (match) {
        panel.classList.add("iurc-lang", "iurc-lang--" + config.languageClasses[match[1]]);
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

  /* The coordinate picker (iurc_site.core.panels): the inverse of iurc_site.core.geo.project (Miller projection). */
  function setUpPicker(picker) {
    var p = {};
    ["west", "east", "south", "north", "units-per-radian", "top"].forEach(function (key) {
      p[key] = parseFloat(picker.getAttribute("data-" + key));
    });
    var latitude = document.getElementById(picker.getAttribute("data-latitude"));
    var longitude = document.getElementById(picker.getAttribute("data-longitude"));
    var svg = picker.querySelector("svg");
    var marker = picker.querySelector(".iurc-picker__marker");
    var paste = picker.querySelector(".iurc-picker__paste");
    var message = picker.querySelector(".iurc-picker__message");
    var radians = Math.PI / 180;
    if (!latitude || !longitude || !svg) {
      return;
    }

    function project(lat, lon) {
      var miller = 1.25 * Math.log(Math.tan(Math.PI / 4 + 0.4 * lat * radians));
      return { x: p["units-per-radian"] * (lon - p.west) * radians, y: p["units-per-radian"] * (p.top - miller) };
    }

    function unproject(x, y) {
      var miller = p.top - y / p["units-per-radian"];
      var lat = (Math.atan(Math.exp(miller / 1.25)) - Math.PI / 4) / 0.4 / radians;
      return { lat: lat, lon: p.west + x / p["units-per-radian"] / radians };
    }

    function showMarker() {
      var lat = parseFloat(latitude.value);
      var lon = parseFloat(longitude.value);
      var inside = lat >= p.south && lat <= p.north && lon >= p.west && lon <= p.east;
      var point = inside ? project(lat, lon) : { x: -20, y: -20 };
      marker.setAttribute("cx", point.x.toFixed(1));
      marker.setAttribute("cy", point.y.toFixed(1));
    }

    function fill(lat, lon, text) {
      latitude.value = lat.toFixed(5);
      longitude.value = lon.toFixed(5);
      [latitude, longitude].forEach(function (field) {
        field.dispatchEvent(new Event("change", { bubbles: true }));
      });
      message.textContent = text + " " + latitude.value + ", " + longitude.value;
      showMarker();
    }

    svg.addEventListener("click", function (event) {
      var point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      var local = point.matrixTransform(svg.getScreenCTM().inverse());
      var place = unproject(local.x, local.y);
      fill(place.lat, place.lon, config.pickerLabels.clicked);
    });
    paste.addEventListener("input", function () {
      var match = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(paste.value);
      if (!match) {
        message.textContent = paste.value.trim() ? config.pickerLabels.unreadable : "";
        return;
      }
      var lat = parseFloat(match[1]);
      var lon = parseFloat(match[2]);
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        message.textContent = config.pickerLabels.outOfRange;
        return;
      }
      fill(lat, lon, config.pickerLabels.pasted);
    });
    latitude.addEventListener("input", showMarker);
    longitude.addEventListener("input", showMarker);
    showMarker();
  }

  window.addEventListener("load", function () {
    markLanguages();
    document.querySelectorAll("[data-iurc-coordinate-picker]").forEach(setUpPicker);
    addCopyLinks();
    document.addEventListener("click", unhideWithoutPicker);
  });
})();
