// Prepares the page for the widgets embed manager (@jupyter-widgets/html-manager):
// - RequireJS resolves the manager's modules, and from them the fonts they load, against this folder (the
//   site's _static/widgets), not against the page's folder;
// - the controls typeset their labels through MathJax 2's MathJax.Hub.Queue when no other typesetter is
//   given; the site runs MathJax 3, so that call is passed on to MathJax.typesetPromise.
(function () {
  var here = document.currentScript.src.replace(/\/[^/]*$/, '');
  require.config({ paths: { '@jupyter-widgets': here, '@jupyter-widgets/html-manager/dist': here } });
  function bridge() {
    if (window.MathJax && !window.MathJax.Hub) {
      window.MathJax.Hub = {
        Queue: function (job) {
          if (window.MathJax.typesetPromise) {
            window.MathJax.typesetPromise([job[2]]).catch(function () {});
          }
        },
      };
    }
  }
  bridge();
  document.addEventListener('DOMContentLoaded', bridge);
})();
