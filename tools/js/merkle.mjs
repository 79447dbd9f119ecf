#!/usr/bin/env node
// @openzeppelin/merkle-tree's StandardMerkleTree over JSON on stdin, for the Python interop
// tests. Prints one JSON line: {"root", "proofs", "dump"}; proofs[i] proves values[i].
//
//   build: {"encoding": ["address", "uint256"], "values": [["0x..", "123"], ...]}
//   load:  {"dump": <a StandardMerkleTree dump>}   (validated by StandardMerkleTree.load)
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { StandardMerkleTree } = require("@openzeppelin/merkle-tree");

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const tree = input.dump
  ? StandardMerkleTree.load(input.dump)
  : StandardMerkleTree.of(input.values, input.encoding);
const encoding = tree.leafEncoding;
const proofs = [];
for (const [i, value] of tree.entries()) {
  const proof = tree.getProof(i);
  if (!StandardMerkleTree.verify(tree.root, encoding, value, proof)) throw new Error(`proof ${i} fails`);
  proofs.push(proof);
}
process.stdout.write(JSON.stringify({ root: tree.root, proofs, dump: tree.dump() }) + "\n");
