/* Inside an embed card: tell the page that frames it how tall the card is, so static/js/embed.js on that page can
   size the frame. Without either script the frame keeps the snippet's fixed height, which fits every card. */
(function () {
  "use strict";
  if (window.parent === window) return;
  var card = document.querySelector(".embed-card");
  if (!card) return;
  var last = 0;

  function contentHeight() {
    // The card stretches to fill the frame (min-height: 100vh): measure its content, not its box.
    var style = window.getComputedStyle(card);
    var end = card.lastElementChild ? card.lastElementChild.getBoundingClientRect().bottom : 0;
    return Math.ceil(end + window.scrollY + parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth));
  }

  function report() {
    var height = contentHeight();
    if (height === last) return;
    last = height;
    window.parent.postMessage({ iurcEmbedHeight: height }, "*");
  }

  report();
  window.addEventListener("load", report);
  if (window.ResizeObserver) new ResizeObserver(report).observe(card);
})();
