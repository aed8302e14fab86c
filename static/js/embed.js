/* For pages that embed IURC-China cards: sizes each card's frame to the height the card reports.
   Include once per page, after or before the iframes:
     <script src="https://<this site>/static/js/embed.js" async></script>
   Only messages from this script's own origin, and only from one of the page's frames, are heeded. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.URL) return;
  var origin = new URL(script.src, window.location.href).origin;
  var MIN = 120;
  var MAX = 3000;

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.data || typeof event.data.iurcEmbedHeight !== "number") return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        frames[i].height = String(Math.min(MAX, Math.max(MIN, Math.ceil(event.data.iurcEmbedHeight))));
        return;
      }
    }
  });
})();
