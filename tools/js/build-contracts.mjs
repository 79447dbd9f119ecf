#!/usr/bin/env node
// Compile resources/contracts/*.sol with solc-js (standard JSON) and write one artifact per
// contract defined there to resources/contracts/artifacts/<Name>.json (or --out DIR).
//
// Output is deterministic: fixed top-level key order, every nested object's keys sorted,
// two-space indentation, trailing newline. The metadata hash is left out of the bytecode
// (bytecodeHash "none"), so comments and whitespace in the sources do not change it;
// sourceHashes (keccak-256 of each source unit, from solc's metadata) record exactly
// which sources an artifact was built from.
//
// Usage: node tools/js/build-contracts.mjs [--out DIR] [--check]
//   --check  compile and compare with the files in the output directory; exit 1 on a
//            difference instead of writing.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");
const contractsDir = path.join(repo, "resources", "contracts");
const nodeModules = path.join(here, "node_modules");
const require = createRequire(import.meta.url);
const solc = require("solc");

const SETTINGS = {
  evmVersion: "cancun",
  metadata: { bytecodeHash: "none" },
  optimizer: { enabled: true, runs: 20000 },
};

function parseArgs(argv) {
  const args = { out: path.join(contractsDir, "artifacts"), check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--out") {
      args.out = path.resolve(argv[++i] ?? "");
    } else if (a === "--check") {
      args.check = true;
    } else if (a === "-h" || a === "--help") {
      console.log("usage: build-contracts.mjs [--out DIR] [--check]");
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  return args;
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

function findImport(importPath) {
  // Only package imports are resolved, and only from tools/js/node_modules.
  if (importPath.startsWith("@openzeppelin/")) {
    const file = path.join(nodeModules, importPath);
    if (!file.startsWith(nodeModules + path.sep)) return { error: `bad import ${importPath}` };
    try {
      return { contents: fs.readFileSync(file, "utf8") };
    } catch {
      return { error: `not found: ${importPath} (run scripts/setup_js.sh)` };
    }
  }
  return { error: `cannot resolve import ${importPath}` };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const files = fs
    .readdirSync(contractsDir)
    .filter((f) => f.endsWith(".sol"))
    .sort();
  if (files.length === 0) throw new Error(`no .sol files in ${contractsDir}`);

  const sources = {};
  for (const f of files) sources[f] = { content: fs.readFileSync(path.join(contractsDir, f), "utf8") };

  const input = {
    language: "Solidity",
    sources,
    settings: {
      ...SETTINGS,
      outputSelection: {
        "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object", "metadata"] },
      },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));

  let failed = false;
  for (const e of output.errors ?? []) {
    const ours = e.sourceLocation ? sources[e.sourceLocation.file] !== undefined : true;
    if (e.severity === "error") failed = true;
    // Warnings from OpenZeppelin's own sources are not ours to fix; show only ours.
    if (e.severity === "error" || ours) console.error(e.formattedMessage.trimEnd());
  }
  if (failed) {
    console.error("compilation failed");
    process.exit(1);
  }

  const version = solc.version();
  const artifacts = {};
  for (const file of files) {
    for (const [name, c] of Object.entries(output.contracts[file] ?? {})) {
      const metadata = JSON.parse(c.metadata);
      const sourceHashes = {};
      for (const [unit, info] of Object.entries(metadata.sources)) sourceHashes[unit] = info.keccak256;
      const artifact = {
        contractName: name,
        sourceName: file,
        abi: sortKeys(c.abi),
        bytecode: "0x" + c.evm.bytecode.object,
        deployedBytecode: "0x" + c.evm.deployedBytecode.object,
        compiler: sortKeys({ name: "solc-js", version, settings: SETTINGS }),
        sourceHashes: sortKeys(sourceHashes),
      };
      if (artifacts[name]) throw new Error(`duplicate contract name ${name}`);
      artifacts[name] = JSON.stringify(artifact, null, 2) + "\n";
    }
  }

  if (args.check) {
    let stale = 0;
    for (const [name, text] of Object.entries(artifacts)) {
      const file = path.join(args.out, `${name}.json`);
      const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
      if (old !== text) {
        console.error(`stale: ${file}`);
        stale++;
      }
    }
    if (stale) process.exit(1);
    console.log(`${Object.keys(artifacts).length} artifacts up to date`);
    return;
  }

  fs.mkdirSync(args.out, { recursive: true });
  for (const [name, text] of Object.entries(artifacts)) {
    const file = path.join(args.out, `${name}.json`);
    fs.writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
  }
}

main();
