// Loaded in <head> before the page is drawn: marks that scripts run, so narrow screens fold the menu from the first
// paint instead of drawing it open and folding it when site.js runs (a layout shift on every page).
document.documentElement.classList.add("js");
