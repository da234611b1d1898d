// Bulk 签收: the box in the table's head picks or clears every task of the page.
document.querySelectorAll('[data-pick-all]').forEach(function (all) {
  var form = all.closest('form');
  var boxes = function () { return form.querySelectorAll('input[name="task"]'); };
  all.addEventListener('change', function () {
    boxes().forEach(function (b) { b.checked = all.checked; });
  });
  form.addEventListener('change', function (e) {
    if (e.target === all) return;
    var bs = Array.prototype.slice.call(boxes());
    all.checked = bs.length > 0 && bs.every(function (b) { return b.checked; });
  });
});
