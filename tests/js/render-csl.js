// Render a CSL-JSON file with citeproc-js (the engine inside Zotero) and print one JSON
// object: {"id": "bibliography entry as plain text", ...}, in the file's order.
// Usage: node render-csl.js STYLE.csl ITEMS.json
"use strict";
const fs = require("fs");
const CSL = require("citeproc");
const { locales } = require("@citation-js/plugin-csl/lib/locales.js");

const [styleFile, itemsFile] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(itemsFile, "utf8"));
const byId = new Map(items.map((item) => [String(item.id), item]));
const sys = {
  retrieveItem: (id) => byId.get(String(id)),
  retrieveLocale: (lang) => locales.get(lang) || locales.get("en-US"),
};
const engine = new CSL.Engine(sys, fs.readFileSync(styleFile, "utf8"));
engine.setOutputFormat("text");
engine.updateItems(items.map((item) => String(item.id)));
const [meta, entries] = engine.makeBibliography();
const out = {};
meta.entry_ids.forEach((ids, i) => {
  out[ids[0]] = entries[i].trim();
});
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
