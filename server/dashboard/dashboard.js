// The analyst dashboard: plain JavaScript, no build step. Every page asks
// the public GraphQL API (/graphql) one request, the same a script would
// send; the state lives in the URL hash (#/actor/RUS?since=2022-01-01), so
// a page can be shared and the browser's back button works.
"use strict";

(function () {
  const main = document.getElementById("main");
  const periodForm = document.getElementById("period");
  const PERIOD = ["since", "until", "asOf"];

  // ---- small helpers -------------------------------------------------------

  // h builds an element; text children are text nodes, never HTML.
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === "class") el.className = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else if (k === "style") el.style.cssText = v;
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c == null || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }
  const svgNS = "http://www.w3.org/2000/svg";
  function s(tag, attrs, ...children) {
    const el = document.createElementNS(svgNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
    for (const c of children) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return el;
  }

  // gql sends one GraphQL request; GraphQL errors become an Error whose
  // message the page shows.
  async function gql(query, variables) {
    let res;
    try {
      res = await fetch("/graphql", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ query, variables }),
      });
    } catch (e) {
      throw new Error("The server cannot be reached: " + e.message);
    }
    let body;
    try {
      body = await res.json();
    } catch (e) {
      throw new Error("The server answered " + res.status + " without a GraphQL response.");
    }
    if (body.errors && body.errors.length) {
      throw new Error(body.errors.map((e) => e.message).join("; "));
    }
    if (!res.ok) throw new Error("The server answered " + res.status + ".");
    return body.data;
  }

  function parseHash() {
    const raw = location.hash.replace(/^#\/?/, "");
    const [path, qs] = raw.split("?");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    const params = Object.fromEntries(new URLSearchParams(qs || ""));
    return { page: parts[0] || "search", args: parts.slice(1), params };
  }
  function hashFor(page, args, params) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v) p.set(k, v);
    const q = p.toString();
    return "#/" + [page, ...(args || [])].map(encodeURIComponent).join("/") + (q ? "?" + q : "");
  }
  // period is the since/until/asOf of the current URL.
  function period(params) {
    const out = {};
    for (const k of PERIOD) if (params[k]) out[k] = params[k];
    return out;
  }
  function link(page, args, text, params) {
    return h("a", { href: hashFor(page, args, params || period(parseHash().params)) }, text);
  }
  function actorLink(a) {
    if (!a) return h("span", { class: "sub" }, "—");
    return link("actor", [a.id], a.name);
  }
  function loading(what) {
    main.replaceChildren(h("div", { class: "loading", "aria-busy": "true" }, "Loading " + what));
  }
  function showError(e, where) {
    (where || main).replaceChildren(h("div", { class: "error", role: "alert" }, e.message || String(e)));
  }
  function empty(text) {
    return h("div", { class: "empty" }, text);
  }
  function periodText(p) {
    const bits = [];
    if (p.since) bits.push("since " + p.since);
    if (p.until) bits.push("until " + p.until);
    if (p.asOf) bits.push("as of " + p.asOf);
    return bits.length ? " (" + bits.join(", ") + ")" : "";
  }
  const pct = (x) => Math.round(x * 100) + "%";

  // ---- period selector -----------------------------------------------------

  function syncPeriod(params) {
    for (const k of PERIOD) periodForm.elements[k].value = params[k] || "";
  }
  periodForm.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const r = parseHash();
    const params = { ...r.params };
    for (const k of PERIOD) params[k] = periodForm.elements[k].value || "";
    location.hash = hashFor(r.page, r.args, params);
  });
  document.getElementById("period-clear").addEventListener("click", () => {
    const r = parseHash();
    const params = { ...r.params };
    for (const k of PERIOD) delete params[k];
    location.hash = hashFor(r.page, r.args, params);
  });

  // ---- search with autocomplete -------------------------------------------

  const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 10) {
    kind score
    actor { id name kind country aliases }
    article { id url title source published }
  }
}`;
  const q = document.getElementById("q");
  const acList = document.getElementById("ac-list");
  let acTimer = 0, acSeq = 0, acItems = [], acIndex = -1;

  function hitTarget(hit) {
    if (hit.actor) return hashFor("actor", [hit.actor.id], period(parseHash().params));
    return hit.article && hit.article.url ? hit.article.url : null;
  }
  function hitLabel(hit) {
    if (hit.actor) {
      const a = hit.actor;
      return [h("span", {}, a.name), h("small", {}, [a.kind, a.country].filter(Boolean).join(" · "))];
    }
    const ar = hit.article;
    return [h("span", {}, ar.title || ar.id), h("small", {}, ["article", ar.source, ar.published].filter(Boolean).join(" · "))];
  }
  function closeAc() {
    acList.hidden = true;
    acIndex = -1;
    q.setAttribute("aria-expanded", "false");
  }
  function openHit(hit) {
    const t = hitTarget(hit);
    closeAc();
    if (!t) return;
    if (t.startsWith("#")) location.hash = t;
    else window.open(t, "_blank", "noopener");
  }
  function renderAc(hits) {
    acItems = hits;
    acIndex = -1;
    acList.replaceChildren(
      ...(hits.length
        ? hits.map((hit, i) =>
            h("li", { class: "ac-item", role: "option", id: "ac-" + i, "aria-selected": "false",
                      onmousedown: (e) => { e.preventDefault(); openHit(hit); } }, hitLabel(hit)))
        : [h("li", { class: "empty" }, "Nothing matches")]),
    );
    acList.hidden = false;
    q.setAttribute("aria-expanded", "true");
  }
  async function suggest(text) {
    const seq = ++acSeq;
    try {
      const data = await gql(SEARCH, { text });
      if (seq === acSeq && q.value.trim() === text) renderAc(data.search || []);
    } catch (e) {
      if (seq === acSeq) {
        acList.replaceChildren(h("li", { class: "error", role: "alert" }, e.message));
        acList.hidden = false;
      }
    }
  }
  q.addEventListener("input", () => {
    clearTimeout(acTimer);
    const text = q.value.trim();
    if (!text) return closeAc();
    acTimer = setTimeout(() => suggest(text), 180);
  });
  q.addEventListener("keydown", (e) => {
    const items = acList.querySelectorAll(".ac-item");
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!items.length) return;
      e.preventDefault();
      acIndex = (acIndex + (e.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
      items.forEach((it, i) => it.setAttribute("aria-selected", String(i === acIndex)));
      q.setAttribute("aria-activedescendant", "ac-" + acIndex);
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (acIndex >= 0 && acItems[acIndex]) openHit(acItems[acIndex]);
      else if (q.value.trim()) { closeAc(); location.hash = hashFor("search", [], { ...period(parseHash().params), q: q.value.trim() }); }
    } else if (e.key === "Escape") {
      closeAc();
    }
  });
  q.addEventListener("blur", () => setTimeout(closeAc, 150));

  async function pageSearch(r) {
    const text = r.params.q || "";
    const box = h("div", { class: "card" },
      h("h1", {}, "Search"),
      h("p", { class: "sub" }, "Type a name or alias in any language — Rusia, Korut, DPRK — in the box above; results show as you type. Enter lists every hit here."));
    main.replaceChildren(box);
    if (!text) return;
    const out = h("div", { class: "card" }, h("div", { class: "loading" }, "Searching"));
    main.append(out);
    try {
      const data = await gql(SEARCH, { text });
      const hits = data.search || [];
      out.replaceChildren(h("h2", {}, "Results for “" + text + "”"),
        hits.length ? h("ul", { class: "results" }, hits.map((hit) => {
          const t = hitTarget(hit);
          return h("li", {}, t ? h("a", { href: t }, hitLabel(hit)[0].textContent) : hitLabel(hit)[0], " ", hitLabel(hit)[1]);
        })) : empty("Nothing matches “" + text + "”."));
    } catch (e) {
      showError(e, out);
    }
  }

  // ---- actor page ----------------------------------------------------------

  // The actor page asks three questions at once, so that the slowest, not
  // their sum, decides when it is drawn: the actor and its ties; its
  // timeline; its latest events.
  const ACTOR = `query Actor($id: String!, $since: Date, $until: Date, $asOf: Date) {
  actor(name: $id) {
    id name kind country aliases mentionCount
    roles { title start end of { id name } }
  }
  allies(of: $id, since: $since, until: $until, asOf: $asOf, first: 15) { ...tie }
  adversaries(of: $id, since: $since, until: $until, asOf: $asOf, first: 15) { ...tie }
}
fragment tie on Ally {
  actor { id name kind } explicit relations strength firstSeen lastSeen evidenceCount
  evidence(first: 1) { sentence article { id url title source published } }
}`;
  const TIMELINE = `query Timeline($id: String!, $since: Date, $until: Date, $asOf: Date, $bucket: Bucket) {
  timeline(actor: $id, bucket: $bucket, since: $since, until: $until, asOf: $asOf) {
    start count cooperative hostile goldsteinMean
  }
}`;
  const LATEST = `query Latest($id: String!, $since: Date, $until: Date, $asOf: Date) {
  events(filter: {actor: $id, since: $since, until: $until, asOf: $asOf}, first: 10) {
    edges { node { ...event } }
  }
}
fragment event on Event {
  id date type cameo quadClass goldstein status
  source { id name } target { id name }
  evidence(first: 1) { sentence article { id url title source published } }
}`;

  function tieTable(ties, cls, none) {
    if (!ties.length) return empty(none);
    return h("table", { class: "ties" },
      h("thead", {}, h("tr", {}, h("th", {}, "Actor"), h("th", {}, "Strength"), h("th", {}, "Seen"), h("th", {}, "Evidence"))),
      h("tbody", {}, ties.map((t) => h("tr", { class: "tie-row", "data-actor": t.actor.id },
        h("td", {}, actorLink(t.actor), h("span", { class: "badge " + (t.explicit ? "stated" : "derived"),
          title: t.explicit ? "Stated in so many words" : "Derived from reported events" }, t.explicit ? "stated" : "derived"),
          h("div", { class: "sub" }, (t.relations || []).join(", "))),
        h("td", {}, h("span", { class: "bar " + cls, role: "img", "aria-label": "strength " + pct(t.strength) },
          h("span", { style: "width:" + Math.max(2, t.strength * 100) + "%" })), " ", pct(t.strength)),
        h("td", { class: "sub" }, (t.firstSeen || "—") + (t.lastSeen && t.lastSeen !== t.firstSeen ? " – " + t.lastSeen : "")),
        h("td", {}, String(t.evidenceCount), t.evidence && t.evidence[0] ? h("div", { class: "sentence" }, t.evidence[0].sentence) : null),
      ))));
  }

  // timelineChart draws cooperative (up) and hostile (down) bars per bucket
  // and the Goldstein mean as a line, in SVG.
  function timelineChart(buckets) {
    if (!buckets.length) return empty("No dated events in this period.");
    const W = 900, H = 220, top = 16, mid = 110, bottom = 200, left = 36;
    const max = Math.max(1, ...buckets.map((b) => Math.max(b.cooperative, b.hostile)));
    const step = (W - left - 10) / buckets.length;
    const bw = Math.max(2, Math.min(40, step * 0.7));
    const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Cooperative and hostile events per period" });
    svg.append(s("line", { x1: left, x2: W, y1: mid, y2: mid, stroke: "#c9ced6" }));
    svg.append(s("text", { x: 2, y: top + 4, "font-size": 11, fill: "#2e9e5b" }, "+" + max));
    svg.append(s("text", { x: 2, y: bottom, "font-size": 11, fill: "#d64545" }, "−" + max));
    const pts = [];
    const labelEvery = Math.ceil(buckets.length / 12);
    buckets.forEach((b, i) => {
      const x = left + i * step + (step - bw) / 2;
      const up = (b.cooperative / max) * (mid - top), down = (b.hostile / max) * (bottom - mid);
      const tip = `${b.start}: ${b.count} events, ${b.cooperative} cooperative, ${b.hostile} hostile, Goldstein mean ${b.goldsteinMean == null ? "—" : b.goldsteinMean.toFixed(2)}`;
      if (b.cooperative) svg.append(s("rect", { class: "tl-bar coop", x, y: mid - up, width: bw, height: up, fill: "#2e9e5b" }, s("title", {}, tip)));
      if (b.hostile) svg.append(s("rect", { class: "tl-bar hostile", x, y: mid, width: bw, height: down, fill: "#d64545" }, s("title", {}, tip)));
      if (b.goldsteinMean != null) pts.push([x + bw / 2, mid - (b.goldsteinMean / 10) * (mid - top)]);
      if (i % labelEvery === 0) svg.append(s("text", { x: x, y: H - 4, "font-size": 10, fill: "#667085" }, b.start.slice(0, 7)));
    });
    if (pts.length > 1) svg.append(s("polyline", { points: pts.map((p) => p.join(",")).join(" "), fill: "none", stroke: "#6d28d9", "stroke-width": 1.5 }));
    for (const [x, y] of pts) svg.append(s("circle", { cx: x, cy: y, r: 2.5, fill: "#6d28d9" }));
    return h("div", { class: "chart" }, svg,
      h("div", { class: "legend" }, h("span", {}, h("i", { style: "background:#2e9e5b" }), "cooperative (up)"),
        h("span", {}, h("i", { style: "background:#d64545" }), "hostile (down)"),
        h("span", {}, h("i", { style: "background:#6d28d9" }), "Goldstein mean (−10…+10, midline 0)")));
  }

  function eventItem(e) {
    const ev = e.evidence && e.evidence[0];
    const ar = ev && ev.article;
    return h("div", { class: "ev" },
      h("div", {}, h("b", {}, e.date || "undated"), " · ", actorLink(e.source), " ",
        h("span", { class: "q" + e.quadClass }, e.type.replace(/_/g, " ")), " ", actorLink(e.target),
        h("span", { class: "meta" }, `  CAMEO ${e.cameo} · Goldstein ${e.goldstein}${e.status && e.status !== "fact" ? " · " + e.status : ""}`)),
      ev ? h("div", { class: "sentence" }, ev.sentence) : null,
      ar ? articleLine(ar) : null);
  }
  // articleLine names an article: its title linked to its URL, the outlet
  // and the day (an article loaded without a URL has only an ID: a hash).
  function articleLine(ar) {
    const name = ar.title || (ar.url ? ar.url : "article");
    return h("div", { class: "meta" }, ar.url ? h("a", { href: ar.url, target: "_blank", rel: "noopener" }, name) : name,
      ar.source ? " · " + ar.source : "", ar.published ? " · " + ar.published : "");
  }

  async function pageActor(r) {
    const id = r.args[0];
    if (!id) return pageSearch({ params: {} });
    const p = period(r.params);
    const bucket = r.params.bucket === "WEEK" ? "WEEK" : "MONTH";
    loading("actor " + id);
    const quiet = (pr) => { pr.catch(() => {}); return pr; };
    const ties = gql(ACTOR, { id, ...p });
    const timeline = quiet(gql(TIMELINE, { id, bucket, ...p }));
    const latest = quiet(gql(LATEST, { id, ...p }));
    let data;
    try {
      data = await ties;
    } catch (e) {
      return showError(e);
    }
    const a = data.actor;
    if (!a) return showError(new Error("No actor has the ID or name “" + id + "”."));
    const bucketSel = h("select", { "aria-label": "Timeline bucket", onchange: (e) => {
      location.hash = hashFor("actor", [id], { ...r.params, bucket: e.target.value });
    } }, h("option", { value: "MONTH", selected: bucket === "MONTH" }, "per month"), h("option", { value: "WEEK", selected: bucket === "WEEK" }, "per week"));
    const other = h("input", { type: "text", placeholder: "another actor (ID or name)", "aria-label": "Other actor", size: 22 });
    const tlBody = h("div", { class: "loading", "aria-busy": "true" }, "Loading the timeline");
    const evBody = h("div", { class: "loading", "aria-busy": "true" }, "Loading the latest events");
    main.replaceChildren(
      h("div", { class: "card actor-head" },
        h("h1", { id: "actor-name" }, a.name),
        h("div", { class: "sub" }, [a.kind, a.country ? "country " + a.country : null, a.id, a.mentionCount + (a.mentionCount === 1 ? " mention" : " mentions")].filter(Boolean).join(" · ")),
        a.aliases && a.aliases.length ? h("div", { class: "sub" }, "Also: " + a.aliases.join(", ")) : null,
        a.roles && a.roles.length ? h("ul", {}, a.roles.map((ro) => h("li", {}, ro.title.replace(/_/g, " "), " of ", actorLink(ro.of),
          " (" + (ro.start || "?") + " – " + (ro.end || "in office") + ")"))) : null,
        h("div", { class: "toolbar" }, link("network", [a.id], "Network around " + a.name),
          h("form", { onsubmit: (e) => { e.preventDefault(); if (other.value.trim()) location.hash = hashFor("between", [a.id, other.value.trim()], p); } },
            other, " ", h("button", { type: "submit" }, "Between")))),
      h("div", { class: "grid2" },
        h("div", { class: "card", id: "allies" }, h("h2", {}, "Allies" + periodText(p)), tieTable(data.allies || [], "ally", "No allies in this period.")),
        h("div", { class: "card", id: "adversaries" }, h("h2", {}, "Adversaries" + periodText(p)), tieTable(data.adversaries || [], "hostile", "No adversaries in this period."))),
      h("div", { class: "card", id: "timeline" }, h("div", { class: "toolbar" }, h("h2", {}, "Events over time"), bucketSel), tlBody),
      h("div", { class: "card", id: "events" }, h("h2", {}, "Latest events"), evBody),
    );
    const fill = async (el, pr, draw) => {
      try {
        const d = await pr;
        el.replaceWith(draw(d));
      } catch (e) {
        showError(e, el);
        el.className = "";
        el.removeAttribute("aria-busy");
      }
    };
    await Promise.all([
      fill(tlBody, timeline, (d) => timelineChart(d.timeline || [])),
      fill(evBody, latest, (d) => d.events.edges.length ? h("div", {}, d.events.edges.map((e) => eventItem(e.node))) : empty("No events in this period.")),
    ]);
  }

  // ---- network page --------------------------------------------------------

  const NETWORK = `query Network($id: String!, $depth: Int, $since: Date, $until: Date, $asOf: Date) {
  neighborhood(actor: $id, depth: $depth, since: $since, until: $until, asOf: $asOf, limit: 60) {
    nodes { id name kind }
    edges { source target relation kind weight }
  }
}`;
  const REL_COLOUR = { ally: "#2463eb", partner: "#0e9aa7", cooperative: "#2e9e5b", hostile: "#d64545" };

  let cy = null;
  async function pageNetwork(r) {
    const id = r.args[0] || "RUS";
    const depth = r.params.depth === "2" ? 2 : 1;
    const p = period(r.params);
    const depthSel = h("select", { "aria-label": "Depth", onchange: (e) => { location.hash = hashFor("network", [id], { ...r.params, depth: e.target.value }); } },
      h("option", { value: "1", selected: depth === 1 }, "depth 1"), h("option", { value: "2", selected: depth === 2 }, "depth 2"));
    const title = link("actor", [id], id);
    const box = h("div", { id: "cy", role: "application", "aria-label": "Network graph; click a node to open its actor page" });
    const status = h("div", { class: "loading", "aria-busy": "true" }, "Loading the network");
    main.replaceChildren(h("div", { class: "card" },
      h("h1", {}, "Network around ", title, periodText(p)),
      h("div", { class: "toolbar" }, depthSel, h("button", { type: "button", onclick: () => cy && cy.fit(undefined, 30) }, "Fit"),
        h("div", { class: "legend" }, Object.entries(REL_COLOUR).map(([k, c]) => h("span", {}, h("i", { style: "background:" + c }), k)),
          h("span", {}, "width: evidence count; dashed: derived from events; click a node to open it, drag to move, wheel to zoom"))),
      status, box));
    let data;
    try {
      data = await gql(NETWORK, { id, depth, ...p });
    } catch (e) {
      return showError(e, status);
    }
    const n = data.neighborhood;
    if (n.nodes.length <= 1) {
      status.replaceWith(empty("No ties in this period."));
    } else status.remove();
    if (cy) cy.destroy();
    const maxW = Math.max(1, ...n.edges.map((e) => e.weight));
    cy = cytoscape({
      container: box,
      elements: [
        ...n.nodes.map((a) => ({ data: { id: a.id, label: a.name, kind: a.kind, centre: a.id === n.nodes[0].id ? 1 : 0 } })),
        ...n.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, relation: e.relation,
          colour: REL_COLOUR[e.relation] || "#888", width: 1 + 7 * Math.log1p(e.weight) / Math.log1p(maxW), dashed: String(e.kind).toLowerCase() === "derived" ? "dashed" : "solid" } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 11, "background-color": "#94a3b8", width: 18, height: 18, "text-valign": "bottom", "text-margin-y": 3 } },
        { selector: "node[kind = 'STATE']", style: { "background-color": "#475569", shape: "round-rectangle" } },
        { selector: "node[centre = 1]", style: { "background-color": "#f59e0b", width: 28, height: 28, "font-weight": "bold" } },
        { selector: "edge", style: { "line-color": "data(colour)", width: "data(width)", "curve-style": "bezier", opacity: 0.75, "line-style": "data(dashed)" } },
      ],
      layout: { name: "cose", animate: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 140, nodeOverlap: 20, padding: 40, randomize: false },
      wheelSensitivity: 0.3,
    });
    if (n.nodes.length) title.textContent = n.nodes[0].name;
    // A small network is not blown up to fill the view.
    if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(); }
    cy.on("tap", "node", (ev) => { location.hash = hashFor("actor", [ev.target.id()], p); });
    box.dataset.nodes = String(cy.nodes().length);
    box.dataset.edges = String(cy.edges().length);
  }

  // ---- between two actors --------------------------------------------------

  const BETWEEN = `query Between($a: String!, $b: String!, $since: Date, $until: Date, $asOf: Date) {
  path(from: $a, to: $b, maxHops: 4, since: $since, asOf: $asOf) {
    length
    hops { kind relation date from { id name } to { id name }
           evidence { sentence article { id url title source published } } }
  }
  events(filter: {between: [$a, $b], since: $since, until: $until, asOf: $asOf}, sort: DATE_ASC, first: 200) {
    totalCount
    edges { node { ...event } }
  }
}
fragment event on Event {
  id date day type cameo quadClass goldstein status
  source { id name } target { id name }
  evidence(first: 1) { sentence article { id url title source published } }
}`;

  async function pageBetween(r) {
    const [a, b] = r.args;
    const p = period(r.params);
    const ia = h("input", { type: "text", value: a || "", placeholder: "first actor", "aria-label": "First actor", size: 18 });
    const ib = h("input", { type: "text", value: b || "", placeholder: "second actor", "aria-label": "Second actor", size: 18 });
    const form = h("form", { class: "toolbar", onsubmit: (e) => {
      e.preventDefault();
      if (ia.value.trim() && ib.value.trim()) location.hash = hashFor("between", [ia.value.trim(), ib.value.trim()], p);
    } }, ia, " and ", ib, h("button", { type: "submit" }, "Show"));
    main.replaceChildren(h("div", { class: "card" }, h("h1", {}, "Between two actors" + periodText(p)), form));
    if (!a || !b) { main.append(h("div", { class: "card" }, empty("Name two actors (ID or any name, e.g. PRK and wagner-group)."))); return; }
    const out = h("div", {}, h("div", { class: "loading", "aria-busy": "true" }, "Loading"));
    main.append(out);
    let data;
    try {
      data = await gql(BETWEEN, { a, b, ...p });
    } catch (e) {
      return showError(e, out);
    }
    const path = data.path;
    const events = data.events.edges.map((e) => e.node);
    // Events per month, cooperative vs hostile, drawn like the timeline.
    const byMonth = new Map();
    for (const e of events) {
      if (!e.day) continue;
      const k = e.day.slice(0, 7) + "-01";
      const m = byMonth.get(k) || { start: k, count: 0, cooperative: 0, hostile: 0, g: 0 };
      m.count++; m.g += e.goldstein;
      if (e.quadClass <= 2) m.cooperative++; else m.hostile++;
      byMonth.set(k, m);
    }
    const buckets = [...byMonth.values()].sort((x, y) => (x.start < y.start ? -1 : 1)).map((m) => ({ ...m, goldsteinMean: m.g / m.count }));
    out.replaceChildren(
      h("div", { class: "card", id: "path" }, h("h2", {}, "Shortest path"),
        path ? [h("div", { class: "sub" }, path.length + (path.length === 1 ? " hop" : " hops")),
          ...path.hops.map((hp) => h("div", { class: "hop" },
            h("div", {}, actorLink(hp.from), " — ", h("b", {}, (hp.relation || hp.kind.toLowerCase()).replace(/_/g, " ")),
              h("span", { class: "sub" }, " (" + hp.kind.toLowerCase() + (hp.date ? ", " + hp.date : "") + ")"), " — ", actorLink(hp.to)),
            hp.evidence.map((ev) => [h("div", { class: "sentence" }, ev.sentence), ev.article ? articleLine(ev.article) : null]),
          ))] : empty("No path within 4 hops in this period.")),
      h("div", { class: "card", id: "between-chart" }, h("h2", {}, "Events between them per month"), timelineChart(buckets)),
      h("div", { class: "card", id: "between-events" }, h("h2", {}, "Events, oldest first (" + data.events.totalCount + ")"),
        events.length ? events.map(eventItem) : empty("No events between them in this period.")),
    );
  }

  // ---- router --------------------------------------------------------------

  const pages = { search: pageSearch, actor: pageActor, network: pageNetwork, between: pageBetween };
  async function render() {
    const r = parseHash();
    syncPeriod(r.params);
    for (const a of document.querySelectorAll("nav a[data-nav]")) a.classList.toggle("active", a.dataset.nav === r.page);
    // The nav keeps the actor and the period across pages.
    const cur = r.page === "actor" || r.page === "network" ? r.args[0] : null;
    if (cur) {
      document.getElementById("nav-network").href = hashFor("network", [cur], period(r.params));
      document.getElementById("nav-between").href = hashFor("between", [cur], period(r.params));
    }
    const fn = pages[r.page];
    if (!fn) return showError(new Error("No such page: " + r.page));
    document.title = "KG dashboard — " + r.page + (r.args[0] ? " " + r.args.join(" / ") : "");
    const t0 = performance.now();
    try {
      await fn(r);
    } catch (e) {
      showError(e);
    }
    // For measurements (bench/cmd/dashbench): how long the page took to
    // ask, receive and draw, and since the navigation started.
    main.dataset.renderMs = String(Math.round(performance.now() - t0));
    main.dataset.sinceNavigationMs = String(Math.round(performance.now()));
    main.dataset.ready = location.hash;
  }
  window.addEventListener("hashchange", render);
  render();
})();
