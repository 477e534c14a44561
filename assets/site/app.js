// ctoladder site: compare, search and self-assessment in the browser, from the library in data.js.
// compare() and gap() mirror src/core/compare.cpp and src/core/gap.cpp and return the same JSON
// as `ctoladder compare A B --format json` and `ctoladder gap T --have FILE --format json` (a
// browser test checks it). Pages are built with DOM calls and textContent only: role text is
// never parsed as markup, and links only ever point at the site's own page names.
(function () {
  "use strict";
  var DATA = window.CTOLADDER_DATA;
  if (!DATA) return;
  var LANG = document.body.getAttribute("data-lang") === "zh" ? "zh" : "en";
  var HOLDS_KEY = (window.CTOLADDER_STORE || "ctoladder:") + "holds"; // per site: see site.js

  var UI = {
    en: {
      both: "both", only: "only ", field: "Field", domain: "Domain", held: "Held",
      total: "Total", missing: "Missing", guidance: "Guidance", learned: "usually learned as", rank: "rank",
      heldOf: function (h, t, p) { return h + " of " + t + " held (" + p + ")"; },
      extra: function (n, ref) { return "You also tick " + n + " responsibilit" + (n === 1 ? "y " : "ies ") + ref + " does not need."; },
      summary: function (a, b, s, n) {
        return a + " vs " + b + ": " + s.shared + " shared (" + s.reworded + " worded differently), " +
          s.only_a + " only in " + a + ", " + s.only_b + " only in " + b + "; " + s.fields_differ +
          " of " + n + " fields differ.";
      },
      matches: function (n, q, d) {
        return n + " match" + (n === 1 ? "" : "es") + " for '" + q + "'" +
          (d === n ? "" : " (" + d + " distinct, each shown once with its roles)") + ".";
      },
      unknown: function (r) { return "No role " + r + " in this library."; },
      none: "Nothing ticked yet: tick the responsibilities you hold above.",
      name: "name", summaryField: "summary", purpose: "purpose", unset: "not set",
      aside: function (text, note) { return text + " (" + note + ")"; }
    },
    zh: {
      both: "共有", only: "仅 ", field: "字段", domain: "领域", held: "已具备",
      total: "合计", missing: "尚缺", guidance: "建议", learned: "通常习得于", rank: "级别",
      heldOf: function (h, t, p) { return "已具备 " + h + "/" + t + " 项（" + p + "）"; },
      extra: function (n, ref) { return "你还勾选了 " + n + " 项 " + ref + " 不需要的职责。"; },
      summary: function (a, b, s) {
        return a + " 对比 " + b + "：共有 " + s.shared + " 项（其中 " + s.reworded + " 项表述不同），仅 " +
          a + " 有 " + s.only_a + " 项，仅 " + b + " 有 " + s.only_b + " 项；" + s.fields_differ + " 个字段不同。";
      },
      matches: function (n, q, d) { return "找到 " + n + " 处匹配\u201c" + q + "\u201d" + (d === n ? "" : "（" + d + " 条不同）") + "。"; },
      unknown: function (r) { return "本库中没有角色 " + r + "。"; },
      none: "还没有勾选：在上方勾选你已具备的职责。",
      name: "名称", summaryField: "简介", purpose: "作用", unset: "未设定",
      aside: function (text, note) { return text + "\uff08" + note + "\uff09"; }
    }
  }[LANG];

  // ---- the model, as the CLI computes it ----

  var roleByRef = {};
  DATA.roles.forEach(function (r) { roleByRef[r.ref] = r; });
  var domainOrder = {};
  DATA.domains.forEach(function (d, i) { domainOrder[d.id] = i; });
  var knownById = {};
  DATA.known.forEach(function (k) { if (!(k.id in knownById)) knownById[k.id] = k; });

  function order(id) { return id in domainOrder ? domainOrder[id] : DATA.domains.length; }
  function domainName(id) {
    var i = domainOrder[id];
    return i === undefined ? null : DATA.domains[i].name;
  }
  function inLang(text) {
    if (!text) return "";
    return text[LANG] || text[LANG === "zh" ? "en" : "zh"] || "";
  }
  function sameText(x, y) {
    if (x === null || y === null) return x === y;
    return x.en === y.en && x.zh === y.zh;
  }
  function dutiesOf(role) { return role.duties.map(function (i) { return DATA.duties[i]; }); }
  // Array.prototype.sort is stable (ES2019): domains keep first-seen order within one rank.
  function byDomainOrder(list, key) {
    return list.sort(function (x, y) { return order(x[key]) - order(y[key]); });
  }

  function compare(refA, refB) {
    var a = roleByRef[refA], b = roleByRef[refB];
    if (!a || !b) return null;
    var fields = [], fieldsDiffer = 0;
    for (var i = 0; i < a.fields.length; i++) {
      // Each field is [key, typed value as the CLI's JSON has it, text shown to people].
      var differs = JSON.stringify(a.fields[i][1]) !== JSON.stringify(b.fields[i][1]);
      if (differs) fieldsDiffer++;
      fields.push({ field: a.fields[i][0], a: a.fields[i][1], b: b.fields[i][1], differs: differs });
    }
    var slots = [];
    function slot(domain) {
      for (var k = 0; k < slots.length; k++) if (slots[k].id === domain) return slots[k];
      var made = { id: domain, name: domainName(domain), both: [], only_a: [], only_b: [] };
      slots.push(made);
      return made;
    }
    var dutiesA = dutiesOf(a), dutiesB = dutiesOf(b);
    var summary = { shared: 0, reworded: 0, only_a: 0, only_b: 0, fields_differ: fieldsDiffer, identical: false };
    dutiesA.forEach(function (ra) {
      var match = null;
      for (var k = 0; k < dutiesB.length; k++) if (dutiesB[k].id === ra.id) { match = dutiesB[k]; break; }
      if (!match) { slot(ra.domain).only_a.push(ra); summary.only_a++; return; }
      var alike = sameText(ra.text, match.text) && sameText(ra.how, match.how) && ra.domain === match.domain;
      slot(ra.domain).both.push({ id: ra.id, worded_alike: alike, a: ra, b: match });
      summary.shared++;
      if (!alike) summary.reworded++;
    });
    dutiesB.forEach(function (rb) {
      var inA = dutiesA.some(function (ra) { return ra.id === rb.id; });
      if (!inA) { slot(rb.domain).only_b.push(rb); summary.only_b++; }
    });
    summary.identical = summary.fields_differ === 0 && summary.reworded === 0 &&
      summary.only_a === 0 && summary.only_b === 0;
    return { schema_version: DATA.schema_version, a: a.ref, b: b.ref, fields: fields, domains: byDomainOrder(slots, "id"), summary: summary };
  }

  function percent(held, total) { return total === 0 ? 100 : 100 * held / total; }
  function oneDecimal(value) { return Math.round(value * 10) / 10; }
  function learnedAt(id) {
    var k = knownById[id];
    return k ? { role: k.learned_at, rank: k.rank } : null;
  }

  function gap(ref, heldIds) {
    var target = roleByRef[ref];
    if (!target) return null;
    var held = [];
    heldIds.forEach(function (id) { if (held.indexOf(id) < 0) held.push(id); });
    var domains = [], heldCount = 0, total = 0;
    var duties = dutiesOf(target);
    duties.forEach(function (r) {
      var d = null;
      for (var k = 0; k < domains.length; k++) if (domains[k].id === r.domain) d = domains[k];
      if (!d) { d = { id: r.domain, name: domainName(r.domain), held: 0, total: 0, percent: 0, missing: [] }; domains.push(d); }
      d.total++; total++;
      if (held.indexOf(r.id) >= 0) { d.held++; heldCount++; } else {
        d.missing.push({ id: r.id, text: r.text, learned_at: learnedAt(r.id) });
      }
    });
    byDomainOrder(domains, "id");
    domains.forEach(function (d) { d.percent = oneDecimal(percent(d.held, d.total)); });
    var extra = [];
    held.forEach(function (id) {
      if (duties.some(function (r) { return r.id === id; })) return;
      var k = knownById[id];
      if (!k) return;
      var duty = DATA.duties[k.duty];
      extra.push({ id: duty.id, domain: duty.domain, text: duty.text, learned_at: learnedAt(id) });
    });
    return {
      schema_version: DATA.schema_version, target: target.ref, from: null, held: held,
      coverage: { held: heldCount, total: total, percent: oneDecimal(percent(heldCount, total)) },
      domains: domains, extra: extra, min: null, meets_min: null, guidance: target.guidance,
      step_guidance: []  // the CLI's, with --from; the page counts ticks, not a role held
    };
  }

  // Like `ctoladder search`: names, summaries, purposes and responsibilities (what an overlay
  // adds or rewords under role@overlay), in both languages, ignoring case.
  function search(query) {
    var folded = query.toLowerCase();
    var hits = [];
    if (!folded) return hits;
    function has(text) {
      return !!text && ((text.en || "").toLowerCase().indexOf(folded) >= 0 ||
        (text.zh || "").toLowerCase().indexOf(folded) >= 0);
    }
    var base = null;
    DATA.roles.forEach(function (role) {
      // As the CLI searches: a role and what each single overlay brings; not combinations
      // (a comma in the reference), whose duties come from those overlays.
      if (role.page === null || role.ref.indexOf(",") >= 0) return;
      var isBase = role.ref === role.id;
      if (isBase) base = role;
      var fieldOf = {};
      role.fields.forEach(function (f) { fieldOf[f[0]] = f[1]; });
      if (isBase) {
        if (has(role.name) || role.id.indexOf(folded) >= 0) hits.push({ role: role, id: "name", text: role.name, domain: null });
        if (has(fieldOf.summary)) hits.push({ role: role, id: "summary", text: fieldOf.summary, domain: null });
        if (has(fieldOf.purpose)) hits.push({ role: role, id: "purpose", text: fieldOf.purpose, domain: null });
      }
      role.duties.forEach(function (i) {
        if (!isBase && base && base.duties.indexOf(i) >= 0) return; // the base role's hit already
        var r = DATA.duties[i];
        // An overlay's rewording is a hit under the overlay only by its own words, as in the
        // CLI: the words it keeps from the role are the role's hit.
        var kept = !isBase && base ? base.duties.map(function (k) { return DATA.duties[k]; })
          .filter(function (b) { return b.id === r.id; })[0] : null;
        if (kept) {
          var same = function (x, y) { return JSON.stringify(x || null) === JSON.stringify(y || null); };
          if (!((!same(kept.text, r.text) && has(r.text)) || (!same(kept.how, r.how) && has(r.how)))) return;
        } else if (!(r.id.indexOf(folded) >= 0 || has(r.text) || has(r.how))) {
          return;
        }
        hits.push({ role: role, id: r.id, text: r.text, domain: r.domain });
      });
    });
    return hits;
  }

  window.ctoladder = { compare: compare, gap: gap, search: search };

  // ---- building the page, textContent only ----

  function el(tag, className, children) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  // Page names come from data.js, which `ctoladder site` wrote from ids; checked again anyway.
  function pageHref(page, fragment) {
    if (typeof page !== "string" || !/^[a-z0-9_.-]+$/.test(page)) return null;
    return page + "." + LANG + ".html" + (fragment ? "#" + encodeURIComponent(fragment) : "");
  }
  function roleLink(ref, label) {
    var role = roleByRef[ref];
    var href = role ? pageHref(role.page || roleByRef[role.id].page) : null;
    if (!href) return el("span", null, [label]);
    var a = el("a", null, [label]);
    a.setAttribute("href", href);
    return a;
  }
  // A role as the picker names it: "Chief Technology Officer (cto@startup)".
  function refLabel(ref) {
    var role = roleByRef[ref];
    return role ? UI.aside(inLang(role.name), ref) : ref;
  }
  function floorPercent(value) { return Math.floor(value) + "%"; }
  function meter(held, total) {
    var fill = el("span");
    fill.style.width = (total === 0 ? 100 : 100 * held / total) + "%";
    var m = el("span", "meter", [fill]);
    m.setAttribute("aria-hidden", "true");
    return m;
  }
  function hashParams() {
    var params = {};
    window.location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      if (eq > 0) {
        try { params[decodeURIComponent(part.slice(0, eq))] = decodeURIComponent(part.slice(eq + 1)); } catch (e) { /* ignore */ }
      }
    });
    return params;
  }

  // ---- compare page ----

  function renderCompare(result, out) {
    clear(out);
    if (!result) return;
    out.appendChild(el("h2", null, [refLabel(result.a) + " \u27f7 " + refLabel(result.b)]));
    var table = el("table", "fields");
    var head = el("tr", null, [el("th", null, [UI.field]), el("th", null, [roleLink(result.a, refLabel(result.a))]),
      el("th", null, [roleLink(result.b, refLabel(result.b))])]);
    head.childNodes.forEach(function (th) { th.setAttribute("scope", "col"); });
    table.appendChild(el("thead", null, [head]));
    var body = el("tbody");
    var roleA = roleByRef[result.a], roleB = roleByRef[result.b];
    result.fields.forEach(function (f, i) {
      var shownA = inLang(roleA.fields[i][2]), shownB = inLang(roleB.fields[i][2]);
      if (!shownA && !shownB) return;
      shownA = shownA || UI.unset;
      shownB = shownB || UI.unset;
      var label = DATA.field_labels[f.field] ? inLang(DATA.field_labels[f.field]) : f.field;
      var th = el("th", null, [label]);
      th.setAttribute("scope", "row");
      body.appendChild(el("tr", f.differs ? "differs" : null, [th, el("td", null, [shownA]), el("td", null, [shownB])]));
    });
    table.appendChild(body);
    out.appendChild(table);
    result.domains.forEach(function (d) {
      out.appendChild(el("h3", null, [d.name ? inLang(d.name) : d.id]));
      var list = el("ul", "compared");
      d.both.forEach(function (s) {
        var item = el("li", "both", [el("span", "kind-both", [UI.both]), " ", inLang(s.a.text), " ", el("code", null, [s.id])]);
        if (!s.worded_alike) {
          var how = function (r) { return inLang(r.how) || inLang(r.text); };
          item.appendChild(el("ul", null, [el("li", null, [result.a + ": " + how(s.a)]), el("li", null, [result.b + ": " + how(s.b)])]));
        }
        list.appendChild(item);
      });
      d.only_a.forEach(function (r) {
        list.appendChild(el("li", "only-a", [el("span", "kind-only-a", [UI.only + result.a]), " ", inLang(r.text), " ", el("code", null, [r.id])]));
      });
      d.only_b.forEach(function (r) {
        list.appendChild(el("li", "only-b", [el("span", "kind-only-b", [UI.only + result.b]), " ", inLang(r.text), " ", el("code", null, [r.id])]));
      });
      out.appendChild(list);
    });
    out.appendChild(el("p", "summary-line", [UI.summary(result.a, result.b, result.summary, result.fields.length)]));
  }

  // A reference as the CLI takes it: any case, spaces around, overlays in any order.
  function findRef(text) {
    var t = String(text).trim().toLowerCase();
    if (roleByRef[t]) return t;
    function parts(ref) {
      var at = ref.indexOf("@");
      var overlays = at < 0 ? [] : ref.slice(at + 1).split(",").map(function (o) { return o.trim(); });
      return (at < 0 ? ref : ref.slice(0, at)).trim() + "@" + overlays.filter(Boolean).sort().join(",");
    }
    var wanted = parts(t);
    for (var i = 0; i < DATA.roles.length; i++) if (parts(DATA.roles[i].ref) === wanted) return DATA.roles[i].ref;
    return null;
  }

  function comparePage() {
    var form = document.getElementById("compare-form");
    var a = document.getElementById("compare-a"), b = document.getElementById("compare-b");
    var out = document.getElementById("compare-result");
    function show() {
      var params = hashParams(), unknown = [];
      ["a", "b"].forEach(function (key) {
        if (!params[key]) return;
        var ref = findRef(params[key]);
        if (ref) (key === "a" ? a : b).value = ref; else unknown.push(params[key]);
      });
      if (unknown.length > 0) {
        clear(out);
        unknown.forEach(function (r) { out.appendChild(el("p", "unknown", [UI.unknown(r)])); });
        return;
      }
      renderCompare(compare(a.value, b.value), out);
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var hash = "#a=" + encodeURIComponent(a.value) + "&b=" + encodeURIComponent(b.value);
      if (window.location.hash === hash) show(); else window.location.hash = hash;
    });
    window.addEventListener("hashchange", show);
    show();
  }

  // ---- search page ----

  function searchPage() {
    var form = document.getElementById("search-form");
    var input = document.getElementById("search-q");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    function show() {
      var q = hashParams().q || "";
      input.value = q;
      clear(list);
      if (!q) { status.textContent = ""; return; }
      var hits = search(q);
      // A duty that levels inherit is one text held by many roles: shown once, with the roles
      // that hold it (the first is where it first appears), as `ctoladder search` shows it.
      var groups = [], groupOf = {};
      hits.forEach(function (hit) {
        var key = JSON.stringify([hit.domain || "", hit.id, hit.text.en || "", hit.text.zh || ""]);
        if (!(key in groupOf)) { groupOf[key] = groups.length; groups.push({ hit: hit, roles: [] }); }
        groups[groupOf[key]].roles.push(hit.role.ref);
      });
      groups.forEach(function (group) {
        var hit = group.hit;
        var href = pageHref(hit.role.page, hit.domain ? "duty-" + hit.id : "");
        var title = inLang(hit.text);
        var link = href ? el("a", null, [title]) : el("span", null, [title]);
        if (href) link.setAttribute("href", href);
        var where = [group.roles.join(", ")];
        if (hit.domain) where.push(domainName(hit.domain) ? inLang(domainName(hit.domain)) : hit.domain);
        where.push(hit.id);
        list.appendChild(el("li", null, [link, el("br"), el("span", "where", [where.join(" \u00b7 ")])]));
      });
      status.textContent = UI.matches(hits.length, q, groups.length);
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var hash = "#q=" + encodeURIComponent(input.value.trim());
      if (window.location.hash === hash) show(); else window.location.hash = hash;
    });
    window.addEventListener("hashchange", show);
    show();
  }

  // ---- self-assessment on a role page ----

  function loadHolds() {
    try {
      var list = JSON.parse(window.localStorage.getItem(HOLDS_KEY) || "[]");
      return Array.isArray(list) ? list.filter(function (id) { return typeof id === "string" && id in knownById; }) : [];
    } catch (e) {
      return [];
    }
  }
  function saveHolds(list) {
    try { window.localStorage.setItem(HOLDS_KEY, JSON.stringify(list)); } catch (e) { /* kept for this page only */ }
  }
  // The command comes from the page, which knows the role folders the site was built from.
  function haveFile(ref, held) {
    var command = document.getElementById("assess-command");
    var note = document.getElementById("assess-note");
    var lines = ["# ctoladder have file: the responsibilities you hold, ticked on the ctoladder site.",
      "# Use it with: " + (command ? command.textContent : "ctoladder gap " + ref + " --have ctoladder-have.yaml")];
    if (note) lines.push("# " + note.textContent);
    lines.push(held.length === 0 ? "holds: []" : "holds:");
    held.forEach(function (id) { lines.push("  - " + id); });
    return lines.join("\n") + "\n";
  }

  function renderGap(result, out) {
    clear(out);
    var c = result.coverage;
    out.appendChild(el("p", "gap-total", [el("strong", null, [UI.heldOf(c.held, c.total, floorPercent(c.percent))])]));
    var table = el("table", "coverage");
    var head = el("tr", null, [el("th", null, [UI.domain]), el("th", null, [UI.held]), el("th", null, ["%"]), el("th", null, [""])]);
    head.childNodes.forEach(function (th) { th.setAttribute("scope", "col"); });
    table.appendChild(el("thead", null, [head]));
    var body = el("tbody");
    function row(name, held, total, pct, strong) {
      var th = el("th", null, [name]);
      th.setAttribute("scope", "row");
      var tr = el("tr", strong ? "total" : null, [th, el("td", "num", [held + "/" + total]),
        el("td", "num", [floorPercent(pct)]), el("td", null, [meter(held, total)])]);
      body.appendChild(tr);
    }
    result.domains.forEach(function (d) { row(d.name ? inLang(d.name) : d.id, d.held, d.total, d.percent); });
    row(UI.total, c.held, c.total, c.percent, true);
    table.appendChild(body);
    out.appendChild(table);
    var missing = result.domains.filter(function (d) { return d.missing.length > 0; });
    if (missing.length > 0) {
      out.appendChild(el("h3", null, [UI.aside(UI.missing, String(c.total - c.held))]));
      missing.forEach(function (d) {
        out.appendChild(el("h4", null, [UI.aside(d.name ? inLang(d.name) : d.id, String(d.missing.length))]));
        var list = el("ul", "missing");
        d.missing.forEach(function (m) {
          var where = [];
          if (m.learned_at) {
            var at = roleByRef[m.learned_at.role];
            where = [" \u2014 " + UI.learned + " ", roleLink(m.learned_at.role, at ? inLang(at.name) : m.learned_at.role),
              UI.aside("", UI.rank + " " + m.learned_at.rank)];
          }
          list.appendChild(el("li", null, [inLang(m.text), " ", el("code", null, [m.id]), el("span", "where", where)]));
        });
        out.appendChild(list);
      });
    }
    if (result.extra.length > 0) out.appendChild(el("p", "extra", [UI.extra(result.extra.length, result.target)]));
    if (result.held.length === 0) out.appendChild(el("p", "hint", [UI.none]));
    if (result.guidance.length > 0) {
      out.appendChild(el("h3", null, [UI.aside(UI.guidance, String(result.guidance.length))]));
      var advice = el("ul", "guidance");
      result.guidance.forEach(function (g) {
        advice.appendChild(el("li", null, [(g.overlay ? "@" + g.overlay + ": " : "") + inLang(g.text)]));
      });
      out.appendChild(advice);
    }
  }

  function rolePage() {
    var ref = document.body.getAttribute("data-ref");
    var out = document.getElementById("assess-result");
    if (!roleByRef[ref] || !out) return;
    var boxes = Array.prototype.slice.call(document.querySelectorAll("input.hold"));
    var held = loadHolds();
    function update() { renderGap(gap(ref, held), out); }
    boxes.forEach(function (box) {
      box.checked = held.indexOf(box.value) >= 0;
      box.addEventListener("change", function () {
        var at = held.indexOf(box.value);
        if (box.checked && at < 0) held.push(box.value);
        if (!box.checked && at >= 0) held.splice(at, 1);
        saveHolds(held);
        update();
      });
    });
    // Ticks are kept per duty for the whole site (one have-file a person); this clears the
    // ticks of this page's duties only, and another role's ticks stay.
    document.getElementById("assess-clear").addEventListener("click", function () {
      boxes.forEach(function (box) {
        box.checked = false;
        var at = held.indexOf(box.value);
        if (at >= 0) held.splice(at, 1);
      });
      saveHolds(held);
      update();
    });
    document.getElementById("assess-download").addEventListener("click", function () {
      var blob = new Blob([haveFile(ref, held)], { type: "application/yaml" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "ctoladder-have.yaml";
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    });
    update();
  }

  var page = document.body.getAttribute("data-page");
  if (page === "compare") comparePage();
  else if (page === "search") searchPage();
  else if (page === "role") rolePage();
})();
