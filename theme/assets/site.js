// The menu button of narrow screens: without script it is a link that opens the menu through :target; with it, a toggle.
(function () {
  "use strict";
  var header = document.querySelector(".site-header");
  var button = header && header.querySelector(".menu-button");
  var menu = document.getElementById("site-menu");
  if (!button || !menu) { return; }
  button.setAttribute("role", "button");
  button.setAttribute("aria-expanded", "false");
  button.addEventListener("click", function (event) {
    event.preventDefault();
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    header.classList.toggle("menu-open", open);
  });
})();
