// Read an export with citation-js and print the CSL-JSON items it ends up with.
// Usage: node citation-js-read.js bibtex|biblatex|ris|csljson FILE
"use strict";
const fs = require("fs");
const { Cite, plugins } = require("@citation-js/core");
require("@citation-js/plugin-bibtex");
require("@citation-js/plugin-ris");
require("@citation-js/plugin-csl");

const FORMATS = {
  bibtex: "@biblatex/text",
  biblatex: "@biblatex/text",
  ris: "@ris/file",
  csljson: "@csl/list+object",
};
const [format, file] = process.argv.slice(2);
const text = fs.readFileSync(file, "utf8");
const input = format === "csljson" ? JSON.parse(text) : text;
const items = plugins.input.chain(input, { forceType: FORMATS[format], generateGraph: false });
process.stdout.write(JSON.stringify(items, null, 1) + "\n");
