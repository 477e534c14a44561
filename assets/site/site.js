// ctoladder site: runs in <head> on every page. On the language-neutral entry (index.html, or
// the folder itself) it follows the reader's language choice (kept in localStorage, under a key
// of this site's own) to the index in that language; a page named with its language
// (role-cto.en.html) is shown as linked, whatever was chosen before. It marks the page as scripted so the
// self-assessment controls show, and marks a ladder picture wider than the screen so its scroll cue shows. It builds no
// markup and reads no role text.
(function () {
  "use strict";
  // Pages opened from file:// share one origin, so one localStorage, in Chromium: keys are
  // prefixed with the site's folder, so two ctoladder sites never read each other's choices.
  // (The folder, not the library's fingerprint: ticks survive a rebuild of the same site.)
  var STORE = "ctoladder:" + window.location.pathname.replace(/[^\/]*$/, "") + ":";
  window.CTOLADDER_STORE = STORE;
  var KEY = STORE + "lang";
  var root = document.documentElement;
  root.className += " js";
  var mine = root.lang.indexOf("zh") === 0 ? "zh" : "en";
  var wanted = null;
  try {
    wanted = window.localStorage.getItem(KEY);
  } catch (e) {
    wanted = null; // storage off (private mode, file:// rules): stay on this page
  }
  var file = window.location.pathname.replace(/^.*\//, "");
  var neutral = file === "" || file === "index.html";
  if (neutral && wanted && wanted !== mine) {
    var links = document.querySelectorAll("link[rel=alternate][hreflang]");
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("hreflang").indexOf(wanted) === 0) {
        window.location.replace(links[i].href + window.location.hash);
        return;
      }
    }
  }
  // A ladder picture wider than the screen scrolls sideways; its figure is marked so the
  // style sheet shows the cue that says so (and hides it again when the window grows).
  // A picture only a little wider than the window (up to 15 %: a company's ladder over the
  // built-in one at 1280 px) is drawn a little smaller to fit whole; a much wider one keeps its
  // size, its text readable, and scrolls.
  var FIT = 0.85;
  function markOverflow() {
    var boxes = document.querySelectorAll(".ladder-scroll");
    for (var k = 0; k < boxes.length; k++) {
      var svg = boxes[k].querySelector("svg");
      if (svg && svg.width && svg.width.baseVal) {
        var natural = svg.width.baseVal.value;
        var figure = boxes[k].parentNode, style = window.getComputedStyle(figure);
        var room = figure.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) -
          (boxes[k].offsetWidth - boxes[k].clientWidth);
        svg.style.width = natural > room && room >= natural * FIT ? Math.floor(room) + "px" : "";
      }
      var wide = boxes[k].scrollWidth > boxes[k].clientWidth + 1;
      boxes[k].parentNode.classList.toggle("overflows", wide);
    }
  }
  window.addEventListener("resize", markOverflow);
  document.addEventListener("DOMContentLoaded", function () {
    markOverflow();
    var switches = document.querySelectorAll("a[data-lang-switch]");
    for (var j = 0; j < switches.length; j++) {
      switches[j].addEventListener("click", function (event) {
        var lang = this.getAttribute("data-lang-switch");
        try {
          window.localStorage.setItem(KEY, lang);
        } catch (e) {
          // not remembered, but the link still leads to the other language
        }
        event.preventDefault();
        window.location.href = this.href + window.location.hash;
      });
    }
  });
})();
