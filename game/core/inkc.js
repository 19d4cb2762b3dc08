// Compiles one ink file (and its INCLUDEs) with the pinned inkjs compiler and prints a single
// JSON object on stdout: {json, messages: [{severity, text}], stats}. Driven by compiler.py, so
// every error and warning comes back as data rather than as free text on stderr.
"use strict";
const fs = require("fs");
const path = require("path");
const { Compiler, CompilerOptions } = require("inkjs/full");

const root = process.argv[2];
const rootDir = path.dirname(path.resolve(root));
const messages = [];
const SEVERITY = { 0: "author", 1: "warning", 2: "error" };

const fileHandler = {
  ResolveInkFilename: (name) => path.resolve(rootDir, name),
  LoadInkFileContents: (full) => {
    try {
      return fs.readFileSync(full, "utf-8").replace(/^\uFEFF/, "");
    } catch (e) {
      messages.push({ severity: "error", text: `ERROR: '${path.relative(rootDir, full)}' line 1: cannot read included file (${e.code || e.message})` });
      return "";
    }
  },
};

const options = new CompilerOptions(
  path.basename(root), [], false,
  (text, type) => messages.push({ severity: SEVERITY[type] || "error", text }),
  fileHandler,
);
const source = fs.readFileSync(root, "utf-8").replace(/^\uFEFF/, "");
const compiler = new Compiler(source, options);
let json = null;
try {
  const story = compiler.Compile();
  if (story && messages.every((m) => m.severity !== "error")) json = story.ToJson();
} catch (e) {
  if (e.message !== "Compilation failed.") {
    messages.push({ severity: "error", text: `ERROR: '${path.basename(root)}' line 1: compiler failure: ${e.message}` });
  }
}
let stats = null;
try { stats = compiler.GenerateStats(); } catch (e) { stats = null; }
process.stdout.write(JSON.stringify({ json, messages, stats }));
