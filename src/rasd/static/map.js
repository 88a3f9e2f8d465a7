// rasd events map: an offline basemap (country and admin1 outlines), the filtered events as
// circles coloured by event type, and a small grid clustering so dense areas stay readable.
// Everything is fetched from this server; a tile layer is added only when --tiles was given.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") { return; }
  var CELL = 44; // cluster grid cell, in screen pixels
  var colors = JSON.parse(el.dataset.colors || "{}");
  var map = L.map(el, { zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.setView([34.8, 41.0], 6);
  map.createPane("basemap").style.zIndex = 250;
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: "tiles: " + new URL(el.dataset.tiles).host }).addTo(map);
  }
  var layer = L.layerGroup().addTo(map);
  var points = [];

  function colorOf(type) { return colors[type] || "#7f7f7f"; }

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(url + " answered " + r.status); }
      return r.json();
    });
  }

  function line(text, tag) {
    var node = document.createElement(tag || "div");
    node.textContent = text;
    return node;
  }

  function eventLink(p) {
    var a = document.createElement("a");
    a.href = "/events/" + encodeURIComponent(p.id);
    a.textContent = (p.event_date || "undated") + " · " + p.sub_event_type;
    return a;
  }

  function popupFor(p) {
    var div = document.createElement("div");
    div.appendChild(eventLink(p));
    div.appendChild(line([p.location, p.admin1].filter(Boolean).join(", ")));
    var who = (p.actor1 || "?") + " → " + (p.actor2 || "?");
    if (p.fatalities !== null && p.fatalities !== undefined) { who += " · killed " + p.fatalities; }
    div.appendChild(line(who));
    return div;
  }

  function clusterPopup(group) {
    var div = document.createElement("div");
    div.appendChild(line(group.length + " events here", "strong"));
    var ul = document.createElement("ul");
    group.slice(0, 20).forEach(function (pt) {
      var li = document.createElement("li");
      li.appendChild(eventLink(pt.props));
      ul.appendChild(li);
    });
    div.appendChild(ul);
    if (group.length > 20) { div.appendChild(line("… and " + (group.length - 20) + " more")); }
    return div;
  }

  function majorityType(group) {
    var counts = {};
    group.forEach(function (pt) { counts[pt.props.event_type] = (counts[pt.props.event_type] || 0) + 1; });
    return Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; })[0];
  }

  function addCluster(group) {
    var lat = 0, lng = 0;
    group.forEach(function (pt) { lat += pt.latlng.lat; lng += pt.latlng.lng; });
    var icon = L.divIcon({ className: "rasd-cluster", html: "<span>" + group.length + "</span>", iconSize: [30, 30] });
    var marker = L.marker([lat / group.length, lng / group.length], { icon: icon, title: group.length + " events" });
    marker.on("click", function () {
      var bounds = L.latLngBounds(group.map(function (pt) { return pt.latlng; }));
      var spread = bounds.getNorthEast().distanceTo(bounds.getSouthWest());
      if (spread > 50 && map.getZoom() < map.getMaxZoom()) {
        map.fitBounds(bounds.pad(0.4));
      } else {
        marker.bindPopup(clusterPopup(group)).openPopup();
      }
    });
    marker.addTo(layer);
    marker.getElement().style.background = colorOf(majorityType(group));
  }

  function recluster() {
    layer.clearLayers();
    var cells = {};
    points.forEach(function (pt) {
      var px = map.latLngToLayerPoint(pt.latlng);
      var key = Math.floor(px.x / CELL) + ":" + Math.floor(px.y / CELL);
      (cells[key] = cells[key] || []).push(pt);
    });
    Object.keys(cells).forEach(function (key) {
      var group = cells[key];
      if (group.length > 1) { addCluster(group); return; }
      var pt = group[0];
      L.circleMarker(pt.latlng, {
        radius: 7, color: "#ffffff", weight: 1.5, fillColor: colorOf(pt.props.event_type),
        fillOpacity: 0.92, className: "rasd-marker"
      }).bindPopup(popupFor(pt.props)).addTo(layer);
    });
    el.dataset.markers = String(Object.keys(cells).length);
  }

  function fail(err) {
    var msg = line("Map data could not be loaded: " + err.message, "p");
    msg.className = "error";
    el.parentNode.insertBefore(msg, el);
  }

  var basemap = getJSON(el.dataset.basemap).then(function (gj) {
    var outlines = L.geoJSON(gj, {
      pane: "basemap", interactive: false,
      style: function (f) {
        return f.properties.kind === "country"
          ? { color: "#6b6b6b", weight: 1.4, fillColor: "#f6f3ec", fillOpacity: 1 }
          : { color: "#a0a0a0", weight: 0.7, dashArray: "3 3", fill: false };
      }
    }).addTo(map);
    if (gj.attribution) { map.attributionControl.addAttribution(gj.attribution); }
    return outlines;
  });

  var events = getJSON(el.dataset.geojson).then(function (gj) {
    points = gj.features.map(function (f) {
      return { latlng: L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]), props: f.properties };
    });
    return gj;
  });

  Promise.all([basemap, events]).then(function (loaded) {
    var outlines = loaded[0];
    if (points.length) {
      map.fitBounds(L.latLngBounds(points.map(function (pt) { return pt.latlng; })).pad(0.3), { maxZoom: 7 });
    } else if (outlines.getBounds().isValid()) {
      map.fitBounds(outlines.getBounds());
    }
    recluster();
    map.on("zoomend", recluster);
    el.dataset.events = String(points.length);
    el.dataset.loaded = "1";
  }).catch(fail);
}());
