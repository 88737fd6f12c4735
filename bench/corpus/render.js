// Render CSL-JSON items through CSL styles with citeproc-js (the engine inside Zotero).
// Usage: node render.js JOB.json  where JOB = {"styles": {name: path}, "locales": dir,
//   "items": [...], "ablate": ["volume", ...]}
// Prints {"style": {"full": {id: text}, "<field>": {id: text with that field removed}}}.
"use strict";
const fs = require("fs");
const path = require("path");
const CSL = require(process.env.CITEPROC || "citeproc");

const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const localeCache = new Map();
function locale(lang) {
  if (!localeCache.has(lang)) {
    const file = path.join(job.locales, `locales-${lang}.xml`);
    const fallback = path.join(job.locales, "locales-en-US.xml");
    localeCache.set(lang, fs.readFileSync(fs.existsSync(file) ? file : fallback, "utf8"));
  }
  return localeCache.get(lang);
}

const CHUNK = 250; // one engine per chunk: bounded disambiguation work per bibliography

function render(styleXml, allItems) {
  const out = {};
  for (let start = 0; start < allItems.length; start += CHUNK) {
    Object.assign(out, renderChunk(styleXml, allItems.slice(start, start + CHUNK)));
  }
  return out;
}

function renderChunk(styleXml, items) {
  const byId = new Map(items.map((item) => [String(item.id), item]));
  const sys = { retrieveItem: (id) => byId.get(String(id)), retrieveLocale: locale };
  const engine = new CSL.Engine(sys, styleXml);
  engine.setOutputFormat("text");
  engine.updateItems(items.map((item) => String(item.id)));
  const [meta, entries] = engine.makeBibliography();
  const out = {};
  meta.entry_ids.forEach((ids, i) => {
    out[ids[0]] = entries[i].trim();
  });
  return out;
}

const result = {};
for (const [name, file] of Object.entries(job.styles)) {
  // A repeated author printed as a dash ("———.") would hide the names the label expects.
  const xml = fs.readFileSync(file, "utf8").replace(/\s+subsequent-author-substitute="[^"]*"/g, "");
  const styleResult = { full: render(xml, job.items) };
  for (const field of job.ablate) {
    const ablated = job.items.map((item) => {
      const copy = Object.assign({}, item);
      delete copy[field];
      return copy;
    });
    styleResult[field] = render(xml, ablated);
  }
  result[name] = styleResult;
  process.stderr.write(`rendered ${name}\n`);
}
process.stdout.write(JSON.stringify(result));
