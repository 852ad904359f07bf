// Polls the status of an ESCO import and updates the page; without script the "Aktualisieren" link does the same.
(function () {
  "use strict";
  var section = document.getElementById("esco-status");
  if (!section || section.getAttribute("data-finished") === "true" || !window.fetch) return;
  var url = section.getAttribute("data-status-url");
  function set(field, text) {
    var el = section.querySelector("[data-field='" + field + "']");
    if (el && el.textContent !== text) el.textContent = text;
  }
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) return;
        if (status.finished) { window.location.reload(); return; }
        set("stateText", status.stateText);
        set("files", status.filesDone + " von " + status.filesTotal);
        set("rowsRead", Number(status.rowsRead).toLocaleString("de-DE"));
        set("currentFile", status.currentFile || "–");
        var progress = section.querySelector("[data-field='progress']");
        if (progress) { progress.max = Math.max(status.filesTotal, 1); progress.value = status.filesDone; }
        window.setTimeout(poll, 1500);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
