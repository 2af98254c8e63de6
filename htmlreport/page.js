// newsx report: draws the page from the JSON in #data. Vanilla JS and SVG,
// nothing fetched: the file works offline, from a USB stick.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("data").textContent);
  var COLORS = { transplant: "#1b9e77", cardiac: "#d95f02", cesarean: "#7570b3", joint_replacement: "#e7298a",
    endoscopic: "#4e9a06", surgery: "#c49a00", other: "#8c6d31", "": "#777777" };
  var LANG = { fr: "French", ar: "Arabic", ru: "Russian" };
  var RTL = { ar: true, fa: true, he: true, ur: true };
  var SCALE = +document.getElementById("map").getAttribute("data-scale");
  var NS = "http://www.w3.org/2000/svg";
  var fmtN = new Intl.NumberFormat("en-US");

  var state = { types: {}, filter: "", sort: "total", dir: -1, unit: "year", sel: null, limit: 200, view: null };
  var typeKeys = D.types.slice();
  typeKeys.forEach(function (t) { state.types[t] = true; });

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(NS, tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }
  function typeName(t) { return t ? t.replace("_", " ") : "no type"; }
  function color(t) { return COLORS[t] || "#555"; }

  // Totals are newsx stats' (package aggregate): facts (distinct), reports,
  // min, max (no bound when open > 0), open ("more than" facts), about.
  // A group's total over the types shown is the sum of its types' totals.
  function zero() { return { facts: 0, reports: 0, min: 0, max: 0, open: 0, about: 0 }; }
  function addTo(s, v) { s.facts += v.facts; s.reports += v.reports; s.min += v.min; s.max += v.max; s.open += v.open; s.about += v.about; return s; }
  function sum(byType) {
    var s = zero();
    for (var t in byType) if (state.types[t]) addTo(s, byType[t]);
    return s;
  }
  function size(s) { return Math.max(s.min, s.max); }
  // a total as stats writes it: "1,150", "~1,200" (some count approximate),
  // "2,300+" (a lower bound), "10–15" (a range)
  function fmtTotal(s) {
    var v = fmtN.format(s.min);
    if (s.open > 0) v += "+";
    else if (s.max > s.min) v += "–" + fmtN.format(s.max);
    return s.about > 0 ? "~" + v : v;
  }
  function boundNote(s) {
    var notes = [];
    if (s.open) notes.push("a lower bound: " + s.open + " counts were \u201cmore than\u201d or \u201cat least\u201d");
    else if (s.max > s.min) notes.push("between " + fmtN.format(s.min) + " and " + fmtN.format(s.max) + " (ranges, \u201cup to\u201d counts)");
    if (s.about) notes.push(s.about + " counts approximate");
    if (s.reports > s.facts) notes.push(s.reports + " article reports of " + s.facts + " facts");
    return notes.join("; ");
  }
  function topType(byType) {
    var best = null, bv = -1;
    for (var t in byType) if (state.types[t] && size(byType[t]) > bv) { bv = size(byType[t]); best = t; }
    return best;
  }

  // ---- header -----------------------------------------------------------
  function drawSummary() {
    var langs = {};
    D.articles.forEach(function (a) { langs[a.l] = (langs[a.l] || 0) + 1; });
    var ls = Object.keys(langs).sort().map(function (l) { return fmtN.format(langs[l]) + " " + l; }).join(", ");
    document.getElementById("summary").textContent = fmtN.format(D.articles.length) + " articles (" + ls + "), " +
      fmtN.format(D.facts.length) + " facts (" + fmtN.format(D.dups) + " reported by more than one article, counted once) adding up to " +
      fmtTotal(sum(D.all)) + " procedures, " +
      fmtN.format(D.insts.length) + " institutions, " + fmtN.format(D.cities.length) + " cities." +
      (D.withText ? "" : " Read from records only: facts show their matched words, not their sentence.");
    document.getElementById("about").textContent = "Made by newsx report on " + D.generated + " from " + D.inputs.join(", ") + ".";
  }
  function drawLegend() {
    var box = document.getElementById("legend");
    box.textContent = "";
    typeKeys.forEach(function (t) {
      var b = el("button", { type: "button", "aria-pressed": String(!!state.types[t]), "data-type": t });
      var sw = el("span", { "class": "swatch" });
      sw.style.background = color(t);
      b.appendChild(sw);
      b.appendChild(document.createTextNode(typeName(t)));
      b.addEventListener("click", function () { state.types[t] = !state.types[t]; redraw(); });
      box.appendChild(b);
    });
  }

  // ---- map --------------------------------------------------------------
  var mapEl = document.getElementById("map");
  var kx = 1; // x is longitude times cos(mid latitude): shapes keep their proportions there
  // a city the records name without coordinates (not in their cities[])
  // is left off the map rather than drawn at 0°, 0°
  function located(c) { return c.country || c.lat || c.lon; }
  function cityXY(c) { return [c.lon * SCALE * kx, -c.lat * SCALE]; }
  function fitView() {
    var placed = D.cities.filter(function (c) { return sum(c.totals).facts > 0 && located(c); });
    if (!placed.length) placed = D.cities.filter(located);
    var lats = placed.map(function (c) { return c.lat; }), lons = placed.map(function (c) { return c.lon; });
    if (!placed.length) { lats = [20, 60]; lons = [-10, 70]; }
    var mid = (Math.min.apply(null, lats) + Math.max.apply(null, lats)) / 2;
    kx = Math.max(0.3, Math.cos(mid * Math.PI / 180));
    document.getElementById("countries").setAttribute("transform", "scale(" + kx + " 1)");
    var x0 = Math.min.apply(null, lons) * SCALE * kx, x1 = Math.max.apply(null, lons) * SCALE * kx;
    var y0 = -Math.max.apply(null, lats) * SCALE, y1 = -Math.min.apply(null, lats) * SCALE;
    var w = Math.max(x1 - x0, 150), h = Math.max(y1 - y0, 100);
    var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    w *= 1.25; h *= 1.3;
    state.view = [cx - w / 2, cy - h / 2, w, h];
    applyView();
  }
  function applyView() { mapEl.setAttribute("viewBox", state.view.join(" ")); drawMarkers(); }
  function zoom(f, cx, cy) {
    var v = state.view;
    if (cx == null) { cx = v[0] + v[2] / 2; cy = v[1] + v[3] / 2; }
    var w = v[2] * f, h = v[3] * f;
    if (w < 20 || w > 5000) return;
    state.view = [cx - (cx - v[0]) * f, cy - (cy - v[1]) * f, w, h];
    applyView();
  }
  // map units per screen pixel, as the SVG is drawn ("meet")
  function unitsPerPx() {
    var r = mapEl.getBoundingClientRect(), v = state.view;
    if (!r.width || !r.height) return v[2] / 800;
    return Math.max(v[2] / r.width, v[3] / r.height);
  }
  function drawMarkers() {
    var g = document.getElementById("markers"), lg = document.getElementById("labels");
    g.textContent = ""; lg.textContent = "";
    var upp = unitsPerPx();
    var rows = D.cities.map(function (c, i) { return { c: c, i: i, s: sum(c.totals) }; })
      .filter(function (r) { return r.s.facts > 0 && located(r.c); });
    var max = rows.reduce(function (m, r) { return Math.max(m, size(r.s)); }, 1);
    rows.sort(function (a, b) { return size(b.s) - size(a.s); }); // big ones first, small ones on top
    rows.forEach(function (r, k) {
      var xy = cityXY(r.c), rad = (3 + 22 * Math.sqrt(size(r.s) / max)) * upp;
      var t = topType(r.c.totals);
      var circ = svg("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: rad.toFixed(2), fill: color(t), "class": "marker", "data-city": r.i, tabindex: "0" });
      if (state.sel && state.sel.kind === "city" && state.sel.i === r.i) circ.setAttribute("class", "marker selected");
      var title = svg("title");
      title.textContent = r.c.name + " (" + r.c.country + "): " + fmtTotal(r.s) + " in " + r.s.facts + " facts, " + r.c.articles + " articles\n" +
        typeKeys.filter(function (t) { return state.types[t] && r.c.totals[t]; })
          .map(function (t) { return typeName(t) + ": " + fmtTotal(r.c.totals[t]); }).join("\n");
      circ.appendChild(title);
      circ.addEventListener("click", function () { select({ kind: "city", i: r.i }); });
      circ.addEventListener("keydown", function (e) { if (e.key === "Enter") select({ kind: "city", i: r.i }); });
      g.appendChild(circ);
      slices(g, xy, rad * 0.999, r.c.totals, size(r.s));
      if (k < 12) {
        var lab = svg("text", { x: (xy[0] + rad + 2 * upp).toFixed(1), y: (xy[1] + 4 * upp).toFixed(1), "font-size": (11 * upp).toFixed(2), "stroke-width": (3 * upp).toFixed(2) });
        lab.textContent = r.c.name;
        lg.appendChild(lab);
      }
    });
    var unplaced = sum(D.unplaced);
    document.getElementById("map-note").textContent = rows.length + " cities on the map" +
      (unplaced.facts ? "; " + fmtN.format(unplaced.facts) + " facts name no city (" + fmtTotal(unplaced) + ") and are not on it." : ".");
  }
  // a city of several types: pie slices over its circle, one per type shown,
  // each the type's share of the total (the circle, under them, takes the
  // clicks and the tooltip)
  function slices(g, xy, rad, totals, whole) {
    var parts = typeKeys.filter(function (t) { return state.types[t] && totals[t] && size(totals[t]) > 0; });
    if (parts.length < 2 || !whole) return;
    var a0 = -Math.PI / 2;
    parts.forEach(function (t) {
      var a1 = a0 + 2 * Math.PI * size(totals[t]) / whole;
      var x0 = xy[0] + rad * Math.cos(a0), y0 = xy[1] + rad * Math.sin(a0);
      var x1 = xy[0] + rad * Math.cos(a1), y1 = xy[1] + rad * Math.sin(a1);
      var d = "M" + xy[0].toFixed(2) + " " + xy[1].toFixed(2) + "L" + x0.toFixed(2) + " " + y0.toFixed(2) +
        "A" + rad.toFixed(2) + " " + rad.toFixed(2) + " 0 " + (a1 - a0 > Math.PI ? 1 : 0) + " 1 " + x1.toFixed(2) + " " + y1.toFixed(2) + "Z";
      g.appendChild(svg("path", { d: d, fill: color(t), "class": "slice" }));
      a0 = a1;
    });
  }
  function mapEvents() {
    document.getElementById("zoom-in").addEventListener("click", function () { zoom(0.7); });
    document.getElementById("zoom-out").addEventListener("click", function () { zoom(1 / 0.7); });
    document.getElementById("zoom-fit").addEventListener("click", fitView);
    mapEl.addEventListener("wheel", function (e) {
      e.preventDefault();
      var r = mapEl.getBoundingClientRect(), v = state.view, upp = unitsPerPx();
      var cx = v[0] + v[2] / 2 + (e.clientX - r.left - r.width / 2) * upp, cy = v[1] + v[3] / 2 + (e.clientY - r.top - r.height / 2) * upp;
      zoom(e.deltaY > 0 ? 1.2 : 1 / 1.2, cx, cy);
    }, { passive: false });
    var drag = null;
    mapEl.addEventListener("pointerdown", function (e) { if (e.target.tagName !== "circle") drag = [e.clientX, e.clientY, state.view.slice()]; });
    window.addEventListener("pointerup", function () { drag = null; });
    window.addEventListener("pointermove", function (e) {
      if (!drag) return;
      var upp = unitsPerPx();
      state.view = [drag[2][0] - (e.clientX - drag[0]) * upp, drag[2][1] - (e.clientY - drag[1]) * upp, drag[2][2], drag[2][3]];
      mapEl.setAttribute("viewBox", state.view.join(" "));
    });
  }

  // ---- timeline ---------------------------------------------------------
  function buckets(unit) {
    var src = unit === "year" ? D.years : D.months;
    var keys = Object.keys(src).sort();
    if (!keys.length) return [];
    var out = [], k = keys[0], last = keys[keys.length - 1];
    for (var guard = 0; guard < 5000; guard++) { // every year or month between, empty ones too
      out.push(k);
      if (k >= last) break;
      if (unit === "year") k = String(+k + 1);
      else { var y = +k.slice(0, 4), m = +k.slice(5, 7) + 1; if (m > 12) { m = 1; y++; } k = y + "-" + (m < 10 ? "0" : "") + m; }
    }
    return out.map(function (key) { return { key: key, t: src[key] || {} }; });
  }
  function drawTimeline() {
    var box = document.getElementById("timeline");
    box.textContent = "";
    var bs = buckets(state.unit);
    var W = box.getBoundingClientRect().width || 460, H = 240, B = 34, T = 8;
    box.setAttribute("viewBox", "0 0 " + W + " " + H);
    var max = 0;
    bs.forEach(function (b) { max = Math.max(max, sum(b.t).min); });
    var L = Math.max(30, 10 + 6 * fmtN.format(max).length); // room for the largest label
    if (!bs.length || !max) {
      var tx = svg("text", { x: L, y: H / 2 }); tx.textContent = "No dated facts for the types shown."; box.appendChild(tx);
    } else {
      var bw = (W - L - 4) / bs.length, yk = (H - B - T) / max;
      box.appendChild(svg("line", { x1: L, x2: W, y1: H - B, y2: H - B, "class": "axis" }));
      [0, max / 2, max].forEach(function (v) {
        var y = H - B - v * yk;
        var t = svg("text", { x: L - 4, y: y + 3, "text-anchor": "end" }); t.textContent = fmtN.format(Math.round(v)); box.appendChild(t);
        box.appendChild(svg("line", { x1: L, x2: W, y1: y, y2: y, "class": "axis" }));
      });
      var every = Math.ceil(bs.length / Math.max(1, Math.floor((W - L) / 44)));
      bs.forEach(function (b, i) {
        var y = H - B, x = L + i * bw + bw * 0.1;
        typeKeys.forEach(function (t) {
          if (!state.types[t] || !b.t[t] || !b.t[t].min) return;
          var h = b.t[t].min * yk;
          var r = svg("rect", { x: x.toFixed(1), y: (y - h).toFixed(1), width: Math.max(1, bw * 0.8).toFixed(1), height: h.toFixed(1), fill: color(t), "class": "bar-seg", "data-key": b.key, "data-type": t });
          var title = svg("title"); title.textContent = b.key + " · " + typeName(t) + ": " + fmtTotal(b.t[t]) + " (" + b.t[t].facts + " facts); click for them";
          r.appendChild(title); box.appendChild(r);
          r.addEventListener("click", function () { select({ kind: state.unit, key: b.key }); });
          y -= h;
        });
        if (i % every === 0) {
          var lab = svg("text", { x: (L + i * bw + bw / 2).toFixed(1), y: H - B + 14, "text-anchor": "middle" }); lab.textContent = b.key; box.appendChild(lab);
        }
      });
    }
    var per = sum(D.periods), und = sum(D.undated), notes = [];
    if (per.facts) notes.push(fmtN.format(per.facts) + " facts count over a period (\u201c2014/2023\u201d, \u201csince 2007\u201d), " + fmtTotal(per) + " in all: not added to any one " + state.unit);
    if (und.facts) notes.push(fmtN.format(und.facts) + " facts have no date (" + fmtTotal(und) + ")");
    if (state.unit === "month") notes.push("facts dated to a year only, or over several months of one year, are in the yearly view only");
    notes.push("bars show the least total (\u201cmore than 100\u201d adds 100, \u201cup to 40\u201d adds 0)");
    document.getElementById("time-note").textContent = notes.join("; ") + ".";
  }

  // ---- institutions -----------------------------------------------------
  var thead = document.querySelectorAll("#insts th[data-sort]");
  function instRows() {
    var q = state.filter.trim().toLowerCase();
    var rows = D.insts.map(function (x, i) {
      var cities = x.cities.map(function (c) { return D.cities[c].name; });
      return { x: x, i: i, s: sum(x.totals), cities: cities };
    }).filter(function (r) {
      if (!r.s.facts) return false;
      if (!q) return true;
      var hay = (r.x.name + " " + r.x.key + " " + r.cities.join(" ") + " " + r.x.cities.map(function (c) { return D.cities[c].country; }).join(" ")).toLowerCase();
      return hay.indexOf(q) >= 0;
    });
    var key = state.sort, dir = state.dir;
    rows.sort(function (a, b) {
      var v;
      if (key === "name") v = a.x.name.localeCompare(b.x.name);
      else if (key === "cities") v = a.cities.join(", ").localeCompare(b.cities.join(", "));
      else if (key === "facts") v = a.s.facts - b.s.facts;
      else if (key === "articles") v = a.x.articles - b.x.articles;
      else v = a.s.min - b.s.min || size(a.s) - size(b.s);
      return v * dir || a.i - b.i;
    });
    return rows;
  }
  function drawTable() {
    var tb = document.querySelector("#insts tbody");
    tb.textContent = "";
    var rows = instRows();
    var max = rows.reduce(function (m, r) { return Math.max(m, size(r.s)); }, 1);
    rows.slice(0, state.limit).forEach(function (r) {
      var tr = el("tr", { "data-inst": r.i });
      if (state.sel && state.sel.kind === "inst" && state.sel.i === r.i) tr.className = "selected";
      var name = el("td", { dir: "auto" }, r.x.name);
      tr.appendChild(name);
      tr.appendChild(el("td", {}, r.cities.join(", ")));
      var tot = el("td", { "class": "num", title: boundNote(r.s) }, fmtTotal(r.s));
      tr.appendChild(tot);
      var bt = el("td"), bar = el("div", { "class": "bar", title: typeKeys.filter(function (t) { return state.types[t] && r.x.totals[t]; }).map(function (t) { return typeName(t) + ": " + fmtTotal(r.x.totals[t]); }).join(", ") });
      bar.style.width = Math.max(4, 120 * size(r.s) / max) + "px";
      typeKeys.forEach(function (t) {
        var v = r.x.totals[t];
        if (!state.types[t] || !v || !size(r.s)) return;
        var sp = el("span"); sp.style.width = (100 * size(v) / size(r.s)) + "%"; sp.style.background = color(t); bar.appendChild(sp);
      });
      bt.appendChild(bar);
      tr.appendChild(bt);
      tr.appendChild(el("td", { "class": "num" }, fmtN.format(r.s.facts)));
      tr.appendChild(el("td", { "class": "num" }, fmtN.format(r.x.articles)));
      tr.setAttribute("tabindex", "0");
      tr.addEventListener("click", function () { select({ kind: "inst", i: r.i }); });
      tr.addEventListener("keydown", function (e) { if (e.key === "Enter") select({ kind: "inst", i: r.i }); });
      tb.appendChild(tr);
    });
    var more = document.getElementById("inst-more");
    more.textContent = "";
    if (rows.length > state.limit) {
      more.appendChild(document.createTextNode(fmtN.format(state.limit) + " of " + fmtN.format(rows.length) + " institutions shown. "));
      var b = el("button", { type: "button" }, "Show all");
      b.addEventListener("click", function () { state.limit = Infinity; drawTable(); });
      more.appendChild(b);
    } else {
      more.textContent = fmtN.format(rows.length) + " institutions" + (state.filter ? " match the filter" : "") + ".";
    }
    thead.forEach(function (th) {
      if (th.getAttribute("data-sort") === state.sort) th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
    var none = sum(D.noInst).facts;
    var nb = document.getElementById("no-inst");
    nb.textContent = fmtN.format(none) + " facts name no institution (" + fmtTotal(sum(D.noInst)) + "): show them";
    nb.hidden = !none;
  }
  function tableEvents() {
    thead.forEach(function (th) {
      th.addEventListener("click", function () {
        var k = th.getAttribute("data-sort");
        if (state.sort === k) state.dir = -state.dir;
        else { state.sort = k; state.dir = (k === "name" || k === "cities") ? 1 : -1; }
        drawTable();
      });
    });
    var timer = null;
    document.getElementById("filter").addEventListener("input", function (e) {
      clearTimeout(timer);
      timer = setTimeout(function () { state.filter = e.target.value; drawTable(); }, 120);
    });
    document.getElementById("no-inst").addEventListener("click", function () { select({ kind: "none" }); });
  }

  // ---- facts and evidence -----------------------------------------------
  function select(sel) {
    state.sel = sel;
    markSelected();
    drawFacts();
    document.getElementById("facts-section").scrollIntoView({ block: "nearest" });
  }
  // the calendar year (n 4) or month (n 7) that holds a when, as aggregate
  // groups it: "2024-01/2024-03" is in 2024; a longer span is in none ("")
  function unitOf(w, n) {
    if (!w) return "";
    var p = w.split("/"), a = p[0], b = p.length > 1 ? p[1] : p[0];
    if (a === ".." || b === ".." || a.length < n || b.length < n) return "";
    return a.slice(0, n) === b.slice(0, n) ? a.slice(0, n) : "";
  }
  // the selection's row and marker stand out; nothing else is redrawn
  function markSelected() {
    var sel = state.sel || {};
    document.querySelectorAll("#insts tbody tr").forEach(function (tr) {
      tr.className = sel.kind === "inst" && +tr.getAttribute("data-inst") === sel.i ? "selected" : "";
    });
    document.querySelectorAll("#markers circle").forEach(function (c) {
      c.setAttribute("class", sel.kind === "city" && +c.getAttribute("data-city") === sel.i ? "marker selected" : "marker");
    });
  }
  // what one fact adds to a total: aggregate's bounds (boundsOf)
  function factTotal(f) {
    var s = zero();
    s.facts = 1; s.reports = f.e.length;
    if (f.q === "more_than" || f.q === "at_least") { s.min = f.n; s.open = 1; }
    else if (f.q === "less_than" || f.q === "at_most") { s.max = f.n; }
    else if (f.q === "range" && f.x > f.n) { s.min = f.n; s.max = f.x; }
    else { s.min = s.max = f.n; if (f.q === "about") s.about = 1; }
    return s;
  }
  var QUAL = { exact: "", about: "about ", more_than: "more than ", at_least: "at least ", less_than: "less than ", at_most: "up to ", range: "" };
  function factLabel(f) {
    var n = f.q === "range" && f.x ? fmtN.format(f.n) + "–" + fmtN.format(f.x) : fmtN.format(f.n);
    return (QUAL[f.q] != null ? QUAL[f.q] : f.q + " ") + n;
  }
  function drawFacts() {
    var list = document.getElementById("facts"), note = document.getElementById("facts-note"), h = document.getElementById("facts-h");
    list.textContent = "";
    var sel = state.sel, facts;
    if (!sel) return;
    if (sel.kind === "inst") { facts = D.facts.filter(function (f) { return f.i === sel.i; }); h.textContent = "Facts of " + D.insts[sel.i].name; h.setAttribute("dir", "auto"); }
    else if (sel.kind === "city") { facts = D.facts.filter(function (f) { return f.c === sel.i; }); h.textContent = "Facts in " + D.cities[sel.i].name; }
    else if (sel.kind === "year" || sel.kind === "month") {
      var n = sel.kind === "year" ? 4 : 7;
      facts = D.facts.filter(function (f) { return unitOf(f.w, n) === sel.key; });
      h.textContent = "Facts of " + sel.key;
    }
    else { facts = D.facts.filter(function (f) { return f.i < 0; }); h.textContent = "Facts that name no institution"; }
    facts = facts.filter(function (f) { return state.types[f.t || ""]; });
    facts.sort(function (a, b) { return b.n - a.n; });
    var s = zero();
    facts.forEach(function (f) { addTo(s, factTotal(f)); });
    note.textContent = fmtN.format(facts.length) + " facts, " + fmtTotal(s) + " procedures in all (periods and single dates added alike here). Click a fact for its evidence.";
    var shown = facts.slice(0, 500);
    shown.forEach(function (f) {
      var li = el("li");
      var b = el("button", { type: "button", "class": "fact", "aria-expanded": "false" });
      var c = el("span", { "class": "count" }, factLabel(f) + " ");
      var sw = el("span", { "class": "swatch" }); sw.style.background = color(f.t || "");
      b.appendChild(sw); b.appendChild(c);
      b.appendChild(document.createTextNode(typeName(f.t || "") + (f.o ? " (" + f.o.replace("_", " ") + ")" : "")));
      var meta = [f.w || "no date", f.i >= 0 ? D.insts[f.i].name : "no institution", f.c >= 0 ? D.cities[f.c].name : "no city",
        f.e.length + (f.e.length > 1 ? " articles" : " article")];
      b.appendChild(el("br"));
      var ms = el("span", { "class": "meta" });
      meta.forEach(function (m, k) { // each part isolated: an Arabic name does not reorder the line
        if (k) ms.appendChild(document.createTextNode(" · "));
        ms.appendChild(el("bdi", {}, m));
      });
      b.appendChild(ms);
      b.addEventListener("click", function () {
        var open = b.getAttribute("aria-expanded") === "true";
        b.setAttribute("aria-expanded", String(!open));
        if (open) { li.querySelectorAll(".evidence").forEach(function (e) { e.remove(); }); return; }
        f.e.slice(0, 50).forEach(function (ev) { li.appendChild(evidence(ev)); });
        if (f.e.length > 50) li.appendChild(el("p", { "class": "note evidence" }, "and " + (f.e.length - 50) + " more articles"));
      });
      li.appendChild(b);
      list.appendChild(li);
    });
    if (facts.length > shown.length) list.appendChild(el("li", { "class": "note" }, "the 500 largest of " + fmtN.format(facts.length) + " facts are listed"));
  }
  function evidence(ev) {
    var a = D.articles[ev[0]], sn = D.snippets[ev[1]];
    var box = el("div", { "class": "evidence" });
    var q = el("blockquote", { dir: RTL[a.l] ? "rtl" : "auto", lang: a.l });
    if (sn[0]) q.appendChild(document.createTextNode(sn[0]));
    q.appendChild(el("mark", {}, sn[1]));
    if (sn[2]) q.appendChild(document.createTextNode(sn[2]));
    box.appendChild(q);
    var src = el("div", { "class": "src" });
    src.appendChild(el("bdi", {}, a.s));
    src.appendChild(document.createTextNode(" · " + (LANG[a.l] || a.l) + " · " + (a.d ? "published " + a.d : "no publication date") +
      (a.x ? "" : " · matched words only (read from its record, without the article's text)")));
    if (a.t) { src.appendChild(document.createTextNode(" · ")); src.appendChild(el("bdi", {}, a.t)); }
    box.appendChild(src);
    return box;
  }

  // ---- all --------------------------------------------------------------
  function redraw() {
    drawLegend();
    drawMarkers();
    drawTimeline();
    drawTable();
    drawFacts();
  }
  document.getElementById("by-year").addEventListener("click", function () { state.unit = "year"; this.setAttribute("aria-pressed", "true"); document.getElementById("by-month").setAttribute("aria-pressed", "false"); drawTimeline(); });
  document.getElementById("by-month").addEventListener("click", function () { state.unit = "month"; this.setAttribute("aria-pressed", "true"); document.getElementById("by-year").setAttribute("aria-pressed", "false"); drawTimeline(); });
  window.addEventListener("resize", function () { drawMarkers(); drawTimeline(); });
  drawSummary();
  mapEvents();
  tableEvents();
  fitView();
  redraw();
  document.body.setAttribute("data-ready", "1");
})();
