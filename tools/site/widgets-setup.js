// RequireJS resolves the embed manager's modules, and from them the fonts they load, against this folder
// (the site's _static/widgets), not against the page's folder.
(function () {
  var here = document.currentScript.src.replace(/\/[^/]*$/, '');
  require.config({ paths: { '@jupyter-widgets': here, '@jupyter-widgets/html-manager/dist': here } });
})();
