// Click-to-zoom and search for the report's flame graphs. Written with no less-than sign and no ampersand, so the
// page stays well-formed XML; it reads only the SVG the renderer wrote and writes text with textContent, never markup.
"use strict";
(function () {
  var NS = "http://www.w3.org/2000/svg";
  var CHAR = 6.7, PAD = 3;
  function fit(name, w) {
    var n = Math.floor((w - 2 * PAD) / CHAR);
    if (3 > n) return "";
    if (n >= name.length) return name;
    var paren = name.indexOf("(");
    var slash = name.lastIndexOf("/", paren > 0 ? paren : name.length - 1);
    var short = slash >= 0 ? name.slice(slash + 1) : name;
    if (n >= short.length) return short;
    return short.slice(0, n - 1) + "\u2026";
  }
  function setup(figure) {
    var svg = figure.querySelector("svg.flame");
    if (!svg) return;
    var width = svg.viewBox.baseVal.width;
    var frames = Array.prototype.map.call(svg.querySelectorAll("g"), function (g) {
      var rect = g.querySelector("rect");
      var title = g.querySelector("title").textContent;
      var name = title.split("\n")[0];
      if (g.classList.contains("k")) name = name.slice(0, name.length - " [kernel]".length);
      var text = g.querySelector("text");
      if (!text) {
        text = document.createElementNS(NS, "text");
        text.setAttribute("y", String(+rect.getAttribute("y") + 13));
        g.appendChild(text);
      }
      return { g: g, rect: rect, text: text, name: name, x: +rect.getAttribute("x"), w: +rect.getAttribute("width"), y: +rect.getAttribute("y") };
    });
    var total = frames.length ? frames[0].w : 0;

    var bar = document.createElement("div");
    bar.className = "flame-controls";
    var search = document.createElement("input");
    search.type = "search";
    search.placeholder = "Search functions";
    search.setAttribute("aria-label", "Search functions in this flame graph");
    var reset = document.createElement("button");
    reset.type = "button";
    reset.textContent = "Reset zoom";
    var status = document.createElement("span");
    status.className = "flame-status";
    bar.appendChild(search);
    bar.appendChild(reset);
    bar.appendChild(status);
    figure.insertBefore(bar, svg);

    function draw(focus) {
      frames.forEach(function (f) {
        var x = f.x, w = f.w, shown = true, ancestor = false;
        if (focus) {
          var inside = f.x >= focus.x - 0.01 ? focus.x + focus.w + 0.01 >= f.x + f.w : false;
          var covers = focus.x >= f.x - 0.01 ? f.x + f.w + 0.01 >= focus.x + focus.w : false;
          if (f.y >= focus.y ? inside : false) {
            x = (f.x - focus.x) * width / focus.w;
            w = f.w * width / focus.w;
          } else if (focus.y > f.y ? covers : false) {
            x = 0; w = width; ancestor = true;
          } else shown = false;
        }
        f.g.style.display = shown ? "" : "none";
        f.g.classList.toggle("ancestor", ancestor);
        f.rect.setAttribute("x", x.toFixed(2));
        f.rect.setAttribute("width", w.toFixed(2));
        f.text.setAttribute("x", (x + PAD).toFixed(2));
        f.text.textContent = shown ? fit(f.name, w) : "";
      });
      reset.disabled = !focus;
    }
    function find() {
      var term = search.value.trim().toLowerCase();
      var matched = 0, value = 0, spans = [];
      frames.forEach(function (f, i) {
        var hit = term.length ? f.name.toLowerCase().indexOf(term) >= 0 : false;
        f.g.classList.toggle("match", hit);
        if (!hit) return;
        matched++;
        // A match nested in another match is not counted twice towards the share.
        var nested = spans.some(function (s) { return f.x >= s.x - 0.01 ? s.x + s.w + 0.01 >= f.x + f.w : false; });
        if (!nested ? i > 0 : false) { value += f.w; spans.push(f); }
      });
      status.textContent = term.length
        ? matched + (matched === 1 ? " frame matches" : " frames match") + (total ? ", " + (100 * value / total).toFixed(1) + "% of the total" : "")
        : "";
    }
    svg.addEventListener("click", function (e) {
      var g = e.target.closest("g");
      if (!g) return;
      var f = frames.filter(function (x) { return x.g === g; })[0];
      draw(f === frames[0] ? null : f);
    });
    reset.addEventListener("click", function () { draw(null); });
    search.addEventListener("input", find);
    draw(null);
  }
  document.querySelectorAll("figure.flamegraph").forEach(setup);
})();
